import type { Area } from '../core/snapshot';
import { cellArea, rangeAddress } from '../excel/a1';
import { ExcelHostError } from '../excel/host-error';
import type { EtRange, EtWorkbook, EtWorksheet } from './et-facade';

/** The range of an area, by its A1 address. */
export function rangeAt(ws: EtWorksheet, area: Area): EtRange {
  return ws.Range(rangeAddress(area));
}

export function cellAt(ws: EtWorksheet, row: number, col: number): EtRange {
  return ws.Range(rangeAddress(cellArea({ row, col })));
}

/** Where a range lies (1-based), from its first cell and its size. */
export function areaOf(r: EtRange): Area {
  return { top: r.Row, left: r.Column, bottom: r.Row + r.Rows.Count - 1, right: r.Column + r.Columns.Count - 1 };
}

export function areaRows(a: Area): number {
  return a.bottom - a.top + 1;
}

export function areaCols(a: Area): number {
  return a.right - a.left + 1;
}

/** Every worksheet, in tab order. */
export function worksheets(book: EtWorkbook): EtWorksheet[] {
  const out: EtWorksheet[] = [];
  for (let i = 1; i <= book.Worksheets.Count; i++) out.push(book.Worksheets.Item(i));
  return out;
}

/** The worksheet of that name (WPS, like Excel, compares names without case), or null. */
export function sheetNamed(book: EtWorkbook, name: string): EtWorksheet | null {
  const lower = name.toLowerCase();
  return worksheets(book).find((ws) => ws.Name.toLowerCase() === lower) ?? null;
}

/**
 * Splits `area` until `probe` answers for all of it (a range-wide read such as `NumberFormat` or
 * `MergeCells` gives null where the cells differ), calling `found` for each uniform part. The calls
 * grow with the number of boundaries between differing cells, not with the number of cells.
 */
export function uniformParts<T>(area: Area, probe: (a: Area) => T | null, found: (a: Area, v: T) => void): void {
  const v = probe(area);
  if (v !== null) {
    found(area, v);
    return;
  }
  const rows = areaRows(area);
  const cols = areaCols(area);
  if (rows === 1 && cols === 1) return;
  if (rows >= cols) {
    const mid = area.top + Math.floor(rows / 2) - 1;
    uniformParts({ ...area, bottom: mid }, probe, found);
    uniformParts({ ...area, top: mid + 1 }, probe, found);
  } else {
    const mid = area.left + Math.floor(cols / 2) - 1;
    uniformParts({ ...area, right: mid }, probe, found);
    uniformParts({ ...area, left: mid + 1 }, probe, found);
  }
}

/** A sheet the add-in was to read or write is gone (deleted or renamed since). */
export function missingSheetError(sheet: string): ExcelHostError {
  return new ExcelHostError('missing-sheet', `工作表「${sheet}」已不存在；请重新检查`, `Sheet "${sheet}" no longer exists; run the check again`);
}
