/// <reference types="office-js" />
import { isAddinDataSheet } from '../addin/profile-sheet';
import type { Area, CellValue, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { MAX_CELLS_PER_SHEET } from '../xlsx/read-limits';
import { renderCellText } from '../xlsx/render-cell-text';
import { areaSize } from './a1';
import { isPayloadTooLarge, RequestBatcher } from './batcher';
import { ExcelHostError, tooLargeError, unavailableError } from './host-error';
import { OP_OVERHEAD_BYTES, READ_BYTES_PER_CELL, REQUEST_BUDGET_BYTES } from './limits';
import { mergedAreasOf, queueMergedAreas } from './office-ops';
import { splitArea } from './rectangles';

export interface ReadOptions {
  /** Bytes one batch may carry by our estimate (tests lower it to force splitting). */
  budgetBytes?: number;
  /** Estimated response bytes per cell; doubled on each retry after a batch came back too large. */
  bytesPerCell?: number;
  /** Filled in with what the read cost. */
  stats?: ReadStats;
  /** These sheets alone, by name (a re-check of the sheets the user changed); all but the record when absent. */
  only?: readonly string[];
}

export interface ReadStats {
  syncs: number;
  /** Row blocks loaded (the last attempt's). */
  blocks: number;
  /** Times the cell phase was redone in smaller blocks after Excel refused a batch as too large. */
  retries: number;
}

const MAX_RETRIES = 6;
const LOAD_PROPS = ['values', 'text', 'numberFormat'];

interface SheetGeometry {
  name: string;
  sheet: Excel.Worksheet;
  used: Excel.Range;
  merged: Excel.RangeAreas;
}

interface Block {
  sheet: number;
  area: Area;
  range: Excel.Range;
}

/** Office's value for a cell as the snapshot keeps it: '' (empty) becomes null, errors stay their text. */
export function toCellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/**
 * `range.text` is what the grid shows, so a number in a column too narrow for it comes back as
 * `####`; the snapshot wants the formatted value, as the command line renders it.
 */
export function toCellText(text: unknown, value: CellValue, format: string): string {
  const t = typeof text === 'string' ? text : text === null || text === undefined ? '' : String(text);
  if (typeof value === 'number' && /^#+$/.test(t)) return renderCellText(value, format);
  return t;
}

function union(a: Area | null, b: Area): Area {
  if (!a) return { ...b };
  return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
}

async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof ExcelHostError) throw e;
    throw unavailableError(e);
  }
}

/**
 * Every worksheet except the hidden record sheet as a snapshot, the same one the command line
 * builds from the .xlsx: the used range (cells with values, widened to cover merged areas), raw
 * values, displayed text, number formats and merged areas.
 *
 * Syncs: one for the sheet list, one for every sheet's used range and merged areas, then the cells
 * in row blocks packed into batches under the payload budget: one batch for an ordinary workbook,
 * more only when the cells exceed the budget. The count grows with the volume of cells, never with
 * the number of sheets or tables.
 */
export async function readWorkbookSnapshot(context: Excel.RequestContext, file: string, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const budget = options.budgetBytes ?? REQUEST_BUDGET_BYTES;
  const batcher = new RequestBatcher(context, budget);
  const stats: ReadStats = options.stats ?? { syncs: 0, blocks: 0, retries: 0 };
  try {
    return await guarded(() => readAll(context, file, batcher, budget, options.bytesPerCell ?? READ_BYTES_PER_CELL, stats, options.only));
  } finally {
    stats.syncs = batcher.syncs;
  }
}

