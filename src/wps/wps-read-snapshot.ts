import { isAddinDataSheet } from '../addin/profile-sheet';
import type { Area, CellValue, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { areaSize } from '../excel/a1';
import { tooLargeError } from '../excel/host-error';
import { MAX_CELLS_PER_SHEET } from '../xlsx/read-limits';
import { renderCellText } from '../xlsx/render-cell-text';
import { cellText, values2, type EtWorkbook, type EtWorksheet } from './et-facade';
import { areaCols, areaOf, areaRows, cellAt, rangeAt, uniformParts, worksheets } from './wps-cells';

/** `CVErr` codes, which some builds give for error cells through `Value2` (offset by 0x800A0000). */
const CV_ERRORS = new Map([[2000, '#NULL!'], [2007, '#DIV/0!'], [2015, '#VALUE!'], [2023, '#REF!'], [2029, '#NAME?'], [2036, '#NUM!'], [2042, '#N/A']]);
const CV_ERROR_BASE = -2146828288;

/** A `Value2` entry as the snapshot keeps it: empty is null, an error its code (confirmed by the cell's text). */
export function wpsCellValue(v: unknown, text: () => string): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number') {
    const error = Number.isInteger(v) ? CV_ERRORS.get(v - CV_ERROR_BASE) : undefined;
    return error !== undefined && text() === error ? error : v;
  }
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/**
 * The sheet's merged areas inside `area`: the range is split until each part is merged entirely
 * or not at all, and a merged part is read through its first cell's `MergeArea`.
 */
export function mergedAreas(ws: EtWorksheet, area: Area): Area[] {
  const found = new Map<string, Area>();
  const probe = (a: Area): boolean | null => {
    const m = rangeAt(ws, a).MergeCells;
    if (m === false) return false;
    if (m !== true) return null;
    const merge = areaOf(cellAt(ws, a.top, a.left).MergeArea);
    // Wholly inside one merged area: done; else split further to find each one.
    return merge.top <= a.top && merge.left <= a.left && merge.bottom >= a.bottom && merge.right >= a.right ? true : null;
  };
  uniformParts(area, probe, (a, merged) => {
    if (!merged) return;
    const merge = areaOf(cellAt(ws, a.top, a.left).MergeArea);
    found.set(`${merge.top},${merge.left}`, merge);
  });
  return [...found.values()].sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Number formats of an area, read range-wide and split only where the cells differ. */
function numberFormats(ws: EtWorksheet, area: Area): string[][] {
  const out = Array.from({ length: areaRows(area) }, () => Array<string>(areaCols(area)).fill('General'));
  uniformParts(area, (a) => {
    const f = rangeAt(ws, a).NumberFormat;
    return typeof f === 'string' ? f : null;
  }, (a, f) => {
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) (out[r - area.top] as string[])[c - area.left] = f || 'General';
  });
  return out;
}

/** The cells holding a value, widened to cover the merged areas: the extent the command line reads. */
function extentOf(values: CellValue[][], used: Area, merges: Area[]): Area | null {
  let extent: Area | null = null;
  const widen = (row: number, col: number) => {
    extent = extent
      ? { top: Math.min(extent.top, row), left: Math.min(extent.left, col), bottom: Math.max(extent.bottom, row), right: Math.max(extent.right, col) }
      : { top: row, left: col, bottom: row, right: col };
  };
  values.forEach((line, r) => line.forEach((v, c) => {
    if (v !== null) widen(used.top + r, used.left + c);
  }));
  for (const m of merges) {
    widen(m.top, m.left);
    widen(m.bottom, m.right);
  }
  return extent;
}

/**
 * One worksheet as the command line's snapshot has it: values (a merged area's on its top-left
 * cell), texts rendered from value and number format as the command line renders them, formats and
 * merged areas, over the cells that hold a value or lie in a merged area (WPS's `UsedRange` also
 * counts cells that are only formatted).
 */
export function readSheetSnapshot(ws: EtWorksheet): SheetSnapshot {
  const name = ws.Name;
  const used = areaOf(ws.UsedRange);
  if (areaSize(used) > MAX_CELLS_PER_SHEET) throw tooLargeError(name, areaSize(used), MAX_CELLS_PER_SHEET);
  const raw = values2(rangeAt(ws, used), areaRows(used), areaCols(used));
  const values = raw.map((line, r) => line.map((v, c) => wpsCellValue(v, () => cellText(cellAt(ws, used.top + r, used.left + c)))));
  const merges = mergedAreas(ws, used);
  const extent = extentOf(values, used, merges);
  if (!extent) return { name, origin: { row: 1, col: 1 }, values: [], text: [], formats: [], merges };
  const formats = numberFormats(ws, extent);
  const cut: CellValue[][] = [];
  const text: string[][] = [];
  for (let r = extent.top; r <= extent.bottom; r++) {
    const line: CellValue[] = [];
    const shown: string[] = [];
    for (let c = extent.left; c <= extent.right; c++) {
      const inUsed = r >= used.top && r <= used.bottom && c >= used.left && c <= used.right;
      const v = inUsed ? (values[r - used.top]?.[c - used.left] ?? null) : null;
      line.push(v);
      shown.push(v === null ? '' : renderCellText(v, formats[r - extent.top]?.[c - extent.left] ?? 'General'));
    }
    cut.push(line);
    text.push(shown);
  }
  return { name, origin: { row: extent.top, col: extent.left }, values: cut, text, formats, merges };
}

/** Every worksheet except the add-in's record, as the command line's snapshot has them. */
export function readWpsSnapshot(book: EtWorkbook): WorkbookSnapshot {
  const sheets = worksheets(book).filter((ws) => !isAddinDataSheet(ws.Name)).map(readSheetSnapshot);
  return { file: book.Name, sheets };
}
