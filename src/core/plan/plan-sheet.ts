import type { Flag, OwnedCell, SheetOps } from './write-plan';

/** Collects one sheet's operations; a cell is written once, by the first table that claims it. */
export class PlanSheet {
  readonly cells: OwnedCell[] = [];
  readonly flags: Flag[] = [];
  private readonly widths = new Map<number, number>();
  private readonly heights = new Map<number, number>();
  private readonly taken = new Set<string>();

  constructor(readonly sheet: string) {}

  put(cell: OwnedCell): void {
    const key = `${cell.row},${cell.col}`;
    if (this.taken.has(key)) return;
    this.taken.add(key);
    this.cells.push(cell);
  }

  width(col: number, width: number): void {
    this.widths.set(col, Math.max(width, this.widths.get(col) ?? 0));
  }

  /** The least height (points) a row needs for what is written in it. */
  height(row: number, points: number): void {
    this.heights.set(row, Math.max(points, this.heights.get(row) ?? 0));
  }

  ops(): SheetOps {
    return {
      sheet: this.sheet,
      cells: [...this.cells].sort((a, b) => a.row - b.row || a.col - b.col),
      flags: [...this.flags].sort((a, b) => a.row - b.row || a.col - b.col),
      columnWidths: [...this.widths].map(([col, width]) => ({ col, width })).sort((a, b) => a.col - b.col),
      ...(this.heights.size > 0 ? { rowHeights: [...this.heights].map(([row, height]) => ({ row, height })).sort((a, b) => a.row - b.row) } : {}),
    };
  }
}
