/**
 * The grids a table holds besides its indicator grids: a self-evaluation's 项目资金 table, a
 * department's 年度主要任务, a 项目实施进度计划, a 成本构成 (or 收入构成 / 支出构成), and the seed's
 * 部门整体 grid of 职责活动 with 评价标准 bands. Each is found by its header row; its body is found
 * later, once every header is known (a body ends at the next one).
 */
import type { SheetGrid } from './sheet-grid';
import type { Hit, SheetCells } from './classify-cells';
import { firstColumns, headerRight, headerRows } from './header-rows';
import {
  isMoneyPart, type DepartmentRole, type FundsRole, type MoneyPart, type PartsRole, type ScheduleRole, type TaskRole,
} from '../vocabulary';

export interface BlockHeader<R extends string> {
  row: number;
  top: number;
  left: number;
  right: number;
  columns: Partial<Record<R, number>>;
}

function header<R extends string>(grid: SheetGrid, h: { row: number; top: number; hits: Hit<R>[] }): BlockHeader<R> {
  return { row: h.row, top: h.top, left: Math.min(...h.hits.map((x) => x.col)), right: headerRight(grid, h.row, h.hits), columns: firstColumns(h.hits) };
}

const FUNDS_CORE: readonly FundsRole[] = ['initialBudget', 'annualBudget', 'executed', 'rate'];

/**
 * A money word with its number right beside it is a label of a form line (预算数 | 64.39, or the
 * 全年执行数 | 1234.5 an earlier clear kept), not the head of a column whose numbers stand below.
 */
function labelsItsNeighbour(grid: SheetGrid, hit: { row: number; col: number }): boolean {
  return typeof grid.raw(hit.row, grid.extent(hit.row, hit.col).right + 1) === 'number';
}

export function fundsHeaders(grid: SheetGrid, cells: SheetCells): BlockHeader<FundsRole>[] {
  return headerRows(grid, cells.funds)
    .map((h) => ({ ...h, hits: h.hits.filter((x) => !labelsItsNeighbour(grid, x)) }))
    .filter((h) => new Set(h.hits.map((x) => x.key).filter((k) => FUNDS_CORE.includes(k))).size >= 2)
    .map((h) => header(grid, h));
}

/** The 资金 rows under a funds header: each row whose label left of the columns names a money part. */
export function fundsRows(grid: SheetGrid, cells: SheetCells, h: BlockHeader<FundsRole>): { part: MoneyPart; label: { row: number; col: number }; row: number }[] {
  const rows: { part: MoneyPart; label: { row: number; col: number }; row: number }[] = [];
  for (let r = h.row + 1; r <= grid.bottom; r++) {
    const label = cells.fields.find((f) => f.row === r && f.col < h.left && f.col >= h.left - 3 && isMoneyPart(f.key));
    if (!label || !isMoneyPart(label.key)) break;
    rows.push({ part: label.key, label: { row: label.row, col: label.col }, row: r });
  }
  return rows;
}

export function taskHeaders(grid: SheetGrid, cells: SheetCells): BlockHeader<TaskRole>[] {
  return headerRows(grid, cells.tasks)
    .filter((h) => h.hits.some((x) => x.key === 'taskName') && h.hits.some((x) => x.key !== 'taskName'))
    .map((h) => header(grid, h));
}

export function scheduleHeaders(grid: SheetGrid, cells: SheetCells): BlockHeader<ScheduleRole>[] {
  return headerRows(grid, cells.schedule)
    .filter((h) => h.hits.some((x) => x.key === 'start') && h.hits.some((x) => x.key === 'end'))
    .map((h) => header(grid, h));
}

const PARTS_GROUPS = new Set(['costGroup', 'incomeGroup', 'spendingGroup']);

/** A 构成 header: 金额 and one more part column, under or beside a 成本构成 / 收入构成 / 支出构成 label. */
export function partsHeaders(grid: SheetGrid, cells: SheetCells): BlockHeader<PartsRole>[] {
  return headerRows(grid, cells.parts)
    .filter((h) => h.hits.some((x) => x.key === 'partAmount') && new Set(h.hits.map((x) => x.key)).size >= 2)
    .map((h) => header(grid, h))
    .filter((h) => cells.fields.some((f) => {
      if (!PARTS_GROUPS.has(f.key)) return false;
      const ext = grid.extent(f.row, f.col);
      const beside = ext.top <= h.row && ext.bottom >= h.top && f.col < h.left;
      const above = f.row < h.top && f.row >= h.top - 1 && f.col <= h.right;
      return beside || above;
    }));
}

const BANDS = ['优', '良', '中', '差'] as const;

/** The seed's 部门整体 header: 职责活动 and 绩效指标 on one row, 优 / 良 / 中 / 差 on it or just below. */
export function departmentHeaders(grid: SheetGrid, cells: SheetCells): BlockHeader<DepartmentRole>[] {
  const byRow = new Map<number, Hit<DepartmentRole>[]>();
  for (const h of cells.department) byRow.set(h.row, [...(byRow.get(h.row) ?? []), h]);
  const out: BlockHeader<DepartmentRole>[] = [];
  for (const [row, hits] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
    const columns: Partial<Record<DepartmentRole, number>> = firstColumns(hits);
    const { activity, indicator } = columns;
    if (activity === undefined || indicator === undefined || indicator <= activity) continue;
    if (out.some((o) => row <= o.row + 2)) continue;
    let bandRow = row;
    for (let r = row; r <= row + 2; r++) {
      const bands = firstColumns(byRow.get(r) ?? []);
      if (bands.优 !== undefined && bands.差 !== undefined) {
        bandRow = r;
        for (const b of BANDS) {
          const c = bands[b];
          if (c !== undefined && c > indicator) columns[b] = c;
        }
        break;
      }
    }
    const own = Object.entries(columns).filter(([k]) => k !== 'actual').map(([, c]) => c as number);
    const labelRow = (c: number) => (BANDS.some((b) => columns[b] === c) ? bandRow : row);
    const right = Math.max(...own.map((c) => grid.extent(labelRow(c), c).right));
    out.push({ row: grid.extent(bandRow, Math.min(...own)).bottom, top: row, left: Math.min(...own), right, columns });
  }
  return out;
}
