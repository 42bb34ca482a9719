import type { Area } from '../snapshot';
import { inside, overlapsColumns } from './table-bounds';

/**
 * Areas already taken by recognized tables, indexed by row so that a workbook with thousands of
 * stacked tables is still scanned in linear time.
 */
export class ClaimedAreas {
  private readonly byRow = new Map<number, Area[]>();
  private readonly inOrder: Area[] = [];

  add(area: Area): void {
    this.inOrder.push(area);
    for (let r = area.top; r <= area.bottom; r++) {
      const list = this.byRow.get(r);
      if (list) list.push(area);
      else this.byRow.set(r, [area]);
    }
  }

  covers(row: number, col: number): boolean {
    return (this.byRow.get(row) ?? []).some((a) => inside(a, row, col));
  }

  /**
   * The first row a table anchored at `row` may use: just below the nearest table above it in the
   * same columns. Areas arrive top to bottom, so the latest overlapping one is the nearest.
   */
  floorAbove(row: number, left: number, right: number, sheetTop: number): number {
    for (let i = this.inOrder.length - 1; i >= 0; i--) {
      const a = this.inOrder[i] as Area;
      if (a.bottom < row && overlapsColumns(a, left, right)) return Math.max(sheetTop, a.bottom + 1);
    }
    return sheetTop;
  }
}
