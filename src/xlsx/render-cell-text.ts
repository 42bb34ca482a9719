import { format } from 'numfmt';
import type { CellValue } from '../core/snapshot';
import { excelSerial } from './excel-serial';

/** Excel shows hashes for dates outside 1900–9999 instead of inventing a calendar for them. */
const FORMAT_OPTIONS = { dateSpanLarge: false, dateErrorNumber: false } as const;

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
  return formatOrNull(pattern, plain) ?? formatOrNull('General', plain) ?? String(plain);
}
