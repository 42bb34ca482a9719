import ExcelJS from 'exceljs';
import type { CellValue } from '../core/snapshot';

/** An Excel error value such as `#DIV/0!`, which Excel shows as is whatever the number format. */
export interface ErrorContent {
  error: string;
}

/** A cell's content with ExcelJS's wrappers taken off; dates stay `Date` until the sheet's date system is known. */
export type CellContent = CellValue | Date | ErrorContent;

/**
 * Unwraps the shapes ExcelJS uses: formulas and shared formulas give their cached result, rich
 * text its joined runs, hyperlinks their text (itself possibly rich text), errors their code.
 * Typed loosely because files carry more than ExcelJS's types admit (`#SPILL!`, rich hyperlink text).
 */
export function plainContent(raw: unknown): CellContent {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string' || typeof raw === 'boolean') return raw;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw;
  if (typeof raw !== 'object') return null;
  const o = raw as Record<string, unknown>;
  if ('formula' in o || 'sharedFormula' in o) return plainContent(o.result);
  if (typeof o.error === 'string') return { error: o.error };
  if (Array.isArray(o.richText)) {
    return o.richText.map((run: unknown) => {
      const text = (run as { text?: unknown } | null)?.text;
      return typeof text === 'string' ? text : '';
    }).join('');
  }
  if ('text' in o) return plainContent(o.text);
  return null;
}

export function cellContent(cell: ExcelJS.Cell): CellContent {
  // A formula cell's `value` copies only truthy fields, so a cached 0, '' or FALSE is lost there;
  // `result` keeps it.
  return plainContent(cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value);
}
