/** Addresses as the fake's Office.js surface writes and reads them. */
import { parseCellAddress } from '../../core/address';
import type { Area } from '../../core/snapshot';
import { cellArea, rangeAddress } from '../../excel/a1';

/** A sheet name as the fake writes it into an address: quoted unless plain ASCII. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `Sheet!A1:B2`, as `range.address` gives it. */
export function sheetAddress(sheetName: string, area: Area): string {
  return `${quoteSheet(sheetName)}!${rangeAddress(area)}`;
}

/** `A1` or `A1:B2` (with or without `$`) as an area. */
export function parseLocal(address: string): Area {
  const [a, b] = address.trim().replace(/\$/g, '').split(':');
  const first = parseCellAddress(a ?? '');
  const last = b === undefined ? first : parseCellAddress(b);
  return { top: first.row, left: first.col, bottom: last.row, right: last.col };
}

export function intersects(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** The smallest area holding `area` and the cell. */
export function widen(area: Area | null, row: number, col: number): Area {
  if (!area) return cellArea({ row, col });
  return { top: Math.min(area.top, row), left: Math.min(area.left, col), bottom: Math.max(area.bottom, row), right: Math.max(area.right, col) };
}
