/// <reference types="office-js" />
import { RECORD_SHEET, type WriteRecord } from '../core/plan/write-plan';
import { RequestBatcher } from './batcher';
import { ExcelHostError, protectedError, unavailableError } from './host-error';
import { OP_OVERHEAD_BYTES, REQUEST_BUDGET_BYTES } from './limits';
import { detectNotesMode, supportsFillPatterns, type NotesMode } from './api-support';
import { decodeRecord, recordChunks } from './record-codec';
import { RECORD_CHUNK } from '../core/plan/record-codec';
import { inputEntries, restoreRecord, type RecordedInput, type RestoreEnv } from './restore-record';
import { blocksOf } from './rectangles';
import { rangeOf } from './office-ops';
import type { Area } from '../core/snapshot';
import { hasSheet, queueSheetList, type SheetList } from './sheet-list';

export interface ClearOptions {
  /** What this Excel can do with notes; detected from `Office.context.requirements` when absent. */
  support?: NotesMode;
  /** Fill patterns and tints (ExcelApi 1.15); detected when absent. */
  fillPatterns?: boolean;
  budgetBytes?: number;
  /** Leave the input cells the user typed into (and their labels) as the user's own cells. */
  keepTyped?: boolean;
  /**
   * Empty the summary and record sheets instead of deleting them (a re-check writes them again at
   * once; deleting a sheet wipes Excel's undo history).
   */
  keepSheets?: boolean;
}

export interface ClearResult {
  cleared: boolean;
  /** The summary sheet emptied for reuse (`keepSheets`), null when there was none. */
  keptSummarySheet: string | null;
  /** What the user typed into the previous check's input cells, for the next plan to carry over. */
  inputs: RecordedInput[];
  syncs: number;
}

/**
 * Reads the record from column A of the record sheet, as many cells per batch as the budget allows
 * (a piece is ASCII, and JSON at most doubles it by escaping quotes and backslashes).
 */
async function readRecord(env: RestoreEnv): Promise<WriteRecord | null> {
  const perBatch = Math.max(1, Math.floor(env.batcher.budget / (2 * RECORD_CHUNK + 64)));
  const sheet = env.context.workbook.worksheets.getItem(RECORD_SHEET);
  const chunks: string[] = [];
  for (let start = 1; ; start += perBatch) {
    const range = sheet.getRange(`A${start}:A${start + perBatch - 1}`);
    range.load('values');
    await env.batcher.sync();
    const got = recordChunks(range.values);
    chunks.push(...got);
    if (got.length < perBatch) break;
  }
  // Emptied by a re-check that did not get to write its own record: nothing to restore.
  return chunks.length === 0 ? null : decodeRecord(chunks);
}

/**
 * Clears the previous result given a sheet list already loaded: reads the record, refuses (before any
 * change) when a sheet it must touch is protected, then restores. Used by `applyWritePlan` too.
 */
export async function clearRecorded(
  env: RestoreEnv, list: SheetList, readInputs: boolean, keep: { typed?: boolean; sheets?: boolean } = {},
): Promise<{ inputs: RecordedInput[]; summarySheet: string | null } | null> {
  const record = await readRecord(env);
  if (record === null) return null;
  const present = new Set(list.sheets.map((s) => s.name));
  const locked = record.sheets.map((s) => s.sheet).filter((name) => list.sheets.some((s) => s.name === name && s.protected));
  if (list.workbookProtected || locked.length > 0) throw protectedError(locked, list.workbookProtected && locked.length === 0);
  const inputs = await restoreRecord(env, record, present, readInputs, keep.typed === true, keep.sheets === true);
  return { inputs, summarySheet: record.summarySheet !== null && present.has(record.summarySheet) ? record.summarySheet : null };
}

/**
 * 清除检查结果 with the input cells read first: returns what the user typed into them, so a re-check
 * can carry it over. Syncs: one when there is nothing to clear; otherwise sheet list, record, probes
 * (notes that still exist, input cells), restore: four (five when comments must be located).
 */
