/**
 * Every grid of a sheet with its body: indicator grids and the other blocks. Headers are found
 * first, all of them, so that each body can end at the next header whatever its kind.
 */
import type { Area } from '../snapshot';
import type { SheetGrid } from './sheet-grid';
import type { SheetCells } from './classify-cells';
import type { RowScan } from './row-scan';
import { RowStarts } from './row-starts';
import { bodyEnd } from './body-end';
import { indicatorHeaders, twoLevelColumns, type IndicatorHeader } from './find-indicator-grids';
import {
  departmentHeaders, fundsHeaders, fundsRows, partsHeaders, scheduleHeaders, taskHeaders, type BlockHeader,
} from './find-blocks';
import type { FundsPlace, IndicatorGridPlace, RowsBlockPlace } from './layout';
import { labelHints, type DepartmentRole, type PartsRole, type ScheduleRole, type TaskRole } from '../vocabulary';

export interface SheetBlocks {
  /** One entry per indicator header; a header with two periods gives two grids. */
  indicator: { header: IndicatorHeader; grids: IndicatorGridPlace[]; totalRow: number | null; area: Area }[];
  funds: { place: FundsPlace; area: Area }[];
  tasks: { place: RowsBlockPlace<TaskRole>; area: Area }[];
  schedule: { place: RowsBlockPlace<ScheduleRole>; area: Area }[];
  parts: { place: RowsBlockPlace<PartsRole>; area: Area }[];
  department: { place: RowsBlockPlace<DepartmentRole>; area: Area }[];
  starts: RowStarts;
  /** True when (row, col) lies in a block: its header or its body. */
  occupied(row: number, col: number): boolean;
}

export function findSheetBlocks(grid: SheetGrid, cells: SheetCells, scan: RowScan): SheetBlocks {
  const starts = new RowStarts(cells);
  const indicator = indicatorHeaders(grid, cells);
  const funds = fundsHeaders(grid, cells);
  const tasks = taskHeaders(grid, cells);
  const schedule = scheduleHeaders(grid, cells);
  const parts = partsHeaders(grid, cells);
  const department = departmentHeaders(grid, cells);
  for (const h of [...indicator, ...funds, ...tasks, ...schedule, ...parts, ...department]) {
    for (let r = h.top; r <= h.row; r++) starts.addHeader(r, h.left, h.right);
  }
  // Indexed by row: tables are checked cell by cell against every block of a sheet.
  const byRow = new Map<number, Area[]>();
  const claim = (a: Area) => {
    for (let r = a.top; r <= a.bottom; r++) {
      const list = byRow.get(r);
      if (list) list.push(a);
      else byRow.set(r, [a]);
    }
    return a;
  };
  const nonBlank = (col: number | undefined) => (row: number) => col !== undefined && !grid.isBlank(row, col);

  const rowsOf = <R extends string>(h: BlockHeader<R>, holds: (row: number) => boolean) => {
    const body = bodyEnd(scan, starts, h.row + 1, h.left, h.right, grid.bottom, holds);
    const rows: number[] = [];
    for (let r = h.row + 1; r <= body.lastRow; r++) if (scan.head(r, h.left, h.right) !== null) rows.push(r);
    const place: RowsBlockPlace<R> = { headerRow: h.row, columns: h.columns, rows, totalRow: body.totalRow };
    return { place, area: claim({ top: h.top, left: h.left, bottom: body.totalRow ?? Math.max(h.row, body.lastRow), right: h.right }) };
  };

  return {
    indicator: indicator.map((header) => {
      const holds = (row: number) => header.grids.some((g) => nonBlank(g.columns.level3)(row) || nonBlank(g.columns.value)(row));
      const body = bodyEnd(scan, starts, header.row + 1, header.left, header.right, grid.bottom, holds);
      const bodyRows: number[] = [];
      for (let r = header.row + 1; r <= body.lastRow; r++) bodyRows.push(r);
      const grids = header.grids.map((g): IndicatorGridPlace => {
        const twoLevel = twoLevelColumns(grid, g.columns, bodyRows);
        return {
          period: g.period, headerRow: header.row, columns: twoLevel ?? g.columns, twoLevel: twoLevel !== null,
          firstRow: header.row + 1, lastRow: body.lastRow, ownedActual: null,
        };
      });
      const area = claim({ top: header.top, left: header.left, bottom: body.totalRow ?? Math.max(header.row, body.lastRow), right: header.right });
      return { header, grids, totalRow: body.totalRow, area };
    }),
    funds: funds.map((h) => {
      const rows = fundsRows(grid, cells, h);
      const left = Math.min(h.left, ...rows.map((r) => r.label.col));
      const group = cells.fields.find((f) => f.key === 'moneyGroup' && f.col < left && grid.extent(f.row, f.col).top <= h.row && grid.extent(f.row, f.col).bottom >= h.row);
      const labelPoints = group ? labelHints(grid.text(group.row, group.col)).points : null;
      return { place: { headerRow: h.row, columns: h.columns, rows, labelPoints }, area: claim({ top: h.top, left, bottom: rows.at(-1)?.row ?? h.row, right: h.right }) };
    }),
    tasks: tasks.map((h) => rowsOf(h, nonBlank(h.columns.taskName))),
    schedule: schedule.map((h) => rowsOf(h, nonBlank(h.columns.stage ?? h.columns.start))),
    parts: parts.map((h) => rowsOf(h, nonBlank(h.columns.partAmount))),
    department: department.map((h) => {
      const bandCols = (['优', '良', '中', '差'] as const).map((b) => h.columns[b]);
      const holds = (row: number) => [h.columns.indicator, ...bandCols].some((c) => nonBlank(c)(row));
      const body = bodyEnd(scan, starts, h.row + 1, h.left, h.right, grid.bottom, holds);
      const rows: number[] = [];
      for (let r = h.row + 1; r <= body.lastRow; r++) rows.push(r);
      const place: RowsBlockPlace<DepartmentRole> = { headerRow: h.top, columns: h.columns, rows, totalRow: null };
      return { place, area: claim({ top: h.top, left: h.left, bottom: Math.max(h.row, body.lastRow), right: h.right }) };
    }),
    starts,
    occupied(row, col) {
      return (byRow.get(row) ?? []).some((a) => col >= a.left && col <= a.right);
    },
  };
}
