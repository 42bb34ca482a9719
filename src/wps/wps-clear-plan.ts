import { typedEntries } from '../addin/typed-entries';
import { withoutKeptInputs } from '../core/plan/kept-inputs';
import { RECORD_SHEET, type WriteRecord } from '../core/plan/write-plan';
import { fillKey, fillToRestore, ownedFormatToRestore, type OfficeFill, type OwnedFormat } from '../excel/fill-codec';
import { firstOfEachCell, groupBy } from '../excel/cell-groups';
import { protectedError } from '../excel/host-error';
import { blocksOf } from '../excel/rectangles';
import type { RecordedInput } from '../xlsx/read-inputs';
import { formulas, SHEET_HIDDEN, values2, type EtApplication, type EtWorkbook, type EtWorksheet } from './et-facade';
import { areaCols, areaRows, cellAt, rangeAt, sheetNamed } from './wps-cells';
import { setEtFill } from './wps-fill';
import { readRecord } from './wps-record';

type SheetRecord = WriteRecord['sheets'][number];

export interface WpsClearOptions {
  /** Leave the input cells the user typed into (and their labels) as the user's own cells. */
  keepTyped?: boolean;
  /** Empty the summary and record sheets instead of deleting them: a re-check writes them again at once. */
  keepSheets?: boolean;
}

export interface WpsClearResult {
  cleared: boolean;
  /** The summary sheet emptied for reuse (`keepSheets`), null when there was none. */
  keptSummarySheet: string | null;
  inputs: RecordedInput[];
}

/** What the user typed into a sheet's recorded input cells. */
function inputsOf(ws: EtWorksheet, s: SheetRecord): RecordedInput[] {
  return blocksOf(s.inputs ?? []).flatMap((area) => {
    const range = rangeAt(ws, area);
    return typedEntries(s.sheet, area, values2(range, areaRows(area), areaCols(area)), formulas(range, areaRows(area), areaCols(area)));
  });
}

function restoreOwned(ws: EtWorksheet, owned: SheetRecord['owned']): void {
  const cells = firstOfEachCell(owned).map((o) => ({ row: o.row, col: o.col, format: ownedFormatToRestore(o.original) }));
  for (const area of blocksOf(cells)) rangeAt(ws, area).ClearContents();
  const apply = (key: (f: OwnedFormat) => string, set: (area: ReturnType<typeof blocksOf>[number], f: OwnedFormat) => void) => {
    for (const group of groupBy(cells, (c) => key(c.format)).values()) {
      const format = (group[0] as (typeof cells)[number]).format;
      for (const area of blocksOf(group)) set(area, format);
    }
  };
  apply((f) => f.numberFormat, (area, f) => {
    rangeAt(ws, area).NumberFormat = f.numberFormat;
  });
  apply((f) => String(f.bold), (area, f) => {
    rangeAt(ws, area).Font.Bold = f.bold;
  });
  apply((f) => String(f.wrap), (area, f) => {
    rangeAt(ws, area).WrapText = f.wrap;
  });
  apply((f) => fillKey(f.fill), (area, f) => setEtFill(rangeAt(ws, area).Interior, f.fill));
}

function restoreFills(ws: EtWorksheet, fills: SheetRecord['fills']): void {
  const cells = firstOfEachCell(fills).map((f) => ({ row: f.row, col: f.col, fill: fillToRestore(f.original) }));
  for (const group of groupBy(cells, (c) => fillKey(c.fill)).values()) {
    const fill: OfficeFill | null = (group[0] as (typeof cells)[number]).fill;
    for (const area of blocksOf(group)) setEtFill(rangeAt(ws, area).Interior, fill);
  }
}

function restoreWidths(ws: EtWorksheet, widths: SheetRecord['widths']): void {
  const seen = new Set<number>();
  for (const w of widths) {
    if (seen.has(w.col)) continue;
    seen.add(w.col);
    const column = cellAt(ws, 1, w.col);
    if (w.original === null) column.UseStandardWidth = true;
    else column.ColumnWidth = w.original;
  }
}

