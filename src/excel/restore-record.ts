/// <reference types="office-js" />
import { RECORD_SHEET, type WriteRecord } from '../core/plan/write-plan';
import type { Area } from '../core/snapshot';
import type { RecordedInput } from '../xlsx/read-inputs';
import { cellKey } from './a1';
import type { RequestBatcher } from './batcher';
import { fillKey, fillToRestore, ownedFormatToRestore, widthToPoints, type OfficeFill, type OwnedFormat } from './fill-codec';
import { firstOfEachCell, groupBy } from './cell-groups';
import { ExcelHostError } from './host-error';
import { OP_OVERHEAD_BYTES } from './limits';
import type { NotesMode } from './api-support';
import { forAreas, queueNote, rangeOf, setFill, splitSheetAddress, writeBytes } from './office-ops';
import { blocksOf } from './rectangles';
import { withoutKeptInputs } from '../core/plan/kept-inputs';
import { typedEntries } from '../addin/typed-entries';

export type { RecordedInput };

type SheetRecord = WriteRecord['sheets'][number];

export interface RestoreEnv {
  context: Excel.RequestContext;
  batcher: RequestBatcher;
  /** Fill patterns and tints are available (ExcelApi 1.15). */
  patterns: boolean;
  /** What this Excel can do with notes and comments. */
  support: NotesMode;
}

export function notesUnsupportedError(kind: 'notes' | 'comments'): ExcelHostError {
  return new ExcelHostError(
    'notes-unsupported',
    kind === 'notes'
      ? '此版本 Excel 不支持通过加载项删除批注（需要 ExcelApi 1.18），无法清除检查结果；请更新 Excel 或用命令行清除。工作簿未作任何改动'
      : '此版本 Excel 不支持通过加载项删除批注（需要 ExcelApi 1.10），无法清除检查结果；请更新 Excel 或用命令行清除。工作簿未作任何改动',
    `This Excel cannot remove ${kind === 'notes' ? 'notes (needs ExcelApi 1.18)' : 'comments (needs ExcelApi 1.10)'} from an add-in, so the result cannot be cleared; update Excel or clear it with the command line. Nothing was changed`,
  );
}

/** Puts back the formats of owned cells and empties them. */
async function restoreOwned(env: RestoreEnv, ws: Excel.Worksheet, owned: { row: number; col: number; original?: unknown }[]): Promise<void> {
  if (owned.length === 0) return;
  const formats = new Map<string, OwnedFormat>(owned.map((o) => [cellKey(o.row, o.col), ownedFormatToRestore(o.original)]));
  const blocks = blocksOf(owned);
  await forAreas(env.batcher, ws, blocks, (r) => r.clear('Contents'));
  for (const b of blocks) {
    const nf: string[][] = [];
    for (let row = b.top; row <= b.bottom; row++) {
      const line: string[] = [];
      for (let col = b.left; col <= b.right; col++) line.push(formats.get(cellKey(row, col))?.numberFormat ?? 'General');
      nf.push(line);
    }
    await env.batcher.reserve(writeBytes(nf));
    rangeOf(ws, b).numberFormat = nf;
  }
  const withFormat = owned.map((o) => ({ ...o, format: formats.get(cellKey(o.row, o.col)) as OwnedFormat }));
  for (const [bold, cells] of groupBy(withFormat, (c) => String(c.format.bold))) {
    await forAreas(env.batcher, ws, blocksOf(cells), (r) => {
      r.format.font.bold = bold === 'true';
    });
  }
  for (const [wrap, cells] of groupBy(withFormat, (c) => String(c.format.wrap))) {
    await forAreas(env.batcher, ws, blocksOf(cells), (r) => {
      r.format.wrapText = wrap === 'true';
    });
  }
  for (const cells of groupBy(withFormat, (c) => fillKey(c.format.fill)).values()) {
    const fill = (cells[0] as (typeof withFormat)[number]).format.fill;
    await forAreas(env.batcher, ws, blocksOf(cells), (r) => setFill(r.format.fill, fill, env.patterns));
  }
}

async function restoreFills(env: RestoreEnv, ws: Excel.Worksheet, fills: SheetRecord['fills']): Promise<void> {
  const restored = firstOfEachCell(fills).map((f) => ({ row: f.row, col: f.col, fill: fillToRestore(f.original) }));
  for (const cells of groupBy(restored, (c) => fillKey(c.fill)).values()) {
    const fill: OfficeFill | null = (cells[0] as (typeof restored)[number]).fill;
    await forAreas(env.batcher, ws, blocksOf(cells), (r) => setFill(r.format.fill, fill, env.patterns));
  }
}

async function restoreWidths(env: RestoreEnv, ws: Excel.Worksheet, widths: SheetRecord['widths']): Promise<void> {
  const seen = new Set<number>();
  for (const w of widths) {
    if (seen.has(w.col)) continue;
    seen.add(w.col);
    await env.batcher.reserve(OP_OVERHEAD_BYTES * 2);
    const format = ws.getRangeByIndexes(0, w.col - 1, 1, 1).format;
    if (w.original === null) format.useStandardWidth = true;
    else format.columnWidth = widthToPoints(w.original);
  }
}

/** Empties a sheet the add-in owns (contents, formats, widths, frozen rows), keeping the sheet itself. */
export function emptySheet(sheet: Excel.Worksheet): void {
  const all = sheet.getRange();
  all.clear('All');
  all.format.useStandardWidth = true;
  sheet.freezePanes.unfreeze();
}

