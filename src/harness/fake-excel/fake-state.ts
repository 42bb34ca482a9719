/** The workbook state behind the fake's proxies: plain data the harness grid can draw directly. */
import type { Area, CellValue } from '../../core/snapshot';

export interface FakeFill {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}

export interface FakeCell {
  /** What `range.values` gives: a formula's last computed result; an error as its code (`#N/A`). */
  value: CellValue;
  /** Without the leading `=`; null for a constant. */
  formula: string | null;
  /** Display text as seeded; null: the value rendered under its number format. */
  text: string | null;
  numberFormat: string;
  fill: FakeFill | null;
  bold: boolean;
  wrap: boolean;
  fontColor: string | null;
  underline: string | null;
}

export interface FakeSheet {
  id: number;
  name: string;
  visibility: string;
  protected: boolean;
  /** Keyed `row,col` (1-based); cells left at every default are not stored. */
  cells: Map<string, FakeCell>;
  merges: Area[];
  /** Column widths in points, where set. */
  widths: Map<number, number>;
  frozenRows: number;
  notes: Map<string, string>;
  /** The cells selected on this sheet; Excel remembers one selection per sheet. */
  selection: Area;
}

export interface FakeComment {
  id: string;
  sheetId: number;
  row: number;
  col: number;
  content: string;
}

export const STANDARD_WIDTH_POINTS = 48;

export const DEFAULT_FILL: FakeFill = { color: '#FFFFFF', pattern: 'None', patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 };

export { cellKey } from '../../excel/a1';

export function parseCellKey(key: string): [number, number] {
  const [row, col] = key.split(',').map(Number);
  return [row ?? 0, col ?? 0];
}

/** The worksheet id Office.js reports: a GUID-like string, stable for the sheet's life. */
export function officeSheetId(sheet: FakeSheet): string {
  return `{00000000-0001-0000-${sheet.id.toString(16).toUpperCase().padStart(4, '0')}-000000000000}`;
}
