import { cellKey, type CellRef } from './a1';

/** The record's cells, first occurrence of each kept (it holds the state before the first write). */
export function firstOfEachCell<T extends CellRef>(cells: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const c of cells) if (!seen.has(cellKey(c.row, c.col))) seen.set(cellKey(c.row, c.col), c);
  return [...seen.values()];
}

/** Items grouped by a key, in the order each key first appears (cells restored to one format per group). */
export function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
