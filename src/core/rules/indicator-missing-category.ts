import { TARGET_KINDS, type Rule, type RuleHit } from './rule';
import { setIndicatorsByGrid } from './support/indicator-set-rows';
import { PERIOD_NAMES, shortLevel1, type Level1 } from '../vocabulary';

const REQUIRED: readonly Level1[] = ['产出指标', '效益指标', '满意度指标'];

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'indicator.missing-category',
    severity: 'error',
    title: '缺少产出、效益或满意度指标（至少各设一项，不能全为“无”）',
    message: '{where}没有设置任何{category}，请至少设置一项{category}并填写指标值',
    example: { bad: '满意度指标一行的三级指标和指标值都是“无”', good: '服务对象满意度指标：群众满意度 ≥90%' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    const byGrid = setIndicatorsByGrid(table);
    table.grids.forEach((grid, i) => {
      const rows = table.indicators.filter((r) => r.grid === i);
      const set = byGrid[i] ?? [];
      // A grid of another framework's first levels (投入, 过程…) is not measured by this taxonomy.
      if (rows.length === 0 || (rows.some((r) => r.level1.framework) && !rows.some((r) => r.level1.inTaxonomy))) return;
      const where = table.grids.length > 1 && grid.period !== null ? `${PERIOD_NAMES[grid.period]}指标中` : '表中';
      for (const category of REQUIRED) {
        if (set.some((s) => s.level1.name === category)) continue;
        // Point at the category's own row when the grid has one (all `无`), else at the grid's first row.
        const own = rows.find((r) => r.level1.name === category);
        const first = rows[0];
        const cell = own?.level3 ?? own?.level1.cell ?? first?.level1.cell ?? first?.level2.cell ?? first?.level3;
        if (cell) hits.push({ row: cell.row, col: cell.col, params: { where, category: `${shortLevel1(category)}指标` } });
      }
    });
    return hits;
  },
};
export default rule;
