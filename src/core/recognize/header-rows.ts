/**
 * Header rows of the grids a table holds. A header cell counts in the row where it ends, so a label
 * merged down two header rows (一级指标 over a 中期 | 年度 split) stands in the lower one, beside
 * the labels printed there.
 */
import type { SheetGrid } from './sheet-grid';
import type { Hit } from './classify-cells';

export interface HeaderRow<K> {
  /** The row the header ends in: its body starts right below. */
  row: number;
  /** The first row any of its cells starts in. */
  top: number;
  hits: Hit<K>[];
}

/** Hits grouped by the row their cell ends in, each group's hits left to right. */
export function headerRows<K>(grid: SheetGrid, hits: readonly Hit<K>[]): HeaderRow<K>[] {
  const byRow = new Map<number, Hit<K>[]>();
  for (const h of hits) {
    const bottom = grid.extent(h.row, h.col).bottom;
    const list = byRow.get(bottom);
    if (list) list.push(h);
    else byRow.set(bottom, [h]);
  }
  return [...byRow.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([row, list]) => ({ row, top: Math.min(...list.map((h) => h.row)), hits: [...list].sort((a, b) => a.col - b.col) }));
}

/** The first column of each key in a header, left to right. */
export function firstColumns<K extends string>(hits: readonly Hit<K>[]): Partial<Record<K, number>> {
  const columns: Partial<Record<K, number>> = {};
  for (const h of hits) if (columns[h.key] === undefined) columns[h.key] = h.col;
  return columns;
}

/** The right edge of a header: its right-most cell's merge. */
export function headerRight<K>(grid: SheetGrid, row: number, hits: readonly Hit<K>[]): number {
  return Math.max(...hits.map((h) => grid.extent(row, h.col).right), ...hits.map((h) => grid.extent(h.row, h.col).right));
}
