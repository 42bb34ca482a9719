/** Reading and changing the cells of the fake's state, with the checks Excel makes on a write. */
import type { Area } from '../../core/snapshot';
import { areaRows } from '../../excel/a1';
import { renderCellText } from '../../xlsx/render-cell-text';
import { FakeOfficeError } from './fake-office-error';
import { cellKey, DEFAULT_FILL, type FakeCell, type FakeFill, type FakeSheet } from './fake-state';

/** Some cells of one sheet, as a command addresses them. */
export interface Cells {
  sheet: FakeSheet;
  areas: Area[];
}

/** Where a content write (value, formula, clear) is reported, for recalculation and change events. */
export interface ContentLog {
  noteContent(sheet: FakeSheet, row: number, col: number): void;
}

const ERROR_VALUES = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#SPILL!', '#CALC!']);

/** Excel's error values, which the fake keeps as their codes (as `range.values` reports them). */
export function isErrorValue(v: unknown): v is string {
  return typeof v === 'string' && ERROR_VALUES.has(v);
}

export const emptyCell = (): FakeCell => ({
  value: null, formula: null, text: null, numberFormat: 'General', fill: null, bold: false, wrap: false, fontColor: null, underline: null,
});

export function isDefault(c: FakeCell): boolean {
  return c.value === null && c.formula === null && c.text === null && c.numberFormat === 'General' && c.fill === null && !c.bold && !c.wrap &&
    c.fontColor === null && c.underline === null;
}

export function getCell(sheet: FakeSheet, row: number, col: number): FakeCell {
  return sheet.cells.get(cellKey(row, col)) ?? emptyCell();
}

/** Stores a cell, dropping it when it is back to every default. */
export function putCell(sheet: FakeSheet, row: number, col: number, c: FakeCell): void {
  if (isDefault(c)) sheet.cells.delete(cellKey(row, col));
  else sheet.cells.set(cellKey(row, col), c);
}

export function* cellsOf(areas: Area[]): Generator<[number, number]> {
  for (const a of areas) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) yield [r, c];
}

export function writable(sheet: FakeSheet): void {
  if (sheet.protected) throw new FakeOfficeError('AccessDenied', `sheet ${sheet.name} is protected`);
}

/** Changes each cell on a copy, so a dump taken earlier keeps what it saw. */
export function updateCells(t: Cells, change: (c: FakeCell, row: number, col: number) => void): void {
  writable(t.sheet);
  for (const [row, col] of cellsOf(t.areas)) {
    const c = { ...getCell(t.sheet, row, col) };
    change(c, row, col);
    putCell(t.sheet, row, col, c);
  }
}

/** As `updateCells`, for writes of values or formulas: each cell is logged as edited. */
export function updateContents(t: Cells, log: ContentLog, change: (c: FakeCell, row: number, col: number) => void): void {
  updateCells(t, (c, row, col) => {
    change(c, row, col);
    log.noteContent(t.sheet, row, col);
  });
}

/** The value all the cells share, or null when they differ (as Office.js reports a mixed range). */
export function uniform<V>(t: Cells, read: (c: FakeCell) => V): V | null {
  let first: { v: V } | null = null;
  for (const [row, col] of cellsOf(t.areas)) {
    const v = read(getCell(t.sheet, row, col));
    if (first === null) first = { v };
    else if (JSON.stringify(first.v) !== JSON.stringify(v)) return null;
  }
  return first ? first.v : null;
}

/** The stored cells inside the areas: the only ones clearing changes (the others hold every default). */
function storedIn(t: Cells): Cells {
  const areas: Area[] = [];
  const size = t.areas.reduce((n, a) => n + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0);
  if (size <= t.sheet.cells.size) {
    for (const [row, col] of cellsOf(t.areas)) if (t.sheet.cells.has(cellKey(row, col))) areas.push({ top: row, left: col, bottom: row, right: col });
    return { sheet: t.sheet, areas };
  }
  for (const key of t.sheet.cells.keys()) {
    const [row, col] = key.split(',').map(Number) as [number, number];
    if (t.areas.some((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right)) areas.push({ top: row, left: col, bottom: row, right: col });
  }
  return { sheet: t.sheet, areas };
}

export function clearCells(cells: Cells, applyTo: string, log: ContentLog): void {
  const t = storedIn(cells);
  const contents = applyTo === 'All' || applyTo === 'Contents';
  const formats = applyTo === 'All' || applyTo === 'Formats';
  const apply = (c: FakeCell) => {
    if (contents) Object.assign(c, { value: null, formula: null, text: null });
    if (formats) Object.assign(c, { numberFormat: 'General', fill: null, bold: false, wrap: false, fontColor: null, underline: null });
  };
  if (!contents) return updateCells(t, apply);
  updateContents(t, log, apply);
  // Excel reports the whole cleared range as edited, empty cells included: its corners give the event that bound.
  for (const a of cells.areas) {
    log.noteContent(cells.sheet, a.top, a.left);
    log.noteContent(cells.sheet, a.bottom, a.right);
  }
}

/** What the grid shows: the seeded text, else the value under its number format (errors as they are). */
export function textOf(c: FakeCell): string {
  if (c.text !== null) return c.text;
  if (c.value === null) return '';
  if (isErrorValue(c.value)) return c.value;
  return renderCellText(c.value, c.numberFormat);
}

/** A value for each cell, as Office.js returns a range's data. */
export const grid = areaRows;

export function fillView(f: FakeFill | null): FakeFill {
  return f ?? DEFAULT_FILL;
}
