/**
 * Indicator grids (一级 → 二级 → 三级 → 指标值 and the columns forms add). A header may hold two
 * periods side by side (中期 | 年度, 实施期 | 年度): its roles repeat, and each run of them is a grid
 * of its own sharing the 一级 column. The period of a grid comes from its value header (`年度指标值`),
 * from a header above it (`中期指标`), or from a label beside it (`长期绩效指标`).
 */
import type { SheetGrid } from './sheet-grid';
import type { Hit, SheetCells } from './classify-cells';
import { firstColumns, headerRight, headerRows, type HeaderRow } from './header-rows';
import { labelBase, level2Name, periodOf, readLevel1, type IndicatorRole, type Period } from '../vocabulary';

export interface IndicatorHeader {
  row: number;
  top: number;
  left: number;
  right: number;
  grids: { period: Period | null; columns: Partial<Record<IndicatorRole, number>> }[];
  /**
   * A 实际完成值 column right after a target grid that scores nothing (no 分值, 得分, 偏差原因): an input
   * beside the form (one a clear kept as the user's), read for actual values and kept out of the range.
   */
  besideActual: number | null;
}

const NAME_ROLES: readonly IndicatorRole[] = ['level3', 'value', 'current'];
/** A header over one period's columns: `中期指标`, `年度目标`, `实施期绩效指标`, `长期`. */
const SUPER_HEADER = /^(?:实施期|中期|长期|年度)(?:绩效)?(?:指标|目标)?值?$/u;

function qualifies(h: HeaderRow<IndicatorRole>): boolean {
  const roles = new Set(h.hits.map((x) => x.key));
  const level1 = h.hits.find((x) => x.key === 'level1')?.col;
  const level2 = h.hits.find((x) => x.key === 'level2')?.col;
  if (level1 !== undefined && level2 !== undefined && level2 <= level1) return false;
  return (roles.has('level1') || roles.has('level2')) && NAME_ROLES.some((r) => roles.has(r)) && roles.size >= 3;
}

/** Splits a header into runs of roles: a role seen again starts the next period's grid. */
function runs(hits: readonly Hit<IndicatorRole>[]): Hit<IndicatorRole>[][] {
  const out: Hit<IndicatorRole>[][] = [];
  let current: Hit<IndicatorRole>[] = [];
  for (const h of hits) {
    if (current.some((c) => c.key === h.key)) {
      out.push(current);
      current = [];
    }
    current.push(h);
  }
  out.push(current);
  return out;
}

export function indicatorHeaders(grid: SheetGrid, cells: SheetCells): IndicatorHeader[] {
  const headers: IndicatorHeader[] = [];
  for (const h of headerRows(grid, cells.indicator)) {
    if (!qualifies(h)) continue;
    const groups = runs(h.hits);
    const shared = groups.length > 1 ? groups[0]?.filter((x) => x.key === 'level1') ?? [] : [];
    const gridsOf = groups.map((g, i) => {
      const own = i === 0 && groups.length > 1 ? g : [...shared, ...g];
      const columns = firstColumns(own);
      return { period: groupPeriod(grid, cells, h, g), columns };
    });
    // A leading 一级 alone is no grid of its own.
    const grids = gridsOf.filter((g) => Object.keys(g.columns).some((k) => k !== 'level1'));
    const left = Math.min(...h.hits.map((x) => x.col));
    const last = grids[grids.length - 1];
    const rightmost = Math.max(...h.hits.map((x) => x.col));
    const beside = last && last.columns.actual === rightmost && ['score', 'weight', 'deviation'].every((r) => last.columns[r as IndicatorRole] === undefined)
      ? rightmost : null;
    if (last && beside !== null) delete last.columns.actual;
    const hits = beside === null ? h.hits : h.hits.filter((x) => x.col !== beside);
    headers.push({ row: h.row, top: h.top, left, right: headerRight(grid, h.row, hits), grids, besideActual: beside });
  }
  return headers;
}

function groupPeriod(grid: SheetGrid, cells: SheetCells, h: HeaderRow<IndicatorRole>, group: readonly Hit<IndicatorRole>[]): Period | null {
  const own = group.find((x) => x.period !== null)?.period;
  if (own) return own;
  const left = Math.min(...group.map((x) => x.col));
  const right = Math.max(...group.map((x) => grid.extent(x.row, x.col).right));
  // A header row above naming the period over the group's columns (`中期指标` over 二级 | 三级 | 指标值).
  for (let r = h.row - 1; r >= Math.max(grid.top, h.row - 2); r--) {
    for (const p of grid.rowCells(r, left, right)) {
      const ext = grid.extent(p.row, p.col);
      if (ext.left > right || ext.right < left) continue;
      const base = labelBase(grid.text(p.row, p.col));
      if (SUPER_HEADER.test(base)) return periodOf(base);
    }
  }
  // A label beside the grid (`长期绩效指标` merged down its left) or just above it.
  const label = cells.fields.find((f) => f.key === 'indicatorGroup' && f.period !== null && (
    (grid.extent(f.row, f.col).top <= h.row && grid.extent(f.row, f.col).bottom >= h.row && f.col < left)
    || (f.row < h.top && f.row >= h.top - 2 && f.col <= right)));
  return label?.period ?? null;
}

/**
 * A grid whose 一级指标 column holds 二级 names (数量指标, 质量指标…) and whose 二级指标 column holds
 * the indicators' names: the city forms' two-level grid. Then the roles move one level down.
 */
export function twoLevelColumns(
  grid: SheetGrid, columns: Partial<Record<IndicatorRole, number>>, rows: readonly number[],
): Partial<Record<IndicatorRole, number>> | null {
  const l1 = columns.level1;
  if (l1 === undefined || columns.level3 !== undefined) return null;
  let level2Names = 0;
  let level1Names = 0;
  for (const row of rows) {
    const p = grid.master(row, l1);
    if (p.row !== row) continue;
    const text = grid.text(p.row, p.col);
    if (text.trim() === '') continue;
    // 成本指标 and 服务对象满意度指标 name a 二级 and a 一级 both: they count as 二级 here.
    if (level2Name(text) !== null) level2Names++;
    else if (readLevel1(text).name !== null) level1Names++;
  }
  if (level1Names > 0 || level2Names === 0) return null;
  const { level1, level2, ...rest } = columns;
  return { ...rest, level2: level1, ...(level2 === undefined ? {} : { level3: level2 }) };
}
