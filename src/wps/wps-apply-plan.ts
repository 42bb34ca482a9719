import { formulaInput, summaryLayout } from '../addin/cell-input';
import { FILL, RECORD_SHEET, type Flag, type OwnedCell, type SheetOps, type WritePlan, type WriteRecord } from '../core/plan/write-plan';
import type { Area } from '../core/snapshot';
import { cellArea, cellKey, rangeAddress, type CellRef } from '../excel/a1';
import { DEFAULT_OWNED_FORMAT, hexOf, recordFill, recordOwnedStyle, type OfficeFill, type OwnedFormat } from '../excel/fill-codec';
import { ExcelHostError, missingSheetError, planConflictError, protectedError, rollbackFailedError, writeFailedError } from '../excel/host-error';
import { MAX_CELL_CHARS } from '../excel/limits';
import { blocksOf } from '../excel/rectangles';
import { etColorOf, formulas, XL_UNDERLINE_SINGLE, type EtApplication, type EtWorkbook, type EtWorksheet } from './et-facade';
import { areaCols, areaOf, areaRows, cellAt, rangeAt, sheetNamed, uniformParts, worksheets } from './wps-cells';
import { clearWpsResult, deleteSheet, emptySheet, restoreRecord } from './wps-clear-plan';
import { etFillOf, setEtFill } from './wps-fill';
import { writeRecord } from './wps-record';

interface FlagCell extends CellRef {
  severity: Flag['severity'];
}

interface NoteCell extends CellRef {
  note: string;
}

/** One plan sheet on its way into the workbook: what to write, and what was there before. */
interface SheetWork {
  ops: SheetOps;
  ws: EtWorksheet;
  owned: OwnedCell[];
  flagCells: FlagCell[];
  noteCells: NoteCell[];
  widths: { col: number; width: number }[];
  ownedFormat: Map<string, OwnedFormat>;
  fillOriginal: Map<string, OfficeFill | null>;
  noteExists: Set<string>;
  widthOriginal: Map<number, number | null>;
}

const LINK_COLOR = '#0563C1';
/** Rows × columns of 检查汇总 written per call. */
const SUMMARY_CELLS_PER_WRITE = 1000;

