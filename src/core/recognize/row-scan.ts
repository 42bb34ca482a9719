/**
 * What a row holds, as the table bounds need it: blank or not (never counting the add-in's own
 * columns), and its first cell: the one that says whether the row is a total, a note, a
 * signature, a label or content.
 */
import type { SheetGrid, CellPos } from './sheet-grid';
import type { OwnedRegions } from './owned-region';

export class RowScan {
  constructor(
    private readonly grid: SheetGrid,
    private readonly owned: OwnedRegions,
  ) {}

  get sheetLeft(): number {
    return this.grid.left;
  }

  /** No cell between the columns shows anything, the add-in's columns aside. */
  isBlank(row: number, left: number, right: number): boolean {
    const { grid } = this;
    for (let c = Math.max(left, grid.left); c <= Math.min(right, grid.right); c++) {
      if (this.owned.covers(row, c)) continue;
      const p = grid.master(row, c);
      if (!grid.isBlank(p.row, p.col)) return false;
    }
    return true;
  }

  /** The left-most cell starting in this row between the columns that shows something. */
  head(row: number, left: number, right: number): CellPos | null {
    for (const p of this.grid.rowCells(row, left, right)) {
      if (this.owned.covers(p.row, p.col)) continue;
      if (!this.grid.isBlank(p.row, p.col)) return p;
    }
    return null;
  }

  /** Right-most column reached left to right without a gap, stopping before the add-in's columns. */
  contiguousRight(row: number, left: number): number {
    const { grid } = this;
    let last = left - 1;
    let c = left;
    while (c <= grid.right) {
      const ext = grid.extent(row, c);
      const m = grid.master(row, c);
      const single = ext.left === ext.right && ext.top === ext.bottom;
      if ((single && grid.isBlank(m.row, m.col)) || this.owned.covers(m.row, m.col)) break;
      last = ext.right;
      c = ext.right + 1;
    }
    return last;
  }
}
