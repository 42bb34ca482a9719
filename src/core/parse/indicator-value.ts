import { z } from 'zod';
import { isBlankText, normalizeText, compactText, displayText } from '../text';
import { isPlaceholderText } from './placeholder';
import { MAX_UNIT_LENGTH, NUMBER_SOURCE, PREFIX_SOURCE, SUFFIX_SOURCE, UNIT_CHAR_SOURCE, comparisonOf, matchQuantity, toNumber } from './quantity';
import { DirectionSchema, OperatorSchema, directionOf, normalizeUnit } from '../vocabulary';

/** An 指标值 read by the grammar of domain.md §2. */
export const IndicatorValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('empty') }),
  z.object({ kind: z.literal('not-set') }),
  z.object({ kind: z.literal('placeholder'), text: z.string() }),
  z.object({
    kind: z.literal('quantitative'),
    operator: OperatorSchema,
    /** The operator as written (`≥`, `不低于`, `以上`, …); empty when implied `=`. */
    operatorText: z.string(),
    direction: DirectionSchema,
    number: z.number(),
    /** Unit normalised: `百分比`, `％` and `%` all become `%`; empty when none is written. */
    unit: z.string(),
    /** Unit as written. */
    unitText: z.string(),
    /** True when the text holds more than one number or a number after the unit (`1000每人每月1000元`). */
    garbled: z.boolean(),
  }),
  z.object({ kind: z.literal('qualitative'), text: z.string() }),
]);
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

const NOT_SET = /^(?:无|暂无|[-—–/\\]+)$/u;

/**
 * A leading year or month makes a deadline (`2023年12月底前完成`, `2023.12前`, `12月底`), read as
 * a sentence; `2023.12万元` stays an amount.
 */
const DATE_START = /^(?:(?:19|20)\d\d(?:年|[-./](?:0?[1-9]|1[0-2])(?:[-./月日底前]|$))|\d{1,2}月)/u;

/** Numbered sentences (`1、应对突发事件…；2、…`) start with a number but are not a quantity. */
const LIST_NUMBERING = /^\d{1,2}[、.)]\D/u;

/** The number slot left as a template mark: `≥XX%`, `**人`, `XX万元`. */
const PLACEHOLDER_QUANTITY = new RegExp(
  `^(?:${PREFIX_SOURCE})?(?:[xX]{2,}|×+|\\*+)${UNIT_CHAR_SOURCE}{0,${MAX_UNIT_LENGTH}}(?:${SUFFIX_SOURCE})?$`,
  'u',
);

/** An operator and number followed by more text holding a digit: `1000每人每月1000元`. */
const GARBLED = new RegExp(`^(${PREFIX_SOURCE})?(${NUMBER_SOURCE})(.*\\d.*)$`, 'u');
const UNIT_CHAR = new RegExp(`^${UNIT_CHAR_SOURCE}`, 'u');
const TRAILING_QUANTITY = new RegExp(
  `(${NUMBER_SOURCE})(${UNIT_CHAR_SOURCE}{1,${MAX_UNIT_LENGTH}}?)(${SUFFIX_SOURCE})?$`,
  'u',
);
const LEADING_UNIT = new RegExp(`^${UNIT_CHAR_SOURCE}{1,${MAX_UNIT_LENGTH}}`, 'u');

/** Reads an 指标值 by the grammar of domain.md §2. */
export function parseIndicatorValue(text: string): IndicatorValue {
  if (isBlankText(text)) return { kind: 'empty' };
  const compact = compactText(text);
  if (NOT_SET.test(compact)) return { kind: 'not-set' };
  if (isPlaceholderText(text) || PLACEHOLDER_QUANTITY.test(compact)) return { kind: 'placeholder', text: displayText(text) };
  if (DATE_START.test(compact)) return { kind: 'qualitative', text: displayText(text) };

  const q = matchQuantity(compact);
  if (q) return quantitative(q.prefix, q.number, q.unitText, q.suffix, false);

  const g = LIST_NUMBERING.test(compact) ? null : GARBLED.exec(compact);
  const prefix = g?.[1] ?? '';
  const first = toNumber(g?.[2] ?? '');
  const rest = g?.[3] ?? '';
  if (first !== null && (prefix !== '' || UNIT_CHAR.test(rest))) {
    // The operator governs the first number; the unit is the last one written, where people
    // put it after padding the value with a description.
    const trailing = TRAILING_QUANTITY.exec(rest);
    const unitText = trailing?.[2] ?? LEADING_UNIT.exec(rest)?.[0] ?? '';
    return quantitative(prefix, first, unitText, trailing?.[3] ?? '', true);
  }
  return { kind: 'qualitative', text: displayText(text) };
}

function quantitative(prefix: string, number: number, unitText: string, suffix: string, garbled: boolean): IndicatorValue {
  const c = comparisonOf(prefix, suffix);
  return {
    kind: 'quantitative',
    operator: c.operator,
    operatorText: c.text,
    direction: directionOf(c.operator),
    number,
    unit: normalizeUnit(unitText),
    unitText,
    garbled: garbled || c.conflict,
  };
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
/**
 * A 4-digit number used as a year: before `年` (`2023年底`), before a month 1–12 (`2023-12`,
 * `2023.6`), or opening a year range (`2023-2024年`). Other numbers (`≥2000元`) are amounts.
 */
const YEAR = /(?:^|\D)(\d{4})(?=年|[-./](?:0?[1-9]|1[0-2])(?![\d.])|[-~至到]\d{4}年)/gu;

/** Years between 1990 and 2100 named in the text, in order and without repeats (for 时效 checks). */
export function extractYears(text: string): number[] {
  const years: number[] = [];
  for (const m of normalizeText(text).matchAll(YEAR)) {
    const y = Number(m[1]);
    if (y >= MIN_YEAR && y <= MAX_YEAR && !years.includes(y)) years.push(y);
  }
  return years;
}