function lastWins<T extends CellRef>(cells: T[]): T[] {
  const map = new Map<string, T>();
  for (const c of cells) {
    const key = cellKey(c.row, c.col);
    map.delete(key);
    map.set(key, c);
  }
  return [...map.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

function eachCell(area: Area, visit: (row: number, col: number) => void): void {
  for (let row = area.top; row <= area.bottom; row++) for (let col = area.left; col <= area.right; col++) visit(row, col);
}

function userCellError(sheet: string, row: number, col: number): ExcelHostError {
  const at = `'${sheet}'!${rangeAddress(cellArea({ row, col }))}`;
  return planConflictError(`The write plan would overwrite a user's cell: ${at}`, `写入计划会覆盖用户单元格 ${at}`);
}

/** The owned cells are still free: no content, no merged area over them. */
function refuseTaken(w: SheetWork): void {
  for (const area of blocksOf(w.owned)) {
    const range = rangeAt(w.ws, area);
    formulas(range, areaRows(area), areaCols(area)).forEach((line, r) => line.forEach((f, c) => {
      if (f !== '' && f !== null && f !== undefined) throw userCellError(w.ops.sheet, area.top + r, area.left + c);
    }));
    if (range.MergeCells === false) continue;
    eachCell(area, (row, col) => {
      if (cellAt(w.ws, row, col).MergeCells !== false) throw userCellError(w.ops.sheet, row, col);
    });
  }
}

/** What the sheet's ops come to in cells: owned cells, coloured cells (whole merged areas), note cells. */
function prepare(ops: SheetOps, ws: EtWorksheet): SheetWork {
  const flagCells: FlagCell[] = [];
  const noteCells: NoteCell[] = [];
  for (const flag of ops.flags) {
    const area = areaOf(cellAt(ws, flag.row, flag.col).MergeArea);
    eachCell(area, (row, col) => flagCells.push({ row, col, severity: flag.severity }));
    noteCells.push({ row: area.top, col: area.left, note: [...flag.note].slice(0, MAX_CELL_CHARS).join('') });
  }
  const widths = new Map<number, number>();
  for (const { col, width } of ops.columnWidths) widths.set(col, width);
  return {
    ops, ws, owned: lastWins(ops.cells), flagCells: lastWins(flagCells), noteCells: lastWins(noteCells),
    widths: [...widths].map(([col, width]) => ({ col, width })),
    ownedFormat: new Map(), fillOriginal: new Map(), noteExists: new Set(), widthOriginal: new Map(),
  };
}

/** A format of every cell of `areas`, read range-wide and split only where the cells differ. */
function readEach<T>(ws: EtWorksheet, areas: Area[], read: (a: Area) => T | null, store: (row: number, col: number, v: T) => void): void {
  for (const area of areas) uniformParts(area, read, (a, v) => eachCell(a, (row, col) => store(row, col, v)));
}

/** What the record needs from before the write: owned cells' formats, flagged cells' fills, notes already there, widths. */
function readOriginals(w: SheetWork): void {
  const blocks = blocksOf(w.owned);
  const formatOf = (row: number, col: number): OwnedFormat => {
    const key = cellKey(row, col);
    let f = w.ownedFormat.get(key);
    if (!f) w.ownedFormat.set(key, (f = { ...DEFAULT_OWNED_FORMAT }));
    return f;
  };
  const fillOrNull = (a: Area): OfficeFill | null | 'none' => {
    const f = etFillOf(rangeAt(w.ws, a).Interior);
    return f === 'mixed' ? null : f.pattern === 'None' ? 'none' : f;
  };
  const asBoolean = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);
  readEach(w.ws, blocks, (a) => {
    const f = rangeAt(w.ws, a).NumberFormat;
    return typeof f === 'string' ? f : null;
  }, (row, col, v) => {
    formatOf(row, col).numberFormat = v || 'General';
  });
  readEach(w.ws, blocks, (a) => asBoolean(rangeAt(w.ws, a).Font.Bold), (row, col, v) => {
    formatOf(row, col).bold = v;
  });
  readEach(w.ws, blocks, (a) => asBoolean(rangeAt(w.ws, a).WrapText), (row, col, v) => {
    formatOf(row, col).wrap = v;
  });
  readEach(w.ws, blocks, fillOrNull, (row, col, v) => {
    formatOf(row, col).fill = v === 'none' ? null : v;
  });
  readEach(w.ws, blocksOf(w.flagCells), fillOrNull, (row, col, v) => {
    w.fillOriginal.set(cellKey(row, col), v === 'none' ? null : v);
  });
  for (const n of w.noteCells) if (cellAt(w.ws, n.row, n.col).Comment !== null) w.noteExists.add(cellKey(n.row, n.col));
  for (const { col } of w.widths) {
    const column = cellAt(w.ws, 1, col);
    w.widthOriginal.set(col, column.UseStandardWidth === true ? null : Number(column.ColumnWidth));
  }
}

function buildRecord(works: SheetWork[], summarySheet: string | null): WriteRecord {
  return {
    version: 1,
    sheets: works.map((w) => ({
      sheet: w.ops.sheet,
      owned: w.owned.map((c) => {
        const original = recordOwnedStyle(w.ownedFormat.get(cellKey(c.row, c.col)) ?? DEFAULT_OWNED_FORMAT);
        return { row: c.row, col: c.col, ...(original ? { original } : {}) };
      }),
      inputs: w.owned.filter((c) => c.input).map((c) => ({ row: c.row, col: c.col })),
      fills: w.flagCells.map((c) => ({ row: c.row, col: c.col, original: recordFill(w.fillOriginal.get(cellKey(c.row, c.col)) ?? null) })),
      notes: w.noteCells.filter((n) => !w.noteExists.has(cellKey(n.row, n.col))).map((n) => ({ row: n.row, col: n.col })),
      widths: w.widths.map(({ col }) => ({ col, original: w.widthOriginal.get(col) ?? null })),
    })),
    summarySheet,
  };
}

const solid = (argb: string): OfficeFill => ({ color: hexOf(argb), pattern: 'Solid' });

function groupCells<T extends CellRef>(cells: T[], key: (c: T) => string | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const c of cells) {
    const k = key(c);
    if (k === undefined) continue;
    const list = out.get(k);
    if (list) list.push(c);
    else out.set(k, [c]);
  }
  return out;
}

