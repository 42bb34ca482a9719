import { cellAddress, parseCellAddress } from '../core/address';
import type { Area } from '../core/snapshot';
import { MAX_AREAS_ADDRESS_CHARS } from './limits';

export interface CellRef {
  row: number;
  col: number;
}

/** `A1` for a single cell, `A1:C4` otherwise; no sheet name, no `$`. */
export function rangeAddress(area: Area): string {
  const first = cellAddress(area.top, area.left);
  return area.top === area.bottom && area.left === area.right ? first : `${first}:${cellAddress(area.bottom, area.right)}`;
}

/** A sheet name as a formula reference needs it: always quoted, apostrophes doubled. */
export function quotedSheetName(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** Splits on commas outside quoted sheet names. */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** `Sheet1!A1:B2` (the sheet part optional, quoted or not) as an area. */
export function parseRangeAddress(address: string): Area {
  const bang = address.lastIndexOf('!');
  const local = (bang >= 0 ? address.slice(bang + 1) : address).trim();
  const [a, b] = local.split(':');
  if (a === undefined) throw new RangeError(`not a range address: ${address}`);
  const first = parseCellAddress(a);
  const last = b === undefined ? first : parseCellAddress(b);
  return {
    top: Math.min(first.row, last.row),
    left: Math.min(first.col, last.col),
    bottom: Math.max(first.row, last.row),
    right: Math.max(first.col, last.col),
  };
}

/** The areas of a `RangeAreas.address` such as `Sheet1!A1:B4, Sheet1!D1:D4`. */
export function parseAreasAddress(address: string): Area[] {
  return splitAreas(address).map(parseRangeAddress);
}

/**
 * Address lists for `worksheet.getRanges()`, each at most `maxChars` long, covering `areas` in
 * order, with the areas each holds. An area never straddles two lists.
 */
export function areaLists(areas: Area[], maxChars = MAX_AREAS_ADDRESS_CHARS): { address: string; areas: Area[] }[] {
  const lists: { address: string; areas: Area[] }[] = [];
  let current: { address: string; areas: Area[] } | null = null;
  for (const area of areas) {
    const a = rangeAddress(area);
    if (current !== null && current.address.length + 2 + a.length > maxChars) {
      lists.push(current);
      current = null;
    }
    if (current === null) current = { address: a, areas: [area] };
    else {
      current.address = `${current.address}, ${a}`;
      current.areas.push(area);
    }
  }
  if (current !== null) lists.push(current);
  return lists;
}

/** The address strings of `areaLists`. */
export function addressLists(areas: Area[], maxChars = MAX_AREAS_ADDRESS_CHARS): string[] {
  return areaLists(areas, maxChars).map((l) => l.address);
}

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

/** The area of one cell. */
export function cellArea({ row, col }: CellRef): Area {
  return { top: row, left: col, bottom: row, right: col };
}

export function areaContains(area: Area, row: number, col: number): boolean {
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}

export function areaCells(area: Area): CellRef[] {
  const out: CellRef[] = [];
  for (let row = area.top; row <= area.bottom; row++) for (let col = area.left; col <= area.right; col++) out.push({ row, col });
  return out;
}

export function areaSize(area: Area): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

/** A value for each cell of the area, as the rows of a 2D range write. */
export function areaRows<T>(area: Area, at: (row: number, col: number) => T): T[][] {
  const rows: T[][] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    const line: T[] = [];
    for (let col = area.left; col <= area.right; col++) line.push(at(row, col));
    rows.push(line);
  }
  return rows;
}
