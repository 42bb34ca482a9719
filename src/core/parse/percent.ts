import { z } from 'zod';
import type { CellValue } from '../snapshot';
import { isBlankText, compactText } from '../text';
import { NUMBER_SOURCE, tidy, toNumber } from './quantity';

/** A percentage on the 0–100 scale and the form it was written in. */
export const PercentSchema = z.object({
  status: z.enum(['ok', 'empty', 'invalid']),
  percent: z.number().nullable(),
  form: z.enum(['text-percent', 'formatted-fraction', 'plain-number', 'word-percent', 'empty', 'invalid']),
});
export type Percent = z.infer<typeof PercentSchema>;

function invalid(): Percent {
  return { status: 'invalid', percent: null, form: 'invalid' };
}

const PERCENT_TEXT = new RegExp(`^(${NUMBER_SOURCE})(%|百分比)?$`, 'u');

/**
 * Parts of a number format that print literally and so never scale the value: quoted text,
 * `\x` escapes, `_x` spacing, `*x` fill and `[…]` colour or condition sections.
 */
const FORMAT_LITERALS = /"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/gu;

/** True when Excel shows the number ×100 with a `%` sign (`0%`, `0.00%`), not a quoted `"%"`. */
export function isPercentFormat(numFmt: string): boolean {
  return numFmt.replace(FORMAT_LITERALS, '').includes('%');
}

/**
 * Reads a 资金支出计划 cell onto the 0–100 scale (domain.md §3): `25%` as text, 0.25 shown with a
 * % format, a bare 25, or `100百分比`. Range checks belong to the rules, so `120%` is `ok` here.
 */
export function parsePercent(raw: CellValue, text: string, numFmt: string): Percent {
  if (typeof raw === 'number') {
    if (!isPercentFormat(numFmt)) return Number.isFinite(raw) ? { status: 'ok', percent: raw, form: 'plain-number' } : invalid();
    const percent = tidy(raw * 100);
    return Number.isFinite(percent) ? { status: 'ok', percent, form: 'formatted-fraction' } : invalid();
  }
  if (typeof raw === 'boolean') return invalid();
  const source = raw ?? text;
  if (isBlankText(source)) return { status: 'empty', percent: null, form: 'empty' };
  const m = PERCENT_TEXT.exec(compactText(source));
  const percent = toNumber(m?.[1] ?? '');
  if (!m || percent === null) return invalid();
  if (m[2] === '%') return { status: 'ok', percent, form: 'text-percent' };
  if (m[2] === '百分比') return { status: 'ok', percent, form: 'word-percent' };
  return { status: 'ok', percent, form: 'plain-number' };
}