/**
 * Owned cells' number formats and contents (values, formulas), in blocks; a cell the plan gives no
 * format keeps its own. A re-check's changes are written with this alone.
 */
export function writeOwnedContents(ws: EtWorksheet, owned: OwnedCell[]): void {
  const byKey = new Map(owned.map((c) => [cellKey(c.row, c.col), c]));
  // Formats before contents, so that an entry into a percent or text cell is read as that format says.
  for (const [numFmt, cells] of groupCells(owned, (c) => c.numFmt)) for (const a of blocksOf(cells)) rangeAt(ws, a).NumberFormat = numFmt;
  for (const b of blocksOf(owned)) {
    const data: (string | number)[][] = [];
    for (let row = b.top; row <= b.bottom; row++) {
      const line: (string | number)[] = [];
      for (let col = b.left; col <= b.right; col++) {
        const c = byKey.get(cellKey(row, col)) as OwnedCell;
        line.push(formulaInput(c.value, c.formula));
      }
      data.push(line);
    }
    rangeAt(ws, b).Formula = data;
  }
}

function writeSheet(w: SheetWork): void {
  writeOwnedContents(w.ws, w.owned);
  for (const a of blocksOf(w.owned.filter((c) => c.bold))) rangeAt(w.ws, a).Font.Bold = true;
  for (const a of blocksOf(w.owned.filter((c) => c.wrap))) rangeAt(w.ws, a).WrapText = true;
  // One colour per cell: a flag's over an owned cell's own (a flagged input cell shows the flag).
  const flagged = new Set(w.flagCells.map((c) => cellKey(c.row, c.col)));
  const paints: { row: number; col: number; argb: string }[] = [
    ...w.owned.flatMap((c) => (c.fill !== undefined && !flagged.has(cellKey(c.row, c.col)) ? [{ row: c.row, col: c.col, argb: c.fill }] : [])),
    ...w.flagCells.map((c) => ({ row: c.row, col: c.col, argb: FILL[c.severity] })),
  ];
  for (const [argb, cells] of groupCells(paints, (c) => c.argb)) for (const a of blocksOf(cells)) setEtFill(rangeAt(w.ws, a).Interior, solid(argb));
  for (const n of w.noteCells) if (!w.noteExists.has(cellKey(n.row, n.col))) cellAt(w.ws, n.row, n.col).AddComment(n.note);
  for (const { col, width } of w.widths) cellAt(w.ws, 1, col).ColumnWidth = width;
}

/** `name`, or `name (2)`, `name (3)`, … when a sheet of that name exists. */
function uniqueSheetName(book: EtWorkbook, name: string): string {
  let candidate = name;
  for (let i = 2; sheetNamed(book, candidate) !== null; i++) {
    const suffix = ` (${i})`;
    candidate = `${[...name].slice(0, 31 - suffix.length).join('')}${suffix}`;
  }
  return candidate;
}

/** A new last sheet; WPS activates a sheet it adds, so the user's sheet is activated again. */
export function addSheet(book: EtWorkbook, name: string): EtWorksheet {
  const active = book.ActiveSheet;
  const all = worksheets(book);
  const ws = book.Worksheets.Add(undefined, all[all.length - 1]);
  ws.Name = name;
  active.Activate();
  return ws;
}

