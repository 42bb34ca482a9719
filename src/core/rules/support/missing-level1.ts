/** The 一级 categories a grid sets no indicator of: shared by the rules that ask for each category. */
import type { Table } from '../../model/table';
import { PERIOD_NAMES, shortLevel1, type Level1 } from '../../vocabulary';
import type { RuleHit } from '../rule';
import { setIndicatorsByGrid } from './indicator-set-rows';

/** One hit per grid and missing category, at the category's own row (all `无`) or the grid's first row. */
export function missingLevel1Hits(table: Table, categories: readonly Level1[]): RuleHit[] {
  const hits: RuleHit[] = [];
  const byGrid = setIndicatorsByGrid(table);
  table.grids.forEach((grid, i) => {
    const rows = table.indicators.filter((r) => r.grid === i);
    const set = byGrid[i] ?? [];
    // A grid of another framework's first levels (投入, 过程…) is not measured by this taxonomy.
    if (rows.length === 0 || (rows.some((r) => r.level1.framework) && !rows.some((r) => r.level1.inTaxonomy))) return;
    const where = table.grids.length > 1 && grid.period !== null ? `${PERIOD_NAMES[grid.period]}指标中` : '表中';
    for (const category of categories) {
      if (set.some((s) => s.level1.name === category)) continue;
      const own = rows.find((r) => r.level1.name === category);
      const first = rows[0];
      const cell = own?.level3 ?? own?.level1.cell ?? first?.level1.cell ?? first?.level2.cell ?? first?.level3;
      if (cell) hits.push({ row: cell.row, col: cell.col, params: { where, category: `${shortLevel1(category)}指标` } });
    }
  });
  return hits;
}
