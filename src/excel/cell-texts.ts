/// <reference types="office-js" />
import type { CellReading, CellTarget, CellText } from '../addin/addin-host';
import { cellArea } from './a1';
import { isPayloadTooLarge, RequestBatcher } from './batcher';
import { OP_OVERHEAD_BYTES, READ_BYTES_PER_CELL, REQUEST_BUDGET_BYTES } from './limits';
import { fixInput } from '../addin/cell-input';
import { rangeOf, writeBytes } from './office-ops';
import { toCellValue } from './read-workbook-snapshot';

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
 * Loads the cells' texts and values in one sync. The response size is only an estimate (a cell
 * holds up to 32,767 characters), so a batch Excel refuses as too large is halved until it fits.
 */
async function loadChunk(context: Excel.RequestContext, targets: readonly CellTarget[]): Promise<CellReading[]> {
  // Fresh proxies for each attempt, so a retry does not lean on objects of a refused batch.
  const cell = cellRanges(context);
  const ranges = targets.map((t) => cell(t).load('text,values'));
  try {
    await context.sync();
  } catch (e) {
    if (!isPayloadTooLarge(e) || targets.length === 1) throw e;
    const half = Math.ceil(targets.length / 2);
    return [...(await loadChunk(context, targets.slice(0, half))), ...(await loadChunk(context, targets.slice(half)))];
  }
  return ranges.map((r) => ({ text: String(r.text[0]?.[0] ?? ''), value: toCellValue(r.values[0]?.[0]) }));
}

/** The cells' displayed texts and values, in the order given: one sync per chunk the budget allows, one for any realistic count. */
export async function readCells(context: Excel.RequestContext, targets: readonly CellTarget[], options: CellBatchOptions = {}): Promise<CellReading[]> {
  const perChunk = Math.max(1, Math.floor((options.budgetBytes ?? REQUEST_BUDGET_BYTES) / READ_BYTES));
  const out: CellReading[] = [];
  for (let i = 0; i < targets.length; i += perChunk) out.push(...(await loadChunk(context, targets.slice(i, i + perChunk))));
  return out;
}

/**
 * Writes each text into its cell. Syncs: one to read what the cells hold (for `cellInput`), one to
 * write them all; more only when the cells exceed the batch budget.
 */
export async function writeCellTexts(context: Excel.RequestContext, entries: readonly CellText[], options: CellBatchOptions = {}): Promise<void> {
  const current = await readCells(context, entries.map((e) => e.target), options);
  const batcher = new RequestBatcher(context, options.budgetBytes ?? REQUEST_BUDGET_BYTES);
  const cell = cellRanges(context);
  for (const [i, e] of entries.entries()) {
    const values = [[fixInput(e.text, current[i]?.value, e.value)]];
    await batcher.reserve(OP_OVERHEAD_BYTES + writeBytes(values));
    cell(e.target).values = values;
  }
  await batcher.flush();
}