/** Empties a sheet the add-in owns (contents, formats, widths), keeping the sheet itself. */
export function emptySheet(ws: EtWorksheet): void {
  const used = ws.UsedRange;
  used.Clear();
  used.UseStandardWidth = true;
}

/** Deletes a sheet of the add-in's without WPS asking the user first; a very hidden sheet is hidden first, as WPS deletes only sheets it lists. */
export function deleteSheet(app: EtApplication, ws: EtWorksheet): void {
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    ws.Visible = SHEET_HIDDEN;
    ws.Delete();
  } finally {
    app.DisplayAlerts = alerts;
  }
}

/**
 * Undoes what a record lists: the notes the add-in added, the original fills of flagged cells, the
 * owned cells (emptied, their formats back), column widths, then the summary and record sheets.
 * Tolerant of what is not there (a note the user deleted, a write that never happened), so it also
 * rolls back a write that failed midway. Returns what the user typed into the input cells.
 */
export function restoreRecord(app: EtApplication, book: EtWorkbook, record: WriteRecord, options: WpsClearOptions = {}): RecordedInput[] {
  const special = (name: string) => name === RECORD_SHEET || name === record.summarySheet;
  const present = record.sheets.flatMap((s) => {
    const ws = special(s.sheet) ? null : sheetNamed(book, s.sheet);
    return ws ? [{ s, ws }] : [];
  });
  const locked = present.filter(({ ws }) => ws.ProtectContents).map(({ s }) => s.sheet);
  const summary = record.summarySheet !== null ? sheetNamed(book, record.summarySheet) : null;
  if (book.ProtectStructure || locked.length > 0) throw protectedError(locked, book.ProtectStructure && locked.length === 0);
  const inputs = present.flatMap(({ s, ws }) => inputsOf(ws, s));
  const sheets = options.keepTyped ? withoutKeptInputs({ ...record, sheets: present.map((p) => p.s) }, inputs).sheets : present.map((p) => p.s);
  for (const s of sheets) {
    const ws = present.find((p) => p.s.sheet === s.sheet)?.ws as EtWorksheet;
    for (const n of s.notes) {
      const cell = cellAt(ws, n.row, n.col);
      if (cell.Comment !== null) cell.ClearComments();
    }
    restoreFills(ws, s.fills);
    restoreOwned(ws, s.owned);
    restoreWidths(ws, s.widths);
  }
  const recordSheet = sheetNamed(book, RECORD_SHEET);
  if (options.keepSheets) {
    if (summary) emptySheet(summary);
    if (recordSheet) emptySheet(recordSheet);
  } else {
    if (summary) deleteSheet(app, summary);
    if (recordSheet) deleteSheet(app, recordSheet);
  }
  return inputs;
}

/** 清除检查结果, returning what the user typed into the input cells so a re-check can carry it over. */
export function clearWpsResult(app: EtApplication, book: EtWorkbook, options: WpsClearOptions = {}): WpsClearResult {
  const recordSheet = sheetNamed(book, RECORD_SHEET);
  const record = recordSheet ? readRecord(recordSheet) : null;
  if (record === null) return { cleared: false, keptSummarySheet: null, inputs: [] };
  const summaryPresent = record.summarySheet !== null && sheetNamed(book, record.summarySheet) !== null;
  const inputs = restoreRecord(app, book, record, options);
  return { cleared: true, keptSummarySheet: options.keepSheets && summaryPresent ? record.summarySheet : null, inputs };
}

/** How many entries the user typed into the current result's input cells; 0 without a result. Changes nothing. */
export function countWpsTypedInputs(book: EtWorkbook): number {
  const recordSheet = sheetNamed(book, RECORD_SHEET);
  const record = recordSheet ? readRecord(recordSheet) : null;
  if (record === null) return 0;
  return record.sheets.reduce((n, s) => {
    const ws = sheetNamed(book, s.sheet);
    return ws ? n + inputsOf(ws, s).length : n;
  }, 0);
}

