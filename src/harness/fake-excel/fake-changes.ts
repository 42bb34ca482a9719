/** What a batch or a user edit changed, for recalculation and for `onChanged` events. */
import type { Area } from '../../core/snapshot';
import { widen } from './fake-address';
import { cellKey, type FakeSheet } from './fake-state';

export class ChangeSet {
  /** Cells whose value or formula was written, per sheet, keyed `row,col`. */
  readonly cells = new Map<FakeSheet, Map<string, [number, number]>>();
  /** Lower-cased names of sheets added or deleted: every reference to them must be read again. */
  readonly sheetNames = new Set<string>();

  noteCell(sheet: FakeSheet, row: number, col: number): void {
    let cells = this.cells.get(sheet);
    if (!cells) this.cells.set(sheet, (cells = new Map()));
    cells.set(cellKey(row, col), [row, col]);
  }

  noteSheet(name: string): void {
    this.sheetNames.add(name.toLowerCase());
  }

  get empty(): boolean {
    return this.cells.size === 0 && this.sheetNames.size === 0;
  }

  /** The smallest area holding every changed cell of the sheet, as a change event reports it. */
  bounds(sheet: FakeSheet): Area | null {
    let area: Area | null = null;
    for (const [row, col] of this.cells.get(sheet)?.values() ?? []) area = widen(area, row, col);
    return area;
  }
}