/** 检查汇总, as the other hosts write it (without frozen panes: ET freezes only through the active window). */
function writeSummary(ws: EtWorksheet, summary: WritePlan['summary']): void {
  const { width, data, headers, links } = summaryLayout(summary);
  const rowsPerWrite = Math.max(1, Math.floor(SUMMARY_CELLS_PER_WRITE / width));
  for (let top = 0; top < data.length; top += rowsPerWrite) {
    const part = data.slice(top, top + rowsPerWrite);
    if (part.every((line) => line.every((x) => x === null))) continue;
    rangeAt(ws, { top: top + 1, left: 1, bottom: top + part.length, right: width }).Formula = part.map((line) => line.map((x) => x ?? ''));
  }
  for (const a of blocksOf(links)) {
    const font = rangeAt(ws, a).Font;
    font.Color = etColorOf(LINK_COLOR);
    font.Underline = XL_UNDERLINE_SINGLE;
  }
  for (const a of blocksOf(headers)) {
    const range = rangeAt(ws, a);
    range.Font.Bold = true;
    setEtFill(range.Interior, solid(FILL.header));
  }
  summary.columnWidths.forEach((width, j) => {
    cellAt(ws, 1, j + 1).ColumnWidth = width;
  });
}

export interface WpsApplyOptions {
  /** The previous summary sheet, emptied by a clear with `keepSheets`: written into again. */
  keptSummarySheet?: string | null;
}

/**
 * Writes a plan into the open workbook as the Office.js host does: owned cells (formats, then
 * formulas and values), bold, wrap, fills, flags' fills and notes (WPS's comments, the classic
 * kind), column widths, 检查汇总 and the very hidden record sheet that `clearWpsResult` undoes. A
 * previous result is cleared first. Refused before any change: a protected plan sheet or workbook
 * structure, a missing sheet, an owned cell that is no longer free. A failure while writing is
 * rolled back from the record (written first, so even a rollback cut short can be cleared later).
 */
export function applyWpsPlan(app: EtApplication, book: EtWorkbook, plan: WritePlan, options: WpsApplyOptions = {}): { summarySheet: string | null } {
  for (const ops of plan.sheets) {
    if (ops.sheet === RECORD_SHEET || ops.sheet === plan.summary.name) {
      throw planConflictError(`The write plan cannot write into sheet ${ops.sheet}`, `写入计划不能写入工作表「${ops.sheet}」`);
    }
  }
  const targets = plan.sheets.map((ops) => {
    const ws = sheetNamed(book, ops.sheet);
    if (!ws) throw missingSheetError(ops.sheet);
    return { ops, ws };
  });
  const locked = targets.filter((t) => t.ws.ProtectContents).map((t) => t.ops.sheet);
  if (locked.length > 0) throw protectedError(locked, false);
  if (book.ProtectStructure) throw protectedError([], true);
  let kept = options.keptSummarySheet ?? null;
  const previous = clearWpsResult(app, book, { keepSheets: true });
  if (previous.cleared) kept = previous.keptSummarySheet;

  const works = targets.map((t) => prepare(t.ops, t.ws));
  for (const w of works) refuseTaken(w);
  for (const w of works) readOriginals(w);
  const keptSheet = kept !== null ? sheetNamed(book, kept) : null;
  const reuseSummary = keptSheet !== null && plan.summary.rows.length > 0;
  const summaryName = plan.summary.rows.length === 0 ? null : reuseSummary ? kept : uniqueSheetName(book, plan.summary.name);
  if (keptSheet !== null && !reuseSummary) deleteSheet(app, keptSheet);
  const record = buildRecord(works, summaryName);

  try {
    writeRecord(sheetNamed(book, RECORD_SHEET) ?? addSheet(book, RECORD_SHEET), record);
    for (const w of works) writeSheet(w);
    if (summaryName !== null) {
      const summary = reuseSummary && keptSheet ? keptSheet : addSheet(book, summaryName);
      if (reuseSummary) emptySheet(summary);
      writeSummary(summary, plan.summary);
    }
  } catch (e) {
    try {
      restoreRecord(app, book, record);
    } catch (e2) {
      throw rollbackFailedError(e, e2);
    }
    throw writeFailedError(e);
  }
  return { summarySheet: summaryName };
}
