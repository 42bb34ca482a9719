/** How Excel reads an entry, typed by a person or written through `range.values`/`range.formulas`. */
import type { CellValue } from '../../core/snapshot';

export interface CellEntry {
  value: CellValue;
  formula: string | null;
  /** The number format Excel gives the cell for this entry (a percentage into a General cell). */
  numberFormat: string;
}

const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;
const PERCENT = /^\s*([-+]?(\d+\.?\d*|\.\d+))\s*%\s*$/;

/**
 * A leading `'` keeps the rest as text, `=` starts a formula, numbers and percentages become
 * numbers (a percentage into a General cell also gets a percent format), TRUE/FALSE booleans;
 * anything else, and everything in a text-formatted (`@`) cell, stays text. Dates, currencies and
 * thousands separators stay text here, unlike in Excel.
 */
export function readEntry(v: unknown, numberFormat: string): CellEntry {
  const keep = (value: CellValue, formula: string | null = null): CellEntry => ({ value, formula, numberFormat });
  if (typeof v === 'number' || typeof v === 'boolean') return keep(v);
  const s = String(v);
  if (s === '') return keep(null);
  if (numberFormat === '@') return keep(s);
  if (s.startsWith("'")) return keep(s.slice(1));
  if (s.startsWith('=')) return keep(null, s.slice(1));
  if (NUMBER.test(s)) return keep(Number(s));
  const pct = PERCENT.exec(s);
  if (pct) {
    const digits = pct[1] ?? '0';
    const format = numberFormat !== 'General' ? numberFormat : digits.includes('.') ? '0.00%' : '0%';
    return { value: Number(digits) / 100, formula: null, numberFormat: format };
  }
  if (/^\s*(true|false)\s*$/i.test(s)) return keep(s.trim().toUpperCase() === 'TRUE');
  return keep(s);
}

/**
 * A person typing into a cell: as `readEntry`, plus Excel's automatic percent entry (on by
 * default): a plain number typed into a percent-formatted cell is taken as percent when it is 1 or
 * more (`95` is 95 %), as a fraction below 1 (`0.95` is 95 % too).
 */
export function readTypedEntry(input: string, numberFormat: string): CellEntry {
  const entry = readEntry(input, numberFormat);
  const percentCell = /%/.test(numberFormat.replace(/"[^"]*"/g, ''));
  if (percentCell && typeof entry.value === 'number' && NUMBER.test(input) && Math.abs(entry.value) >= 1) return { ...entry, value: entry.value / 100 };
  return entry;
}
