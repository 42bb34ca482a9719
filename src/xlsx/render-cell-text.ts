import { format } from 'numfmt';
import type { CellValue } from '../core/snapshot';
import { excelSerial } from './excel-serial';

/** Excel shows hashes for dates outside 1900–9999 instead of inventing a calendar for them. */
const FORMAT_OPTIONS = { dateSpanLarge: false, dateErrorNumber: false } as const;

/** General shows whole numbers below 10^11 digit for digit; larger ones switch to exponent form. */
const GENERAL_INTEGER_LIMIT = 1e11;

function formatOrNull(pattern: string, value: number | string | boolean): string | null {
  try {
    return format(pattern, value, FORMAT_OPTIONS);
  } catch {
    return null;
  }
}

/**
 * The text Excel shows for a value under a number format. Strings go through the format's text
 * section as in Excel (`@"万元"` shows `12万元`); a format numfmt cannot parse falls back to General.
 * A `Date` is taken as ExcelJS builds it: the UTC instant of the displayed wall-clock time.
 */
export function renderCellText(value: CellValue | Date, numFmt: string): string {
  if (value === null) return '';
  const plain = value instanceof Date ? excelSerial(value) : value;
  if (plain === null) return '';
  const pattern = numFmt.trim() === '' ? 'General' : numFmt;
  // Most cells are text or whole numbers under General: what Excel shows is the value itself, and
  // skipping the formatter for them halves the time to snapshot a large sheet.
  if (pattern === 'General' || pattern === '@') {
    if (typeof plain === 'string') return plain;
    if (typeof plain === 'number' && Number.isInteger(plain) && Math.abs(plain) < GENERAL_INTEGER_LIMIT) return String(plain);
  }
  return formatOrNull(pattern, plain) ?? formatOrNull('General', plain) ?? String(plain);
}
