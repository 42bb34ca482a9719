import type { SheetGrid } from './sheet-grid';
import type { SheetLabels } from './scan-labels';
import type { DepartmentColumn } from './labels';
import type { DepartmentLayout } from './layout';
import { bodyEnd } from './table-bounds';

const BANDS = ['优', '良', '中', '差'] as const;

/** Department tables: a header row with 职责活动 and 绩效指标, 优/良/中/差 on it or just below. */
export function findDepartmentTables(grid: SheetGrid, labels: SheetLabels, starts: Map<number, number[]>): DepartmentLayout[] {
  const byRow = new Map<number, Map<DepartmentColumn, number>>();
  for (const h of labels.department) {
    const row = byRow.get(h.row) ?? new Map<DepartmentColumn, number>();
    if (!row.has(h.key)) row.set(h.key, h.col);
    byRow.set(h.row, row);
  }
  const tables: DepartmentLayout[] = [];
  for (const [headerRow, cols] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
    const activity = cols.get('activity');
    const indicator = cols.get('indicator');
    if (activity === undefined || indicator === undefined || indicator <= activity) continue;
    if (tables.some((t) => headerRow <= t.area.bottom)) continue;
    const columns: Partial<Record<DepartmentColumn, number>> = Object.fromEntries(cols);
    let bandRow = headerRow;
    for (let r = headerRow; r <= headerRow + 2; r++) {
      const row = byRow.get(r);
      if (row?.has('优') && row.has('差')) {
        bandRow = r;
        for (const b of BANDS) {
          const c = row.get(b);
          if (c !== undefined && c > indicator) columns[b] = c;
        }
        break;
      }
    }
    const own = Object.entries(columns).filter(([k]) => k !== 'actual').map(([, c]) => c);
    const left = Math.min(...own);
    const right = Math.max(...own.map((c) => grid.extent(labelRowOf(headerRow, bandRow, columns, c), c).right));
    const title = labels.departmentTitles
      .filter((t) => t.row < headerRow && t.row >= headerRow - 3 && t.col >= left - 1 && t.col <= right)
      .sort((a, b) => b.row - a.row)[0];
    const firstData = grid.extent(bandRow, left).bottom + 1;
    const indicatorCols = [indicator, ...BANDS.map((b) => columns[b]).filter((c) => c !== undefined)];
    const holdsIndicator = (row: number) => indicatorCols.some((c) => !grid.isBlank(row, c));
    const bottom = Math.max(bandRow, bodyEnd(grid, starts, firstData, left, right, holdsIndicator));
    const dataRows: number[] = [];
    for (let r = firstData; r <= bottom; r++) dataRows.push(r);
    tables.push({
      kind: 'department',
      area: { top: title ? title.row : headerRow, left: Math.min(left, title?.col ?? left), bottom, right },
      title: title ? { row: title.row, col: title.col } : null,
      headerRow,
      columns,
      dataRows,
    });
  }
  return tables;
}

/** The header row a column's label sits in: the band row for 优良中差, the header row for the rest. */
function labelRowOf(headerRow: number, bandRow: number, columns: Partial<Record<DepartmentColumn, number>>, col: number): number {
  return BANDS.some((b) => columns[b] === col) ? bandRow : headerRow;
}
