/**
 * A date a person typed into a schedule cell (项目实施进度计划): a real date cell, or text such as
 * `2024年3月`, `2024年3月15日`, `2024.3`, `2024-03-15`, `2024年第二季度`, `2024年上半年`, `2024年底`.
 * Read onto a scale that compares: a month alone counts as that month, so `2024年3月` is before
 * `2024年4月` and not before `2024年3月20日`.
 */
import { z } from 'zod';
import { dateFromSerial, isDateFormat } from 'numfmt';
import type { CellValue } from '../snapshot';
import { compactText } from '../text';

export const DateReadingSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('empty') }),
  z.object({ status: z.literal('invalid') }),
  z.object({
    status: z.literal('ok'),
    year: z.number().int(),
    month: z.number().int().min(1).max(12),
    /** Null when only the month is given. */
    day: z.number().int().min(1).max(31).nullable(),
  }),
]);
export type DateReading = z.infer<typeof DateReadingSchema>;

const FULL = /^((?:19|20)\d\d)[年./-](\d{1,2})(?:月(?:(\d{1,2})日)?|[./-](\d{1,2})日?)?(?:[底末初中旬前后止]*|份)?$/u;
const QUARTER = /^((?:19|20)\d\d)年?(?:第)?([1-4一二三四])季度(?:末|底)?$/u;
const HALF = /^((?:19|20)\d\d)年?(上|下)半年(?:末|底)?$/u;
const YEAR_END = /^((?:19|20)\d\d)年(?:底|末|年底|年末|全年)$/u;
const CN_QUARTERS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4 };

function ok(year: number, month: number, day: number | null): DateReading {
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return { status: 'invalid' };
  return { status: 'ok', year, month, day };
}

export function parseDate(raw: CellValue, text: string, numFmt: string): DateReading {
  if (typeof raw === 'number' && isDateFormat(numFmt)) {
    const [y, m, d] = dateFromSerial(raw);
    return y === undefined || m === undefined || d === undefined ? { status: 'invalid' } : ok(y, m, d);
  }
  const t = compactText(typeof raw === 'string' ? raw : text);
  if (t === '') return { status: 'empty' };
  const full = FULL.exec(t);
  if (full) {
    const day = full[3] ?? full[4];
    return ok(Number(full[1]), Number(full[2]), day === undefined ? null : Number(day));
  }
  const quarter = QUARTER.exec(t);
  if (quarter) {
    const q = /\d/u.test(quarter[2] ?? '') ? Number(quarter[2]) : (CN_QUARTERS[quarter[2] ?? ''] ?? 0);
    return ok(Number(quarter[1]), q * 3, null);
  }
  const half = HALF.exec(t);
  if (half) return ok(Number(half[1]), half[2] === '上' ? 6 : 12, null);
  const yearEnd = YEAR_END.exec(t);
  if (yearEnd) return ok(Number(yearEnd[1]), 12, null);
  return { status: 'invalid' };
}

/**
 * Whether `end` lies before `start`. A month alone stands for the whole month, so it is before
 * another date only when its month is earlier.
 */
export function endsBeforeStart(start: Extract<DateReading, { status: 'ok' }>, end: Extract<DateReading, { status: 'ok' }>): boolean {
  if (end.year !== start.year) return end.year < start.year;
  if (end.month !== start.month) return end.month < start.month;
  return end.day !== null && start.day !== null && end.day < start.day;
}

/** `2024年3月` or `2024年3月15日`, for messages. */
export function formatDate(d: Extract<DateReading, { status: 'ok' }>): string {
  return `${d.year}年${d.month}月${d.day === null ? '' : `${d.day}日`}`;
}

export type DateOk = Extract<DateReading, { status: 'ok' }>;

/** A span a person wrote (项目起止时间, 项目期): from its first month to its last. */
export interface DateSpan {
  start: DateOk;
  end: DateOk;
}

const SPAN_SEPARATOR = /—+|–|－|~|～|至|到/u;
const YEAR_ONLY = /^((?:19|20)\d\d)年?$/u;
const MONTH_ONLY = /^(\d{1,2})月(?:[底末]|份)?$/u;

/** One end of a span: a date, a year alone (its first or last month), or a month in the other end's year. */
function spanEnd(text: string, side: 'start' | 'end', year: number | null): DateOk | null {
  const y = YEAR_ONLY.exec(text);
  if (y) return { status: 'ok', year: Number(y[1]), month: side === 'start' ? 1 : 12, day: null };
  const m = MONTH_ONLY.exec(text);
  if (m && year !== null) {
    const month = Number(m[1]);
    return month >= 1 && month <= 12 ? { status: 'ok', year, month, day: null } : null;
  }
  const d = parseDate(text, text, 'General');
  return d.status === 'ok' ? d : null;
}

function readSpan(text: string, separator: RegExp): DateSpan | null {
  const parts = text.split(separator);
  if (parts.length !== 2) return null;
  const start = spanEnd(parts[0] ?? '', 'start', null);
  const end = start ? spanEnd(parts[1] ?? '', 'end', start.year) : null;
  return start && end && !endsBeforeStart(start, end) ? { start, end } : null;
}

/**
 * `2024年3月—2026年12月`, `2023年1月 至 2025年12月`, `2024年—2026年`, `3年（2024年—2026年）`,
 * `2024.3-2024.12`; null for anything else (`3年`, `长期`).
 */
export function parseDateSpan(text: string): DateSpan | null {
  const t = compactText(text);
  const inBrackets = /[（(]([^（）()]+)[）)]/u.exec(t)?.[1];
  for (const candidate of inBrackets === undefined ? [t] : [inBrackets, t]) {
    const span = readSpan(candidate, SPAN_SEPARATOR) ?? readSpan(candidate, /-/u);
    if (span) return span;
  }
  return null;
}

/** Whether a date lies outside a span, a month alone counting as the whole month. */
export function outsideSpan(date: DateOk, span: DateSpan): boolean {
  return endsBeforeStart(span.start, date) || endsBeforeStart(date, span.end);
}

/** `2024年3月—2026年12月`, for messages. */
export function formatSpan(span: DateSpan): string {
  return `${formatDate(span.start)}—${formatDate(span.end)}`;
}
