import type { CellPos, SheetGrid } from '../recognize/sheet-grid';
import type { ActualCell, Located, LocatedText } from '../model/located';

/** A cell's text as the user wrote it, trimmed, remembering where it came from. */
export function readText(grid: SheetGrid, p: CellPos): LocatedText {
  const text = grid.text(p.row, p.col);
  return { row: p.row, col: p.col, text, value: text.trim() };
}

export function readWith<T>(grid: SheetGrid, p: CellPos, parse: (text: string, p: CellPos) => T): Located<T> {
  const text = grid.text(p.row, p.col);
  return { row: p.row, col: p.col, text, value: parse(text, p) };
}

/** An input cell the add-in reads numbers from: raw value and format kept for the grader. */
export function readActual(grid: SheetGrid, p: CellPos): Located<ActualCell> {
  return { row: p.row, col: p.col, text: grid.text(p.row, p.col), value: { raw: grid.raw(p.row, p.col), format: grid.format(p.row, p.col) } };
}
