/// <reference types="office-js" />
import { FILL, RECORD_SHEET, type OwnedCell, type SheetOps, type WritePlan, type WriteRecord } from '../core/plan/write-plan';
import type { Area } from '../core/snapshot';
import { areaContains, areaLists, areaRows, areaSize, cellArea, cellKey, quotedSheetName, rangeAddress, type CellRef } from './a1';
import { formulaCopies, type FormulaCopy } from './formula-copies';
import { formulaShape } from './formula-shape';
import { RequestBatcher } from './batcher';
import { clearRecorded } from './clear-write-plan';
import { hexOf, pointsToWidth, recordFill, recordOwnedStyle, widthToPoints, type OfficeFill, type OwnedFormat } from './fill-codec';
import { ExcelHostError, missingSheetError, officeErrorCode, planConflictError, protectedError, rollbackFailedError, unavailableError, writeFailedError } from './host-error';
import { jsonBytes, MAX_CELL_CHARS, OP_OVERHEAD_BYTES, REQUEST_BUDGET_BYTES, utf8Length } from './limits';
import { detectNotesMode, supportsFillPatterns, type NotesMode } from './api-support';
import {
  fillProps, forAreas, mergedAreasOf, officeFillOf, queueMergedAreas, rangeOf, setFill, splitSheetAddress, writeBytes,
  type Severity,
} from './office-ops';
import { formulaInput, summaryLayout } from '../addin/cell-input';
import { encodeRecord } from '../core/plan/record-codec';
import { restoreRecord, type RestoreEnv } from './restore-record';
import { blocksOf } from './rectangles';
import { hasSheet, queueSheetList, uniqueSheetName, type SheetList } from './sheet-list';

export interface ApplyOptions {
  /** How flagged cells get their full message (see `detectNotesMode`). */
  notes: NotesMode;
  /** What this Excel supports, for removing a previous result's notes; at least `notes`, else detected. */
  support?: NotesMode;
  /** Fill patterns and tints (ExcelApi 1.15); detected when absent. */
  fillPatterns?: boolean;
  /** Bytes one batch may carry by our estimate (tests lower it to force splitting). */
  budgetBytes?: number;
  /** The previous summary sheet, emptied by `clearWritePlanKeepingInputs` with `keepSheets`: written into again. */
  keptSummarySheet?: string | null;
  /** Repeating formulas written once and copied (the default); false writes every cell's own. */
  copyFormulas?: boolean;
  /**
   * Cells written so far of `total` (owned cells, flagged cells, summary cells), reported as the write
   * starts and after each batch it sends; a sheet's cells count once all of them are queued.
   */
  onProgress?(written: number, total: number): void | Promise<void>;
}

export interface ApplyStats {
  /** `context.sync()` calls, including clearing a previous result. */
  syncs: number;
  summarySheet: string | null;
  /** A previous result was cleared first. */
  replacedPrevious: boolean;
  ownedCells: number;
  flaggedCells: number;
  notes: number;
}

const LINK_COLOR = '#0563C1';

/** Errors of a call or an argument an Excel does not take: a write that failed with one is tried again without copies. */
const COPY_REFUSALS = new Set(['InvalidArgument', 'NotImplemented', 'ApiNotFound', 'InvalidOperation', 'UnsupportedOperation']);
const RANK: Record<NotesMode, number> = { none: 0, comments: 1, notes: 2 };

interface FlagCell extends CellRef {
  severity: Severity;
}

interface NoteCell extends CellRef {
  note: string;
}

/** One plan sheet on its way into the workbook: what to write, then what was there before. */
interface SheetWork {
  ops: SheetOps;
  ws: Excel.Worksheet;
  merged: Excel.RangeAreas;
  merges: Area[];
  owned: OwnedCell[];
  /** `owned` by `cellKey`, for the writes that look a cell up. */
  ownedByKey: Map<string, OwnedCell>;
  flagCells: FlagCell[];
  noteCells: NoteCell[];
  widths: { col: number; width: number }[];
  ownedFormat: Map<string, OwnedFormat>;
  fillOriginal: Map<string, OfficeFill | null>;
  noteExists: Set<string>;
  widthOriginal: Map<number, number | null>;
}

