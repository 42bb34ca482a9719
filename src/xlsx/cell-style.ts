import ExcelJS from 'exceljs';
import type { Area } from '../core/snapshot';

/**
 * Cell-level helpers for writing into a user's workbook with ExcelJS, which needs care:
 * - a loaded workbook SHARES one style object among all cells of the same style id (and merging
 *   copies the master's object onto the covered cells), so `cell.fill = …` would recolour every
 *   cell sharing it. Styles are only ever replaced as a whole, never mutated;
 * - a note cannot be removed through the API (`cell.note = undefined` writes an empty comment);
 *   see `removeNote`.
 */
export type CellStyle = Partial<ExcelJS.Style>;

/** A deep copy of a style as plain JSON, or null when it sets nothing. */
export function styleJson(style: CellStyle | undefined): CellStyle | null {
  if (!style) return null;
  const copy = JSON.parse(JSON.stringify(style)) as CellStyle;
  return Object.keys(copy).length > 0 ? copy : null;
}

/** A fresh style object: `style` with its fill replaced, or removed when `fill` is null. */
export function withFill(style: CellStyle | undefined, fill: ExcelJS.Fill | null): CellStyle {
  const next: CellStyle = { ...style };
  if (fill) next.fill = fill;
  else delete next.fill;
  return next;
}

const FILL_KEYS = ['type', 'pattern', 'fgColor', 'bgColor', 'gradient', 'degree', 'center', 'stops'];

/**
 * A recorded fill as ExcelJS takes it, or null for none. Records written by the Office.js host
 * carry the same ExcelJS shape plus keys of their own (`officeJs`), which are dropped here.
 */
export function recordedFill(original: unknown): ExcelJS.Fill | null {
  if (original === null || typeof original !== 'object' || Array.isArray(original)) return null;
  const o = original as Record<string, unknown>;
  if (o.type !== 'pattern' && o.type !== 'gradient') return null;
  const fill: Record<string, unknown> = {};
  for (const key of FILL_KEYS) if (o[key] !== undefined) fill[key] = JSON.parse(JSON.stringify(o[key])) as unknown;
  return fill as unknown as ExcelJS.Fill;
}

/** A recorded cell style as ExcelJS takes it ({} for none), its fill cleaned as `recordedFill` does. */
export function recordedStyle(original: unknown): CellStyle {
  if (original === null || typeof original !== 'object' || Array.isArray(original)) return {};
  const { fill, ...rest } = JSON.parse(JSON.stringify(original)) as Omit<CellStyle, 'fill'> & { fill?: unknown };
  const clean = fill === undefined ? null : recordedFill(fill);
  return clean ? { ...rest, fill: clean } : rest;
}

export function solidFill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

/** The merged area whose top-left is `master`; a single cell when it is not merged. */
export function mergeArea(ws: ExcelJS.Worksheet, master: ExcelJS.Cell): Area {
  const { row: top, col: left } = master.fullAddress;
  let right = left;
  let bottom = top;
  if (master.isMerged) {
    while (ws.findCell(top, right + 1)?.isMergedTo(master)) right++;
    while (ws.findCell(bottom + 1, left)?.isMergedTo(master)) bottom++;
  }
  return { top, left, bottom, right };
}

export function hasNote(cell: ExcelJS.Cell): boolean {
  return (cell.note as string | ExcelJS.Comment | undefined) !== undefined;
}

/**
 * ExcelJS has no way to remove a note. It keeps one as `_comment`, and a cell read from a file also
 * keeps the parsed `comment` in its value's model, from where the writer would put it back.
 */
export function removeNote(cell: ExcelJS.Cell): void {
  const internals = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  delete internals._comment;
  if (internals._value?.model) delete internals._value.model.comment;
}

/** Nothing a user typed: no value, no formula, not part of a merged area. */
export function isFreeCell(cell: ExcelJS.Cell | undefined): boolean {
  if (!cell) return true;
  if (cell.isMerged) return false;
  if (cell.type === ExcelJS.ValueType.Null) return true;
  return cell.type === ExcelJS.ValueType.String && cell.value === '';
}
