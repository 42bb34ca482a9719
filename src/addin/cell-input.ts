/** Cell inputs as every host writes them: the text the user reads stays that text in the cell. */
import type { SummaryCell, WritePlan } from '../core/plan/write-plan';
import { quotedSheetName, rangeAddress, type CellRef } from '../excel/a1';

const PERCENT = /^\s*(-?\d+(?:\.\d+)?)\s*%\s*$/;

/**
 * A string as a cell input that Excel stores as that very text: a leading apostrophe where Excel
 * would otherwise read a formula, a number, a percentage, a date, a boolean or an error.
 */
export function textInput(s: string): string {
  const risky =
    /^[=+\-@']/.test(s) ||
    /^\s*[-+]?(\d[\d,]*(\.\d*)?|\.\d+)(e[-+]?\d+)?\s*%?\s*$/i.test(s) ||
    /^\s*(true|false)\s*$/i.test(s) ||
    /^#/.test(s) ||
    /^\s*\d{1,4}[-/.年]\d{1,2}(月|[-/.月]\d{1,4}日?)?\s*$/.test(s) ||
    /^\s*\d{1,2}月\d{1,2}日\s*$/.test(s) ||
    /^\s*\d{1,2}:\d{2}/.test(s);
  return risky ? `'${s}` : s;
}

/** A plan value as an entry of `range.formulas`: formulas get their `=`, empty is ''. */
export function formulaInput(value: string | number | null, formula?: string): string | number {
  if (formula !== undefined) return `=${formula}`;
  if (value === null) return '';
  return typeof value === 'number' ? value : textInput(value);
}

const PLAIN_NUMBER = /^\s*-?\d+(?:\.\d+)?\s*$/;

/**
 * A fix is written as the text it reads, except a number or a percentage into a cell that holds a
 * number (a budget's 64.39, a plan's 40%): there it stays a number, so the sheet's sums and formats
 * keep working. `exact`, a value 撤销 gives back, is stored as it was.
 */
export function fixInput(text: string, current: unknown, exact?: string | number | boolean): string | number | boolean {
  if (exact !== undefined) return typeof exact === 'string' ? textInput(exact) : exact;
  if (typeof current !== 'number') return textInput(text);
  const percent = PERCENT.exec(text);
  if (percent) return Number(percent[1]) / 100;
  return PLAIN_NUMBER.test(text) ? Number(text) : textInput(text);
}

function quoteText(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** A summary cell as a formula input: links as HYPERLINK formulas (WPS and LibreOffice follow them too). */
export function summaryInput(v: SummaryCell): string | number | null {
  if (v === null) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v === '' ? null : textInput(v);
  if ('link' in v) {
    const target = `#${quotedSheetName(v.link.sheet)}!${rangeAddress({ top: v.link.row, left: v.link.col, bottom: v.link.row, right: v.link.col })}`;
    return `=HYPERLINK(${quoteText(target)},${quoteText(v.text)})`;
  }
  return `=${v.formula}`;
}

/**
 * 检查汇总 as the add-in hosts write it: the rows as formula inputs padded to one width (null: leave
 * empty), the header cells (the first row, and each first row after an empty one) and the links.
 */
export function summaryLayout(summary: WritePlan['summary']): { width: number; data: (string | number | null)[][]; headers: CellRef[]; links: CellRef[] } {
  const width = Math.max(1, ...summary.rows.map((r) => r.length));
  const data = summary.rows.map((row) => Array.from({ length: width }, (_, j) => (j < row.length ? summaryInput(row[j] as SummaryCell) : null)));
  const headers: CellRef[] = [];
  const links: CellRef[] = [];
  let headerNext = true;
  summary.rows.forEach((row, i) => {
    const isHeader = headerNext && row.length > 0;
    headerNext = row.length === 0;
    row.forEach((v, j) => {
      if (isHeader) headers.push({ row: i + 1, col: j + 1 });
      if (v !== null && typeof v === 'object' && 'link' in v) links.push({ row: i + 1, col: j + 1 });
    });
  });
  return { width, data, headers, links };
}
