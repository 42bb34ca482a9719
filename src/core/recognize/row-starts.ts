/**
 * Where something that is not a body row starts: a title, a field label, a note, a signature or a
 * header of any grid. A grid's body ends at the first such row; a total row closes it.
 */
import type { SheetCells } from './classify-cells';
import type { CellPos } from './sheet-grid';

const COL_FACTOR = 20_000;

export class RowStarts {
  private readonly stops = new Set<number>();
  private readonly totals = new Set<number>();
  private readonly headerRows = new Map<number, { left: number; right: number }[]>();

  constructor(cells: SheetCells) {
    for (const list of [cells.titles, cells.fields, cells.notes, cells.signatures]) {
      for (const p of list) this.stops.add(p.row * COL_FACTOR + p.col);
    }
    for (const p of cells.totals) this.totals.add(p.row * COL_FACTOR + p.col);
  }

  /** A header of some grid spans these columns of the row. */
  addHeader(row: number, left: number, right: number): void {
    const list = this.headerRows.get(row);
    if (list) list.push({ left, right });
    else this.headerRows.set(row, [{ left, right }]);
  }

  isTotal(p: CellPos): boolean {
    return this.totals.has(p.row * COL_FACTOR + p.col);
  }

  /** The row's first cell starts something else, or a header crosses the columns. */
  stopsBody(row: number, head: CellPos | null, left: number, right: number): boolean {
    if (head && this.stops.has(head.row * COL_FACTOR + head.col)) return true;
    return (this.headerRows.get(row) ?? []).some((h) => h.left <= right && h.right >= left);
  }
}
