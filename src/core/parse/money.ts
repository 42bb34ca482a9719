import { z } from 'zod';
import type { CellValue } from '../snapshot';
import { isBlankText, compactText } from '../text';
import { NUMBER_SOURCE, tidy, toNumber } from './quantity';

export const MoneyUnitSchema = z.enum(['万元', '元']);
export type MoneyUnit = z.infer<typeof MoneyUnitSchema>;

/** A money cell read into 万元, the unit every table in the domain budgets in. */
export const MoneySchema = z.object({
  status: z.enum(['ok', 'empty', 'invalid']),
  /** Amount in the unit the cell was written in (or the table's unit when the cell names none). */
  amount: z.number().nullable(),
  unit: MoneyUnitSchema,
  /** Amount converted to 万元. */
  wan: z.number().nullable(),
});
export type Money = z.infer<typeof MoneySchema>;

/** `64.39`, `64.39万元`, `6.5万`, `643900元`, `¥1,234.50` (NFKC has folded `￥` and full-width digits). */
const MONEY = new RegExp(`^¥?(${NUMBER_SOURCE})(万元|万|元)?$`, 'u');
/** Accountants' ways of writing "none" (`其他资金` is often `-` or `无`): the same as an empty cell. */
const NONE = /^(?:无|[-—–/\\]+)$/u;
const UNIT_SUFFIX = /(万元|万|元)$/u;

/**
 * Reads a money cell. A number is taken as is, in the unit its displayed text names (a `0"元"`
 * format) or else the table's; text may name its own unit. `wan` is always in 万元.
 */
export function parseMoney(raw: CellValue, text: string, tableUnit: MoneyUnit = '万元'): Money {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return invalid(tableUnit);
    return ok(raw, unitOf(UNIT_SUFFIX.exec(compactText(text))?.[1]) ?? tableUnit);
  }
  if (typeof raw === 'boolean') return invalid(tableUnit);
  const source = raw ?? text;
  if (isBlankText(source)) return empty(tableUnit);
  const compact = compactText(source);
  if (NONE.test(compact)) return empty(tableUnit);
  const m = MONEY.exec(compact);
  const amount = toNumber(m?.[1] ?? '');
  if (!m || amount === null) return invalid(tableUnit);
  return ok(amount, unitOf(m[2]) ?? tableUnit);
}

function unitOf(written: string | undefined): MoneyUnit | undefined {
  if (written === undefined) return undefined;
  return written === '元' ? '元' : '万元';
}

function ok(amount: number, unit: MoneyUnit): Money {
  return { status: 'ok', amount, unit, wan: unit === '元' ? tidy(amount / 10000) : amount };
}

function empty(unit: MoneyUnit): Money {
  return { status: 'empty', amount: null, unit, wan: null };
}

function invalid(unit: MoneyUnit): Money {
  return { status: 'invalid', amount: null, unit, wan: null };
}
