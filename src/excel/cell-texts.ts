/// <reference types="office-js" />
import type { CellTarget, CellText } from '../addin/addin-host';
import { cellArea } from './a1';
import { isPayloadTooLarge, RequestBatcher } from './batcher';
import { OP_OVERHEAD_BYTES, READ_BYTES_PER_CELL, REQUEST_BUDGET_BYTES } from './limits';
import { fixInput } from '../addin/cell-input';
import { rangeOf, writeBytes } from './office-ops';

export interface CellBatchOptions {
  /** Bytes one batch may carry by our estimate (tests lower it to force splitting). */
  budgetBytes?: number;
}

/** Estimated bytes of reading one cell: its range, its load, and the value that comes back. */
const READ_BYTES = 2 * OP_OVERHEAD_BYTES + READ_BYTES_PER_CELL;

type CellRange = (target: CellTarget) => Excel.Range;

/** Single-cell ranges on `context`, each sheet looked up once rather than once per cell. */
function cellRanges(context: Excel.RequestContext): CellRange {
  const sheets = new Map<string, Excel.Worksheet>();
  return (target) => {
    let sheet = sheets.get(target.sheet);
    if (!sheet) {
      sheet = context.workbook.worksheets.getItem(target.sheet);
      sheets.set(target.sheet, sheet);
    }
    return rangeOf(sheet, cellArea(target));
  };
}

/**
 * Loads `prop` of the cells in one sync. The response size is only an estimate (a cell holds up to
 * 32,767 characters), so a batch Excel refuses as too large is halved until it fits.
 */
async function loadChunk(context: Excel.RequestContext, targets: readonly CellTarget[], prop: 'text' | 'values'): Promise<unknown[]> {
  // Fresh proxies for each attempt, so a retry does not lean on objects of a refused batch.
  const cell = cellRanges(context);
  const ranges = targets.map((t) => cell(t).load(prop));
  try {
    await context.sync();
  } catch (e) {
    if (!isPayloadTooLarge(e) || targets.length === 1) throw e;
    const half = Math.ceil(targets.length / 2);
    return [...(await loadChunk(context, targets.slice(0, half), prop)), ...(await loadChunk(context, targets.slice(half), prop))];
  }
  return ranges.map((r) => r[prop][0]?.[0]);
}

/** `prop` of each cell, in order: one sync per chunk the budget allows, one for any realistic count. */
async function loadCells(context: Excel.RequestContext, targets: readonly CellTarget[], prop: 'text' | 'values', options: CellBatchOptions): Promise<unknown[]> {
  const perChunk = Math.max(1, Math.floor((options.budgetBytes ?? REQUEST_BUDGET_BYTES) / READ_BYTES));
  const out: unknown[] = [];
  for (let i = 0; i < targets.length; i += perChunk) out.push(...(await loadChunk(context, targets.slice(i, i + perChunk), prop)));
  return out;
}

/** The cells' displayed texts, in the order given. */
export async function readCellTexts(context: Excel.RequestContext, targets: readonly CellTarget[], options: CellBatchOptions = {}): Promise<string[]> {
  const texts = await loadCells(context, targets, 'text', options);
  return texts.map((t) => String(t ?? ''));
}

/**
 * Writes each text into its cell. Syncs: one to read what the cells hold (for `cellInput`), one to
 * write them all; more only when the cells exceed the batch budget.
 */
export async function writeCellTexts(context: Excel.RequestContext, entries: readonly CellText[], options: CellBatchOptions = {}): Promise<void> {
  const current = await loadCells(context, entries.map((e) => e.target), 'values', options);
  const batcher = new RequestBatcher(context, options.budgetBytes ?? REQUEST_BUDGET_BYTES);
  const cell = cellRanges(context);
  for (const [i, e] of entries.entries()) {
    const values = [[fixInput(e.text, current[i])]];
    await batcher.reserve(OP_OVERHEAD_BYTES + writeBytes(values));
    cell(e.target).values = values;
  }
  await batcher.flush();
}
