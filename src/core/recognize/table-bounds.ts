import type { Area } from '../snapshot';
import type { CellPos, SheetGrid } from './sheet-grid';
import type { SheetLabels } from './scan-labels';

/**
 * Rows where a new table begins (a title, a 项目名称/项目编码 label, an indicator or department
 * header). A table that runs into one of them ends there, so tables stacked with no blank row
 * between them stay apart.
 */
export function tableStartRows(labels: SheetLabels): Map<number, number[]> {
  const starts = new Map<number, number[]>();
  const add = (row: number, col: number) => {
    const cols = starts.get(row);
    if (cols) cols.push(col);
    else starts.set(row, [col]);
  };
  for (const h of labels.projectTitles) add(h.row, h.col);
  for (const h of labels.departmentTitles) add(h.row, h.col);
  for (const h of labels.project) if (h.key === 'name' || h.key === 'code') add(h.row, h.col);
  for (const h of labels.indicator) if (h.key === 'level1') add(h.row, h.col);
  for (const h of labels.department) if (h.key === 'activity') add(h.row, h.col);
  return starts;
}

export function startsTable(starts: Map<number, number[]>, row: number, left: number, right: number): boolean {
  return (starts.get(row) ?? []).some((c) => c >= left && c <= right);
}

/** Blank rows a table body may hold inside it (rows left empty within the ruled grid). */
const MAX_INNER_BLANK_ROWS = 2;

/**
 * The last row of a table body that begins at `firstRow`: the row before the next table, or before
 * a blank row, unless a row right after the blank ones still `continues` the body (holds an
 * indicator, say), which a note or a signature line under the table does not.
 */
export function bodyEnd(
  grid: SheetGrid, starts: Map<number, number[]>, firstRow: number, left: number, right: number,
  continues: (row: number) => boolean = () => false,
): number {
  let last = firstRow - 1;
  let r = firstRow;
  while (r <= grid.bottom && !startsTable(starts, r, left, right)) {
    if (!grid.isRowBlank(r, left, right)) {
      last = r;
      r++;
      continue;
    }
    let next = r + 1;
    while (next <= grid.bottom && next - r < MAX_INNER_BLANK_ROWS && grid.isRowBlank(next, left, right)) next++;
    const resumes = next <= grid.bottom && !grid.isRowBlank(next, left, right) && !startsTable(starts, next, left, right) && continues(next);
    if (!resumes) break;
    r = next;
  }
  return last;
}

/** Rightmost column reached by the cells of a row read left to right without a gap, or up to a `stop` cell. */
export function contiguousRight(grid: SheetGrid, row: number, left: number, stop: (p: CellPos) => boolean = () => false): number {
  let last = left - 1;
  let c = left;
  while (c <= grid.right) {
    const ext = grid.extent(row, c);
    const m = grid.master(row, c);
    const single = ext.left === ext.right && ext.top === ext.bottom;
    if ((single && grid.isBlank(m.row, m.col)) || stop(m)) break;
    last = ext.right;
    c = ext.right + 1;
  }
  return last;
}

export function overlapsColumns(a: Area, left: number, right: number): boolean {
  return a.left <= right && a.right >= left;
}

export function inside(a: Area, row: number, col: number): boolean {
  return row >= a.top && row <= a.bottom && col >= a.left && col <= a.right;
}