interface Probes {
  notes: { sheet: string; note: Excel.Note }[];
  comments: Excel.CommentCollection | null;
  inputs: { sheet: string; area: Area; range: Excel.Range }[];
  summary: Excel.Worksheet | null;
  record: Excel.Worksheet;
}

/** The entries of a loaded block of input cells (`values,formulas`): what the user typed, empty cells left out. */
export function inputEntries(p: { sheet: string; area: Area; range: Excel.Range }): RecordedInput[] {
  return typedEntries(p.sheet, p.area, p.range.values, p.range.formulas);
}

/**
 * Undoes what a record lists: notes (or comments) the add-in added, the original fills of flagged
 * cells, the owned cells (emptied, their formats back), column widths, then the summary and record
 * sheets. Tolerant of what is not there (a note the user deleted, a write that never happened), so
 * it also rolls back a write that failed midway. Sheets in `present` are the ones to touch.
 * `keepTyped` (with `readInputs`): the input cells the user typed into stay, with their labels.
 * `keepSheets` (a re-check): the summary and record sheets are emptied, not deleted, because deleting
 * a sheet wipes Excel's undo history and the check writes them again at once.
 *
 * Syncs: one to find what exists (and read the input cells when asked), one more only when comments
 * must be located, then the restore itself in batches under the budget.
 */
export async function restoreRecord(
  env: RestoreEnv, record: WriteRecord, present: Set<string>, readInputs: boolean, keepTyped = false, keepSheets = false,
): Promise<RecordedInput[]> {
  const { context, batcher } = env;
  const kind = record.noteKind ?? 'notes';
  const special = (name: string) => name === RECORD_SHEET || name === record.summarySheet;
  const sheets = record.sheets.filter((s) => present.has(s.sheet) && !special(s.sheet));
  const hasNotes = sheets.some((s) => s.notes.length > 0);
  if (hasNotes && kind === 'notes' && env.support !== 'notes') throw notesUnsupportedError('notes');
  if (hasNotes && kind === 'comments' && env.support === 'none') throw notesUnsupportedError('comments');

  const worksheets = context.workbook.worksheets;
  const probes: Probes = { notes: [], comments: null, inputs: [], summary: null, record: worksheets.getItemOrNullObject(RECORD_SHEET) };
  probes.record.load('name');
  if (record.summarySheet !== null) {
    probes.summary = worksheets.getItemOrNullObject(record.summarySheet);
    probes.summary.load('name');
  }
  await batcher.reserve(OP_OVERHEAD_BYTES * 2);
  for (const s of sheets) {
    const ws = worksheets.getItem(s.sheet);
    if (kind === 'notes') {
      for (const n of firstOfEachCell(s.notes)) {
        await batcher.reserve(OP_OVERHEAD_BYTES * 2);
        const note = queueNote(context, s.sheet, n);
        probes.notes.push({ sheet: s.sheet, note });
      }
    }
    if (readInputs) {
      for (const area of blocksOf(s.inputs ?? [])) {
        await batcher.reserve(OP_OVERHEAD_BYTES + (area.bottom - area.top + 1) * (area.right - area.left + 1) * 64);
        const range = rangeOf(ws, area);
        range.load('values,formulas');
        probes.inputs.push({ sheet: s.sheet, area, range });
      }
    }
  }
  if (kind === 'comments' && hasNotes) {
    probes.comments = context.workbook.comments;
    probes.comments.load('items/id');
    await batcher.reserve(OP_OVERHEAD_BYTES);
  }
  await batcher.flush();

  const located: { comment: Excel.Comment; range: Excel.Range }[] = [];
  if (probes.comments && probes.comments.items.length > 0) {
    for (const comment of probes.comments.items) {
      await batcher.reserve(OP_OVERHEAD_BYTES * 2);
      const range = comment.getLocation();
      range.load('address');
      located.push({ comment, range });
    }
    await batcher.flush();
  }

  const inputs = probes.inputs.flatMap(inputEntries);
  // Keeping what the user typed: those cells and the labels naming them are left out of the restore.
  const restored = keepTyped ? withoutKeptInputs({ ...record, sheets }, inputs).sheets : sheets;

  for (const s of restored) {
    const ws = worksheets.getItem(s.sheet);
    for (const p of probes.notes) {
      if (p.sheet === s.sheet && !p.note.isNullObject) {
        await batcher.reserve(OP_OVERHEAD_BYTES);
        p.note.delete();
      }
    }
    if (kind === 'comments') {
      for (const { comment, range } of located) {
        const at = splitSheetAddress(range.address);
        if (at.sheet !== s.sheet) continue;
        if (s.notes.some((n) => at.area.top === n.row && at.area.left === n.col)) {
          await batcher.reserve(OP_OVERHEAD_BYTES);
          comment.delete();
        }
      }
    }
    await restoreFills(env, ws, s.fills);
    await restoreOwned(env, ws, firstOfEachCell(s.owned));
    await restoreWidths(env, ws, s.widths);
  }
  if (probes.summary && !probes.summary.isNullObject) {
    await batcher.reserve(OP_OVERHEAD_BYTES * 3);
    if (keepSheets) emptySheet(probes.summary);
    else probes.summary.delete();
  }
  if (!probes.record.isNullObject) {
    await batcher.reserve(OP_OVERHEAD_BYTES * 3);
    if (keepSheets) emptySheet(probes.record);
    else {
      probes.record.visibility = 'Hidden';
      probes.record.delete();
    }
  }
  await batcher.flush();
  return inputs;
}