function lastWins<T extends CellRef>(cells: T[]): T[] {
  const map = new Map<string, T>();
  for (const c of cells) {
    const key = cellKey(c.row, c.col);
    map.delete(key);
    map.set(key, c);
  }
  return [...map.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

function checkPlanShape(plan: WritePlan): void {
  for (const ops of plan.sheets) {
    if (ops.sheet === RECORD_SHEET || ops.sheet === plan.summary.name) {
      throw planConflictError(`The write plan cannot write into sheet ${ops.sheet}`, `写入计划不能写入工作表「${ops.sheet}」`);
    }
  }
}

/**
 * First batch: the sheet list with protection, each plan sheet's merged areas (a flag on a merged
 * area colours all of it) and the existing notes and comments (a cell holds one or the other). A
 * missing plan sheet fails the batch; a second look at the sheet list names it.
 */
async function inspect(context: Excel.RequestContext, batcher: RequestBatcher, plan: WritePlan, mode: NotesMode) {
  const list = await queueSheetList(context, batcher);
  const works: SheetWork[] = [];
  for (const ops of plan.sheets) {
    await batcher.reserve(OP_OVERHEAD_BYTES * 3);
    const ws = context.workbook.worksheets.getItem(ops.sheet);
    const merged = queueMergedAreas(ws);
    works.push({
      ops, ws, merged, merges: [], owned: [], ownedByKey: new Map(), flagCells: [], noteCells: [], widths: [],
      ownedFormat: new Map(), fillOriginal: new Map(), noteExists: new Set(), widthOriginal: new Map(),
    });
  }
  // A cell holds a note or a threaded comment, not both: either kind already there keeps its place.
  let comments: Excel.CommentCollection | null = null;
  let notes: Excel.NoteCollection | null = null;
  if (mode !== 'none') {
    comments = context.workbook.comments;
    comments.load('items/id');
  }
  // The workbook's notes, to be located with the comments: far fewer than the flagged cells.
  if (mode === 'notes') {
    notes = context.workbook.notes;
    notes.load('items/authorName');
  }
  try {
    await batcher.sync();
  } catch (e) {
    batcher.reset();
    if (officeErrorCode(e) !== 'ItemNotFound') throw unavailableError(e);
    const again = await queueSheetList(context, batcher);
    try {
      await batcher.sync();
    } catch (e2) {
      throw unavailableError(e2);
    }
    const missing = plan.sheets.find((s) => !again().sheets.some((x) => x.name === s.sheet));
    throw missing ? missingSheetError(missing.sheet, e) : unavailableError(e);
  }
  for (const w of works) {
    w.merges = mergedAreasOf(w.merged);
    prepare(w);
  }
  return { list: list(), works, comments, notes };
}

/** What a sheet's ops come to in cells: owned cells, coloured cells (whole merged areas), note cells. */
function prepare(w: SheetWork): void {
  w.owned = lastWins(w.ops.cells);
  w.ownedByKey = new Map(w.owned.map((c) => [cellKey(c.row, c.col), c]));
  const areaOf = (row: number, col: number): Area => w.merges.find((m) => areaContains(m, row, col)) ?? cellArea({ row, col });
  const flagCells: FlagCell[] = [];
  const noteCells: NoteCell[] = [];
  for (const flag of w.ops.flags) {
    const area = areaOf(flag.row, flag.col);
    for (let row = area.top; row <= area.bottom; row++) {
      for (let col = area.left; col <= area.right; col++) flagCells.push({ row, col, severity: flag.severity });
    }
    noteCells.push({ row: area.top, col: area.left, note: [...flag.note].slice(0, MAX_CELL_CHARS).join('') });
  }
  w.flagCells = lastWins(flagCells);
  w.noteCells = lastWins(noteCells);
  const widths = new Map<number, number>();
  for (const { col, width } of w.ops.columnWidths) widths.set(col, width);
  w.widths = [...widths].map(([col, width]) => ({ col, width }));
}

interface OwnedProbe {
  work: SheetWork;
  area: Area;
  range: Excel.Range;
}

interface CellProps {
  work: SheetWork;
  area: Area;
  kind: 'owned' | 'fill';
  result: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

/**
 * Second batch: everything the record needs from before the write, and the proof that the owned
 * cells are still free. Formats come back per block when uniform (the usual case: blank columns),
 * every block of an address list in one load of `RangeAreas.areas`; blocks whose cells differ are
 * read cell by cell in one more batch. The workbook's notes and comments loaded by `inspect` are
 * located here, so a flagged cell that already has one keeps it.
 */
async function readOriginals(
  batcher: RequestBatcher, works: SheetWork[], patterns: boolean,
  comments: Excel.CommentCollection | null, existingNotes: Excel.NoteCollection | null,
): Promise<void> {
  const fillLoads = fillProps(patterns).map((p) => `format/fill/${p}`);
  const ownedLoad = ['address', 'formulas', 'numberFormat', 'format/wrapText', 'format/font/bold', ...fillLoads].map((n) => `items/${n}`).join(',');
  const fillLoad = ['address', ...fillLoads].map((n) => `items/${n}`).join(',');
  const ownedLists: { work: SheetWork; areas: Excel.RangeCollection }[] = [];
  const fillLists: { work: SheetWork; areas: Excel.RangeCollection }[] = [];
  const widths: { work: SheetWork; col: number; format: Excel.RangeFormat }[] = [];
  // One load per address list reads every block in it (its items along their navigation paths).
  const queueAreas = async (work: SheetWork, blocks: Area[], load: string, bytesPerCell: number, into: typeof ownedLists) => {
    for (const list of areaLists(blocks)) {
      const cells = list.areas.reduce((n, a) => n + areaSize(a), 0);
      await batcher.reserve(OP_OVERHEAD_BYTES * 3 + list.address.length + list.areas.length * OP_OVERHEAD_BYTES + cells * bytesPerCell);
      const areas = work.ws.getRanges(list.address).areas;
      areas.load(load);
      into.push({ work, areas });
    }
  };
  for (const work of works) {
    await queueAreas(work, blocksOf(work.owned), ownedLoad, 32, ownedLists);
    await queueAreas(work, blocksOf(work.flagCells), fillLoad, 0, fillLists);
    for (const { col } of work.widths) {
      await batcher.reserve(OP_OVERHEAD_BYTES * 2);
      const format = work.ws.getRangeByIndexes(0, col - 1, 1, 1).format;
      format.load('columnWidth,useStandardWidth');
      widths.push({ work, col, format });
    }
  }
  const located: Excel.Range[] = [];
  for (const comment of [...(comments?.items ?? []), ...(existingNotes?.items ?? [])]) {
    await batcher.reserve(OP_OVERHEAD_BYTES * 2);
    const range = comment.getLocation();
    range.load('address');
    located.push(range);
  }
  await batcher.flush();

  const probes = (lists: typeof ownedLists): OwnedProbe[] =>
    lists.flatMap(({ work, areas }) => areas.items.map((range) => ({ work, area: splitSheetAddress(range.address).area, range })));
  const owned = probes(ownedLists);
  const fills = probes(fillLists);
  for (const { work, area, range } of owned) {
    const formulas = range.formulas;
    for (let r = 0; r <= area.bottom - area.top; r++) {
      for (let c = 0; c <= area.right - area.left; c++) {
        const f = formulas[r]?.[c] as unknown;
        const row = area.top + r;
        const col = area.left + c;
        const merged = work.merges.some((m) => areaContains(m, row, col));
        if ((f !== '' && f !== null && f !== undefined) || merged) {
          const at = `'${work.ops.sheet}'!${rangeAddress(cellArea({ row, col }))}`;
          throw planConflictError(`The write plan would overwrite a user's cell: ${at}`, `写入计划会覆盖用户单元格 ${at}`);
        }
      }
    }
  }

  const mixed: CellProps[] = [];
  const cellPropsOptions: Excel.CellPropertiesLoadOptions = {
    format: {
      fill: patterns ? { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true } : { color: true },
      font: { bold: true },
      wrapText: true,
    },
  };
  const queueMixed = async (work: SheetWork, area: Area, kind: 'owned' | 'fill', range: Excel.Range) => {
    const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    await batcher.reserve(OP_OVERHEAD_BYTES + cells * 200);
    mixed.push({ work, area, kind, result: range.getCellProperties(cellPropsOptions) });
  };
  for (const { work, area, range } of owned) {
    const fill = officeFillOf(range.format.fill, patterns);
    const bold = range.format.font.bold as boolean | null;
    const wrap = range.format.wrapText as boolean | null;
    const nf = range.numberFormat;
    if (fill === 'mixed' || typeof bold !== 'boolean' || typeof wrap !== 'boolean') {
      await queueMixed(work, area, 'owned', range);
    }
    for (let r = 0; r <= area.bottom - area.top; r++) {
      for (let c = 0; c <= area.right - area.left; c++) {
        work.ownedFormat.set(cellKey(area.top + r, area.left + c), {
          numberFormat: String(nf[r]?.[c] ?? 'General') || 'General',
          bold: bold === true,
          wrap: wrap === true,
          fill: fill === 'mixed' ? null : fill,
        });
      }
    }
  }
  for (const { work, area, range } of fills) {
    const fill = officeFillOf(range.format.fill, patterns);
    if (fill === 'mixed') await queueMixed(work, area, 'fill', range);
    for (let r = 0; r <= area.bottom - area.top; r++) {
      for (let c = 0; c <= area.right - area.left; c++) work.fillOriginal.set(cellKey(area.top + r, area.left + c), fill === 'mixed' ? null : fill);
    }
  }
  for (const range of located) {
    const at = splitSheetAddress(range.address);
    for (const work of works) if (work.ops.sheet === at.sheet) work.noteExists.add(cellKey(at.area.top, at.area.left));
  }
  for (const { work, col, format } of widths) {
    work.widthOriginal.set(col, format.useStandardWidth ? null : pointsToWidth(format.columnWidth));
  }
  await batcher.flush();

  for (const m of mixed) {
    const props2 = m.result.value;
    for (let r = 0; r <= m.area.bottom - m.area.top; r++) {
      for (let c = 0; c <= m.area.right - m.area.left; c++) {
        const key = cellKey(m.area.top + r, m.area.left + c);
        const format = props2[r]?.[c]?.format;
        const fill = officeFillOf(format?.fill ?? {}, patterns);
        const exact = fill === 'mixed' ? null : fill;
        if (m.kind === 'fill') {
          m.work.fillOriginal.set(key, exact);
          continue;
        }
        const before = m.work.ownedFormat.get(key);
        if (before) m.work.ownedFormat.set(key, { ...before, bold: format?.font?.bold === true, wrap: format?.wrapText === true, fill: exact });
      }
    }
  }
}

function buildRecord(works: SheetWork[], summarySheet: string | null, mode: NotesMode): WriteRecord {
  const record: WriteRecord = {
    version: 1,
    sheets: works.map((w) => ({
      sheet: w.ops.sheet,
      owned: w.owned.map((c) => {
        const original = recordOwnedStyle(w.ownedFormat.get(cellKey(c.row, c.col)) ?? { numberFormat: 'General', bold: false, wrap: false, fill: null });
        return { row: c.row, col: c.col, ...(original ? { original } : {}) };
      }),
      inputs: w.owned.filter((c) => c.input).map((c) => ({ row: c.row, col: c.col })),
      fills: w.flagCells.map((c) => ({ row: c.row, col: c.col, original: recordFill(w.fillOriginal.get(cellKey(c.row, c.col)) ?? null) })),
      notes: mode === 'none' ? [] : w.noteCells.filter((n) => !w.noteExists.has(cellKey(n.row, n.col))).map((n) => ({ row: n.row, col: n.col })),
      widths: w.widths.map(({ col }) => ({ col, original: w.widthOriginal.get(col) ?? null })),
    })),
    summarySheet,
  };
  if (mode === 'comments') record.noteKind = 'comments';
  return record;
}

const solid = (argb: string): OfficeFill => ({ color: hexOf(argb), pattern: 'Solid' });

/** The record in column A of the very hidden record sheet: a new one, or the emptied one of the previous check. */
async function writeRecordSheet(context: Excel.RequestContext, batcher: RequestBatcher, record: WriteRecord, reuse: boolean): Promise<void> {
  const chunks = encodeRecord(record);
  await batcher.reserve(OP_OVERHEAD_BYTES * 2);
  const sheet = reuse ? context.workbook.worksheets.getItem(RECORD_SHEET) : context.workbook.worksheets.add(RECORD_SHEET);
  sheet.visibility = 'VeryHidden';
  // Pieces go in as many writes as the budget needs; JSON doubles every quote and backslash in them.
  const room = batcher.budget - OP_OVERHEAD_BYTES * 3;
  for (let i = 0; i < chunks.length; ) {
    let bytes = 0;
    let end = i;
    while (end < chunks.length && (end === i || bytes + jsonBytes(chunks[end]) + 16 <= room)) bytes += jsonBytes(chunks[end++]) + 16;
    const part = chunks.slice(i, end);
    await batcher.reserve(bytes + OP_OVERHEAD_BYTES * 3);
    const range = sheet.getRange(`A${i + 1}:A${end}`);
    range.numberFormat = part.map(() => ['@']);
    range.values = part.map((c) => [c]);
    i = end;
  }
}

/** A copy's source and some of its targets, read back after the copy to see that it moved the references. */
interface CopyProbe {
  copy: FormulaCopy;
  source: Excel.Range;
  targets: { sheet: string; cell: CellRef; range: Excel.Range }[];
}

/**
 * The formulas the sheets' writes left out, copied from their sources once every sheet is written
 * (a copy takes the formula its source holds when it runs). Each copy's source and its first and
 * last target are read back in the same batch, for `checkCopies`: a target the copy did not reach
 * or did not move the references of shows there.
 */
async function writeCopies(batcher: RequestBatcher, works: SheetWork[], copies: FormulaCopy[], queued: (cells: number) => void): Promise<CopyProbe[]> {
  const bySheet = new Map(works.map((w) => [w.ops.sheet, w.ws]));
  const probes: CopyProbe[] = [];
  const probe = async (sheet: string, cell: CellRef, responseBytes: number) => {
    await batcher.reserve(OP_OVERHEAD_BYTES * 2 + responseBytes);
    const range = (bySheet.get(sheet) as Excel.Worksheet).getRange(rangeAddress(cellArea(cell)));
    range.load('formulas');
    return range;
  };
  for (const copy of copies) {
    const from = `${quotedSheetName(copy.source.sheet)}!${rangeAddress(cellArea(copy.source))}`;
    for (const { sheet, cells } of copy.targets) {
      await forAreas(batcher, bySheet.get(sheet) as Excel.Worksheet, blocksOf(cells), (r) => r.copyFrom(from, 'Formulas'), from.length);
      queued(cells.length);
    }
    const first = copy.targets[0];
    const last = copy.targets[copy.targets.length - 1];
    const firstCell = first?.cells[0];
    const lastCell = last?.cells[last.cells.length - 1];
    if (!first || !last || !firstCell || !lastCell) continue;
    const bytes = jsonBytes(copy.formula);
    probes.push({
      copy,
      source: await probe(copy.source.sheet, copy.source, bytes),
      targets: [
        { sheet: first.sheet, cell: firstCell, range: await probe(first.sheet, firstCell, bytes) },
        { sheet: last.sheet, cell: lastCell, range: await probe(last.sheet, lastCell, bytes) },
      ],
    });
  }
  return probes;
}

/**
 * The copies whose targets do not hold their source's formula moved to them (an Excel that pastes
 * differently from the one the adapter was tried on) get their formulas written cell by cell.
 */
async function checkCopies(batcher: RequestBatcher, works: SheetWork[], probes: CopyProbe[]): Promise<void> {
  const text = (r: Excel.Range) => String(r.formulas[0]?.[0] ?? '');
  const shapeAt = (formula: string, cell: CellRef) => (formula.startsWith('=') ? formulaShape(formula.slice(1), cell.row, cell.col) : null);
  const failed = probes.filter(({ copy, source, targets }) => {
    const expected = shapeAt(text(source), copy.source);
    return expected === null || targets.some((t) => shapeAt(text(t.range), t.cell) !== expected);
  });
  for (const { copy } of failed) {
    for (const { sheet, cells } of copy.targets) {
      const work = works.find((w) => w.ops.sheet === sheet) as SheetWork;
      for (const b of blocksOf(cells)) {
        const formulas = areaRows(b, (row, col) => formulaInput(null, work.ownedByKey.get(cellKey(row, col))?.formula));
        await batcher.reserve(writeBytes(formulas));
        rangeOf(work.ws, b).formulas = formulas;
      }
    }
  }
  await batcher.flush();
}

/** `queued(n)`: n more cells' writes are queued (for the write's progress). */
async function writeSheet(
  batcher: RequestBatcher, context: Excel.RequestContext, w: SheetWork, mode: NotesMode, patterns: boolean, copied: ReadonlySet<string>,
  queued: (cells: number) => void,
): Promise<number> {
  for (const b of blocksOf(w.owned.filter((c) => c.numFmt !== undefined))) {
    const formats = areaRows(b, (row, col) => w.ownedByKey.get(cellKey(row, col))?.numFmt ?? null);
    await batcher.reserve(writeBytes(formats));
    rangeOf(w.ws, b).numberFormat = formats;
  }
  for (const b of blocksOf(w.owned)) {
    // A cell a copy fills stays null here: Office.js leaves a cell written null as it is.
    const formulas = areaRows(b, (row, col) => {
      const key = cellKey(row, col);
      const c = w.ownedByKey.get(key) as OwnedCell;
      return copied.has(key) ? null : formulaInput(c.value, c.formula);
    });
    const written = formulas.reduce((n, line) => n + line.filter((f) => f !== null).length, 0);
    if (written > 0) {
      await batcher.reserve(writeBytes(formulas));
      rangeOf(w.ws, b).formulas = formulas as (string | number)[][];
    }
    queued(written);
  }
  await forAreas(batcher, w.ws, blocksOf(w.owned.filter((c) => c.bold)), (r) => {
    r.format.font.bold = true;
  });
  await forAreas(batcher, w.ws, blocksOf(w.owned.filter((c) => c.wrap)), (r) => {
    r.format.wrapText = true;
  });
  // One colour per cell: a flag's over an owned cell's own (a flagged input cell shows the flag).
  const flagged = new Set(w.flagCells.map((c) => cellKey(c.row, c.col)));
  const byFill = new Map<string, CellRef[]>();
  const paint = (argb: string, c: CellRef) => {
    const list = byFill.get(argb);
    if (list) list.push(c);
    else byFill.set(argb, [c]);
  };
  for (const c of w.owned) if (c.fill !== undefined && !flagged.has(cellKey(c.row, c.col))) paint(c.fill, c);
  for (const c of w.flagCells) paint(FILL[c.severity], c);
  for (const [argb, cells] of byFill) {
    await forAreas(batcher, w.ws, blocksOf(cells), (r) => setFill(r.format.fill, solid(argb), patterns));
  }
  queued(w.flagCells.length);
  let notes = 0;
  if (mode !== 'none') {
    for (const n of w.noteCells) {
      if (w.noteExists.has(cellKey(n.row, n.col))) continue;
      await batcher.reserve(OP_OVERHEAD_BYTES * 2 + utf8Length(n.note));
      const address = rangeAddress(cellArea(n));
      // A note takes its cell as an address (shorter than a range's path in the request).
      if (mode === 'notes') context.workbook.notes.add(`${quotedSheetName(w.ops.sheet)}!${address}`, n.note);
      else context.workbook.comments.add(w.ws.getRange(address), n.note);
      notes++;
    }
  }
  for (const { col, width } of w.widths) {
    await batcher.reserve(OP_OVERHEAD_BYTES * 2);
    w.ws.getRangeByIndexes(0, col - 1, 1, 1).format.columnWidth = widthToPoints(width);
  }
  return notes;
}

/**
 * 检查汇总, as the command line writes it: header rows (the first row, and each first row after an
 * empty one) bold on grey, links as HYPERLINK formulas (WPS and LibreOffice follow them too), the top
 * row frozen.
 */
async function writeSummary(
  context: Excel.RequestContext, batcher: RequestBatcher, summary: WritePlan['summary'], name: string, patterns: boolean, reuse: boolean,
): Promise<void> {
  await batcher.reserve(OP_OVERHEAD_BYTES * 2);
  const ws = reuse ? context.workbook.worksheets.getItem(name) : context.workbook.worksheets.add(name);
  const { width, data, headers, links } = summaryLayout(summary);
  const rowsPerWrite = Math.max(1, Math.floor(1000 / width));
  for (let top = 0; top < data.length; top += rowsPerWrite) {
    const part = data.slice(top, top + rowsPerWrite);
    if (part.every((line) => line.every((x) => x === null))) continue;
    await batcher.reserve(writeBytes(part));
    rangeOf(ws, { top: top + 1, left: 1, bottom: top + part.length, right: width }).formulas = part as (string | number)[][];
  }
  await forAreas(batcher, ws, blocksOf(links), (r) => {
    r.format.font.color = LINK_COLOR;
    r.format.font.underline = 'Single';
  });
  await forAreas(batcher, ws, blocksOf(headers), (r) => {
    r.format.font.bold = true;
    setFill(r.format.fill, solid(FILL.header), patterns);
  });
  for (let j = 0; j < summary.columnWidths.length; j++) {
    await batcher.reserve(OP_OVERHEAD_BYTES * 2);
    ws.getRangeByIndexes(0, j, 1, 1).format.columnWidth = widthToPoints(summary.columnWidths[j] as number);
  }
  await batcher.reserve(OP_OVERHEAD_BYTES);
  ws.freezePanes.freezeRows(1);
}

/**
 * Writes a plan into the open workbook: owned cells as 2D blocks (values, formulas, number formats),
 * bold/wrap/fills through range areas, flags' fills and notes (or comments), column widths, the
 * summary sheet and the very hidden record sheet that `clearWritePlan` undoes. A previous result is
 * cleared first, so checking twice gives what checking once does.
 *
 * Refused before any change: a protected plan sheet or workbook structure, a missing sheet, an owned
 * cell that is no longer free. A failure while writing is rolled back from the record kept in
 * memory (the record sheet is written first, so even a rollback cut short can be cleared later).
 *
 * Syncs on a workbook without a previous result: inspect (sheets, protection, merges, notes and
 * comments), originals (formats under owned and flagged cells, where the notes are, widths), write.
 * One more when a block's formats are mixed; more batches only when the data exceeds the budget.
 * Formulas that repeat (the same formula one row or one table further down) are written once and
 * copied (formula-copies.ts), which takes the request for a large workbook from 73 MB to about 21.
 */
export async function applyWritePlan(context: Excel.RequestContext, plan: WritePlan, options: ApplyOptions): Promise<ApplyStats> {
  checkPlanShape(plan);
  const mode = options.notes;
  const detected = options.support ?? detectNotesMode();
  const support: NotesMode = RANK[detected] >= RANK[mode] ? detected : mode;
  const patterns = options.fillPatterns ?? supportsFillPatterns();
  const batcher = new RequestBatcher(context, options.budgetBytes ?? REQUEST_BUDGET_BYTES);
  const env: RestoreEnv = { context, batcher, patterns, support };

  let inspected = await inspect(context, batcher, plan, mode);
  refuseProtected(plan, inspected.list);
  let replacedPrevious = false;
  // A previous result's summary and record sheets are emptied and written again, never deleted and
  // added: deleting a sheet wipes the user's undo history in Excel.
  const reuseRecord = hasSheet(inspected.list, RECORD_SHEET);
  let kept = options.keptSummarySheet ?? null;
  if (reuseRecord) {
    const previous = await clearRecorded(env, inspected.list, false, { sheets: true });
    if (previous !== null) {
      replacedPrevious = true;
      kept = previous.summarySheet;
      inspected = await inspect(context, batcher, plan, mode);
    }
  }
  const { list, works, comments, notes: existingNotes } = inspected;
  const reuseSummary = kept !== null && hasSheet(list, kept) && plan.summary.rows.length > 0;
  const summaryName = plan.summary.rows.length === 0 ? null : reuseSummary ? kept : uniqueSheetName(list, plan.summary.name);
  if (kept !== null && !reuseSummary && hasSheet(list, kept)) {
    await batcher.reserve(OP_OVERHEAD_BYTES);
    context.workbook.worksheets.getItem(kept).delete();
  }
  try {
    await readOriginals(batcher, works, patterns, comments, existingNotes);
  } catch (e) {
    if (e instanceof ExcelHostError) throw e;
    throw unavailableError(e);
  }
  const record = buildRecord(works, summaryName, mode);

  let notes = 0;
  const sheetCells = (w: SheetWork) => w.owned.length + w.flagCells.length;
  const summaryCells = summaryName === null ? 0 : plan.summary.rows.reduce((n, row) => n + row.filter((v) => v !== null && v !== '').length, 0);
  const total = works.reduce((n, w) => n + sheetCells(w), summaryCells);
  let written = 0;
  const queued = (cells: number) => {
    written += cells;
  };
  const report = options.onProgress;
  let copying = false;
  try {
    await report?.(0, total);
    if (report) batcher.onSent = () => report(written, total);
    await writeRecordSheet(context, batcher, record, reuseRecord);
    const { copies, copied } = options.copyFormulas === false ? { copies: [], copied: new Map<string, Set<string>>() } : formulaCopies(works.map((w) => ({ sheet: w.ops.sheet, cells: w.owned })));
    for (const w of works) notes += await writeSheet(batcher, context, w, mode, patterns, copied.get(w.ops.sheet) ?? new Set(), queued);
    copying = copies.length > 0;
    const probes = await writeCopies(batcher, works, copies, queued);
    if (summaryName !== null) await writeSummary(context, batcher, plan.summary, summaryName, patterns, reuseSummary);
    written = total;
    await batcher.flush();
    await checkCopies(batcher, works, probes);
  } catch (e) {
    batcher.onSent = null;
    batcher.reset();
    try {
      await restoreRecord(env, record, new Set(list.sheets.map((s) => s.name)), false);
    } catch (e2) {
      throw rollbackFailedError(e, e2);
    }
    // An Excel that refuses the copies (a call or an argument it does not take) gets every formula written.
    if (copying && COPY_REFUSALS.has(officeErrorCode(e) ?? '')) {
      const again = await applyWritePlan(context, plan, { ...options, copyFormulas: false });
      return { ...again, syncs: again.syncs + batcher.syncs };
    }
    throw writeFailedError(e);
  }
  batcher.onSent = null;
  return {
    syncs: batcher.syncs,
    summarySheet: summaryName,
    replacedPrevious,
    ownedCells: works.reduce((n, w) => n + w.owned.length, 0),
    flaggedCells: works.reduce((n, w) => n + w.flagCells.length, 0),
    notes,
  };
}

function refuseProtected(plan: WritePlan, list: SheetList): void {
  const locked = plan.sheets.map((s) => s.sheet).filter((name) => list.sheets.some((s) => s.name === name && s.protected));
  if (locked.length > 0) throw protectedError(locked, false);
  if (list.workbookProtected) throw protectedError([], true);
}
