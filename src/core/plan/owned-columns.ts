import type { Area } from '../snapshot';
import type { SheetGrid } from '../recognize/sheet-grid';

/** How far right of a table the plan looks for free columns before it gives up. */
export const MAX_SHIFT = 20;

/**
 * Cells already promised to other tables' owned columns, so two tables side by side do not
 * write into the same cells.
 */
export class Reserved {
  private readonly cells = new Set<string>();
  add(sheet: string, row: number, col: number): void {
    this.cells.add(`${sheet}\u0000${row}\u0000${col}`);
  }
  has(sheet: string, row: number, col: number): boolean {
    return this.cells.has(`${sheet}\u0000${row}\u0000${col}`);
  }
}

/**
 * The first column at or right of the table where `count` columns are free over the table's rows:
 * nothing shown there (no value, not part of a merge) and nothing promised to another table. Null
 * when no such place lies within MAX_SHIFT columns: the plan reports it instead of overwriting.
 */
export function findOwnedColumns(grid: SheetGrid, area: Area, count: number, reserved: Reserved): number | null {
  const free = (col: number) => {
    for (let r = area.top; r <= area.bottom; r++) {
      if (grid.mergeAt(r, col) || !grid.isBlank(r, col) || reserved.has(grid.name, r, col)) return false;
    }
    return true;
  };
  for (let start = area.right + 1; start <= area.right + 1 + MAX_SHIFT; start++) {
    let ok = true;
    for (let c = start; c < start + count && ok; c++) ok = free(c);
    if (ok) return start;
  }
  return null;
}
