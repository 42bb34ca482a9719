/// <reference types="office-js" />
import type { Area } from '../core/snapshot';
import { addressLists, parseAreasAddress, parseRangeAddress, quotedSheetName, rangeAddress, cellArea, type CellRef } from './a1';
import type { RequestBatcher } from './batcher';
import type { OfficeFill } from './fill-codec';
import { jsonBytes, OP_OVERHEAD_BYTES } from './limits';

/** Fill properties to load: the colour, and with ExcelApi 1.15 the pattern and tints. */
export function fillProps(patterns: boolean): string[] {
  return patterns ? ['color', 'pattern', 'patternColor', 'tintAndShade', 'patternTintAndShade'] : ['color'];
}

interface FillLike {
  color?: string | null;
  pattern?: string | null;
  patternColor?: string | null;
  tintAndShade?: number | null;
  patternTintAndShade?: number | null;
}

/**
 * A loaded fill as an `OfficeFill`, or 'mixed' when the range's cells differ (Office.js answers
 * null for a property that is not uniform).
 */
export function officeFillOf(f: FillLike, patterns: boolean): OfficeFill | 'mixed' {
  if (typeof f.color !== 'string') return 'mixed';
  const out: OfficeFill = { color: f.color };
  if (!patterns) return out;
  if (typeof f.pattern !== 'string') return 'mixed';
  out.pattern = f.pattern;
  if (typeof f.patternColor === 'string') out.patternColor = f.patternColor;
  if (typeof f.tintAndShade === 'number') out.tintAndShade = f.tintAndShade;
  else if (f.tintAndShade === null) return 'mixed';
  if (typeof f.patternTintAndShade === 'number') out.patternTintAndShade = f.patternTintAndShade;
  else if (f.patternTintAndShade === null) return 'mixed';
  return out;
}

/**
 * Puts a fill on a range (or range areas); null clears it. With patterns the pattern goes first, so
 * a solid flag colour over a patterned cell shows solid.
 */
export function setFill(fill: Excel.RangeFill, f: OfficeFill | null, patterns: boolean): void {
  if (f === null) {
    fill.clear();
    return;
  }
  if (patterns && f.pattern !== undefined && f.pattern !== 'None') fill.pattern = f.pattern as Excel.FillPattern;
  fill.color = f.color;
  if (!patterns) return;
  if (f.patternColor !== undefined && f.pattern !== 'Solid') fill.patternColor = f.patternColor;
  if (f.tintAndShade !== undefined && f.tintAndShade !== 0) fill.tintAndShade = f.tintAndShade;
  if (f.patternTintAndShade !== undefined && f.patternTintAndShade !== 0) fill.patternTintAndShade = f.patternTintAndShade;
}

/** `Sheet1!A1` or `'My sheet'!A1:B2` as its sheet name and area. */
export function splitSheetAddress(address: string): { sheet: string; area: Area } {
  const bang = address.lastIndexOf('!');
  let sheet = bang >= 0 ? address.slice(0, bang) : '';
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, area: parseRangeAddress(address) };
}

/**
 * Applies `apply` to the cells of `areas` through `worksheet.getRanges()`, one call per address
 * list short enough for Excel, each within the batch budget.
 */
export async function forAreas(
  batcher: RequestBatcher,
  sheet: Excel.Worksheet,
  areas: Area[],
  apply: (ranges: Excel.RangeAreas) => void,
  extraBytes = 0,
): Promise<void> {
  for (const list of addressLists(areas)) {
    await batcher.reserve(OP_OVERHEAD_BYTES * 2 + list.length + extraBytes);
    apply(sheet.getRanges(list));
  }
}

/** Range of an area by indexes (0-based in Office.js). */
export function rangeOf(sheet: Excel.Worksheet, area: Area): Excel.Range {
  return sheet.getRangeByIndexes(area.top - 1, area.left - 1, area.bottom - area.top + 1, area.right - area.left + 1);
}

/** Estimated bytes of writing `data` (a 2D array or any JSON) in one operation. */
export function writeBytes(data: unknown): number {
  return OP_OVERHEAD_BYTES + jsonBytes(data);
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * The note of one cell, through `workbook.notes` with a sheet-qualified address: `worksheet.notes`
 * fails on Excel on the web (office-js issue 6198), the workbook's collection works everywhere.
 * Only `content` is loaded, never the properties Excel on the web lacks (visible, width, height).
 */
export function queueNote(context: Excel.RequestContext, sheet: string, cell: CellRef): Excel.Note {
  const note = context.workbook.notes.getItemOrNullObject(`${quotedSheetName(sheet)}!${rangeAddress(cellArea(cell))}`);
  note.load('content');
  return note;
}

/** Queues the load of a sheet's merged areas (ExcelApi 1.13, the manifest's minimum). */
export function queueMergedAreas(sheet: Excel.Worksheet): Excel.RangeAreas {
  const merged = sheet.getRange().getMergedAreasOrNullObject();
  merged.load('address');
  return merged;
}

/** The areas a `queueMergedAreas` load found, once synced. */
export function mergedAreasOf(merged: Excel.RangeAreas): Area[] {
  return merged.isNullObject ? [] : parseAreasAddress(merged.address);
}