async function readAll(
  context: Excel.RequestContext, file: string, batcher: RequestBatcher, budget: number, bytesPerCell: number, stats: ReadStats,
  only: readonly string[] | undefined,
): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets;
  let named: { name: string; sheet: Excel.Worksheet }[];
  if (only) {
    // Named sheets need no sheet list: a name gone since fails the next batch with ItemNotFound.
    named = only.map((name) => ({ name, sheet: worksheets.getItem(name) }));
  } else {
    worksheets.load('items/name');
    await batcher.sync();
    named = worksheets.items.filter((sheet) => !isAddinDataSheet(sheet.name)).map((sheet) => ({ name: sheet.name, sheet }));
  }

  const geometry: SheetGeometry[] = [];
  for (const { name, sheet } of named) {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const merged = queueMergedAreas(sheet);
    await batcher.reserve(3 * OP_OVERHEAD_BYTES);
    geometry.push({ name, sheet, used, merged });
  }
  await batcher.flush();

  const extents: (Area | null)[] = [];
  const merges: Area[][] = [];
  for (const g of geometry) {
    let extent: Area | null = null;
    if (!g.used.isNullObject) {
      extent = {
        top: g.used.rowIndex + 1,
        left: g.used.columnIndex + 1,
        bottom: g.used.rowIndex + g.used.rowCount,
        right: g.used.columnIndex + g.used.columnCount,
      };
    }
    const areas = mergedAreasOf(g.merged);
    areas.sort((a, b) => a.top - b.top || a.left - b.left);
    for (const a of areas) extent = union(extent, a);
    if (extent && areaSize(extent) > MAX_CELLS_PER_SHEET) throw tooLargeError(g.name, areaSize(extent), MAX_CELLS_PER_SHEET);
    extents.push(extent);
    merges.push(areas);
  }

  let blocks: Block[] = [];
  for (let attempt = 0; ; attempt++) {
    try {
      blocks = await loadBlocks(geometry, extents, batcher, budget, bytesPerCell * 2 ** attempt);
      break;
    } catch (e) {
      batcher.reset();
      if (!isPayloadTooLarge(e) || attempt >= MAX_RETRIES) throw e;
      stats.retries++;
    }
  }
  stats.blocks = blocks.length;

  const sheets: SheetSnapshot[] = geometry.map((g, i) => {
    const extent = extents[i] ?? null;
    const sheetMerges = merges[i] ?? [];
    if (!extent) return { name: g.name, origin: { row: 1, col: 1 }, values: [], text: [], formats: [], merges: sheetMerges };
    const height = extent.bottom - extent.top + 1;
    const width = extent.right - extent.left + 1;
    const values: CellValue[][] = Array.from({ length: height }, () => Array<CellValue>(width).fill(null));
    const text: string[][] = Array.from({ length: height }, () => Array<string>(width).fill(''));
    const formats: string[][] = Array.from({ length: height }, () => Array<string>(width).fill('General'));
    for (const b of blocks) {
      if (b.sheet !== i) continue;
      const v = b.range.values;
      const t = b.range.text;
      const f = b.range.numberFormat;
      for (let r = 0; r <= b.area.bottom - b.area.top; r++) {
        const rowValues = values[b.area.top - extent.top + r] as CellValue[];
        const rowText = text[b.area.top - extent.top + r] as string[];
        const rowFormats = formats[b.area.top - extent.top + r] as string[];
        for (let c = 0; c <= b.area.right - b.area.left; c++) {
          const at = b.area.left - extent.left + c;
          const format = String(f[r]?.[c] ?? 'General') || 'General';
          const value = toCellValue(v[r]?.[c]);
          rowValues[at] = value;
          rowText[at] = toCellText(t[r]?.[c], value, format);
          rowFormats[at] = format;
        }
      }
    }
    return { name: g.name, origin: { row: extent.top, col: extent.left }, values, text, formats, merges: sheetMerges };
  });
  return { file, sheets };
}

/** Queues every sheet's cells in blocks sized from the budget and sends them in as few batches as fit. */
async function loadBlocks(
  geometry: SheetGeometry[], extents: (Area | null)[], batcher: RequestBatcher, budget: number, bytesPerCell: number,
): Promise<Block[]> {
  const cellsPerBlock = Math.max(1, Math.floor((budget - OP_OVERHEAD_BYTES) / bytesPerCell));
  const blocks: Block[] = [];
  for (let i = 0; i < geometry.length; i++) {
    const extent = extents[i];
    const g = geometry[i] as SheetGeometry;
    if (!extent) continue;
    for (const area of splitArea(extent, cellsPerBlock)) {
      await batcher.reserve(OP_OVERHEAD_BYTES + areaSize(area) * bytesPerCell);
      const range = g.sheet.getRangeByIndexes(area.top - 1, area.left - 1, area.bottom - area.top + 1, area.right - area.left + 1);
      range.load(LOAD_PROPS);
      blocks.push({ sheet: i, area, range });
    }
  }
  await batcher.flush();
  return blocks;
}
