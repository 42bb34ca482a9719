import type { Area } from '../core/snapshot';
import { cellKey, type CellRef } from './a1';

/**
 * Rectangles that cover exactly the given cells (no cell outside the set, each cell once): runs of
 * adjacent cells in a row, then runs that span the same columns in consecutive rows are stacked.
 * Owned columns beside a table come out as one block per table, so a whole table is one write.
 */
export function cellsToRectangles(cells: Iterable<CellRef>): Area[] {
  const unique = new Map<string, CellRef>();
  for (const c of cells) unique.set(cellKey(c.row, c.col), c);
  const sorted = [...unique.values()].sort((a, b) => a.row - b.row || a.col - b.col);

  const runs: Area[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.top === c.row && last.right === c.col - 1) last.right = c.col;
    else runs.push({ top: c.row, bottom: c.row, left: c.col, right: c.col });
  }

  const open = new Map<string, Area>();
  const done: Area[] = [];
  for (const run of runs) {
    const key = `${run.left}:${run.right}`;
    const above = open.get(key);
    if (above && above.bottom === run.top - 1) {
      above.bottom = run.top;
    } else {
      if (above) done.push(above);
      const fresh = { ...run };
      open.set(key, fresh);
    }
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * Splits an area into blocks of at most `maxCells` cells: whole rows where a row fits, otherwise
 * column slices of single rows. Blocks come in reading order.
 */
export function splitArea(area: Area, maxCells: number): Area[] {
  const width = area.right - area.left + 1;
  const limit = Math.max(1, Math.floor(maxCells));
  const blocks: Area[] = [];
  if (width <= limit) {
    const rows = Math.max(1, Math.floor(limit / width));
    for (let top = area.top; top <= area.bottom; top += rows) {
      blocks.push({ top, bottom: Math.min(area.bottom, top + rows - 1), left: area.left, right: area.right });
    }
    return blocks;
  }
  for (let row = area.top; row <= area.bottom; row++) {
    for (let left = area.left; left <= area.right; left += limit) {
      blocks.push({ top: row, bottom: row, left, right: Math.min(area.right, left + limit - 1) });
    }
  }
  return blocks;
}

/** Owned blocks are written and restored in pieces of at most this many cells. */
export const MAX_BLOCK_CELLS = 1000;

/** Rectangles covering exactly the cells, each cut to at most MAX_BLOCK_CELLS cells. */
export function blocksOf(cells: CellRef[]): Area[] {
  return cellsToRectangles(cells).flatMap((r) => splitArea(r, MAX_BLOCK_CELLS));
}
