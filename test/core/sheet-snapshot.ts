import type { Area, CellValue, SheetSnapshot } from '../../src/core/snapshot';

/** A cell for {@link sheetSnapshot}: its raw value, and its format and displayed text when they matter. */
export interface SnapshotCell {
  row: number;
  col: number;
  value: CellValue;
  format?: string;
  text?: string;
}

/** A snapshot of one sheet holding these cells, as a host would hand it over (from A1). */
export function sheetSnapshot(name: string, cells: readonly SnapshotCell[], merges: readonly Area[] = []): SheetSnapshot {
  const height = Math.max(0, ...cells.map((c) => c.row), ...merges.map((m) => m.bottom));
  const width = Math.max(0, ...cells.map((c) => c.col), ...merges.map((m) => m.right));
  const grid = <T>(fill: T) => Array.from({ length: height }, () => Array<T>(width).fill(fill));
  const values = grid<CellValue>(null);
  const text = grid('');
  const formats = grid('General');
  for (const c of cells) {
    const r = c.row - 1;
    const k = c.col - 1;
    (values[r] as CellValue[])[k] = c.value;
    (text[r] as string[])[k] = c.text ?? (c.value === null ? '' : String(c.value));
    (formats[r] as string[])[k] = c.format ?? 'General';
  }
  return { name, origin: { row: 1, col: 1 }, values, text, formats, merges: [...merges] };
}