export async function clearWritePlanKeepingInputs(context: Excel.RequestContext, options: ClearOptions = {}): Promise<ClearResult> {
  const batcher = new RequestBatcher(context, options.budgetBytes ?? REQUEST_BUDGET_BYTES);
  const env: RestoreEnv = {
    context,
    batcher,
    patterns: options.fillPatterns ?? supportsFillPatterns(),
    support: options.support ?? detectNotesMode(),
  };
  const list = await queueSheetList(context, batcher);
  try {
    await batcher.sync();
  } catch (e) {
    throw unavailableError(e);
  }
  try {
    const done = hasSheet(list(), RECORD_SHEET)
      ? await clearRecorded(env, list(), true, { typed: options.keepTyped === true, sheets: options.keepSheets === true })
      : null;
    if (done === null) return { cleared: false, keptSummarySheet: null, inputs: [], syncs: batcher.syncs };
    return { cleared: true, keptSummarySheet: options.keepSheets === true ? done.summarySheet : null, inputs: done.inputs, syncs: batcher.syncs };
  } catch (e) {
    if (e instanceof ExcelHostError) throw e;
    throw new ExcelHostError(
      'write-failed',
      `清除检查结果时出错：${e instanceof Error ? e.message : String(e)}。隐藏的检查记录仍在，可再次清除`,
      `Clearing the check result failed: ${e instanceof Error ? e.message : String(e)}. The hidden record is still there, so clearing can be retried`,
      e,
    );
  }
}

/** 清除检查结果: puts the workbook back exactly as before the check. False when there was nothing to clear. */
export async function clearWritePlan(context: Excel.RequestContext, options: ClearOptions = {}): Promise<boolean> {
  return (await clearWritePlanKeepingInputs(context, options)).cleared;
}


/**
 * Whether the workbook holds a result to clear: the record sheet is there and not emptied (a
 * re-check cut short empties it). Changes nothing. Syncs: two (one without a record sheet).
 */
export async function hasRecordedResult(context: Excel.RequestContext): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(RECORD_SHEET);
  sheet.load('name');
  await context.sync();
  if (sheet.isNullObject) return false;
  const first = sheet.getRange('A1');
  first.load('values');
  await context.sync();
  return recordChunks(first.values).length > 0;
}

/**
 * How many entries the user typed into the current result's input cells (实际完成值, 全年执行数), so
 * 清除检查结果 can ask before removing them; 0 without a result. Changes nothing. Syncs: sheet
 * list, record, input cells.
 */
export async function countTypedInputs(context: Excel.RequestContext, options: ClearOptions = {}): Promise<number> {
  const batcher = new RequestBatcher(context, options.budgetBytes ?? REQUEST_BUDGET_BYTES);
  const env: RestoreEnv = { context, batcher, patterns: false, support: options.support ?? detectNotesMode() };
  const list = await queueSheetList(context, batcher);
  try {
    await batcher.sync();
  } catch (e) {
    throw unavailableError(e);
  }
  if (!hasSheet(list(), RECORD_SHEET)) return 0;
  const record = await readRecord(env);
  if (record === null) return 0;
  const present = new Set(list().sheets.map((s) => s.name));
  const probes: { sheet: string; area: Area; range: Excel.Range }[] = [];
  for (const s of record.sheets.filter((x) => present.has(x.sheet))) {
    const ws = context.workbook.worksheets.getItem(s.sheet);
    for (const area of blocksOf(s.inputs ?? [])) {
      await batcher.reserve(OP_OVERHEAD_BYTES + (area.bottom - area.top + 1) * (area.right - area.left + 1) * 64);
      const range = rangeOf(ws, area);
      range.load('values,formulas');
      probes.push({ sheet: s.sheet, area, range });
    }
  }
  await batcher.flush();
  return probes.flatMap(inputEntries).length;
}
