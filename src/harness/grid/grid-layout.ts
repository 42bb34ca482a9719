/** Which rows and columns the harness grid draws, and how merged areas span them. */
import type { Area } from '../../core/snapshot';
import { cellKey } from '../fake-excel';

/** Blank rows and columns drawn past the used area, as Excel shows empty cells beyond the data. */
const MARGIN_ROWS = 5;
const MARGIN_COLS = 3;
const MIN_ROWS = 30;
const MIN_COLS = 10;

export interface GridLayout {
  rows: number;
  cols: number;
  /** `row,col` of each merged area's top-left cell, with its span. */
  spans: Map<string, { rowSpan: number; colSpan: number }>;
  /** `row,col` of every cell hidden under a merged area's top-left cell. */
  covered: Set<string>;
}

export function gridLayout(used: Area | null, merges: readonly Area[]): GridLayout {
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const m of merges) {
    spans.set(cellKey(m.top, m.left), { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(cellKey(r, c));
    }
  }
  return {
    rows: Math.max(MIN_ROWS, (used?.bottom ?? 0) + MARGIN_ROWS),
    cols: Math.max(MIN_COLS, (used?.right ?? 0) + MARGIN_COLS),
    spans,
    covered,
  };
}

/** The cell one step from (row, col), kept inside the sheet's first row and column. */
export function step(row: number, col: number, key: string): { row: number; col: number } | null {
  switch (key) {
    case 'ArrowUp':
      return { row: Math.max(1, row - 1), col };
    case 'ArrowDown':
      return { row: row + 1, col };
    case 'ArrowLeft':
      return { row, col: Math.max(1, col - 1) };
    case 'ArrowRight':
      return { row, col: col + 1 };
    default:
      return null;
  }
}
