/**
 * The number-with-unit grammar shared by 指标值 (domain.md §2) and 评价标准 bands (§4.1):
 * an optional comparison word or symbol, a number, a short unit and an optional 以上/以下.
 */
import { PREFIX_OPERATORS, SUFFIX_OPERATORS, WEAK_PREFIXES, directionOf, type Operator } from '../vocabulary';

/** Optional sign, thousands separators only in valid groups (`1,234.5`), optional fraction. */
export const NUMBER_SOURCE = String.raw`[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;

/**
 * A unit character: anything but digits, spaces, punctuation, comparison and range signs, so
 * that `1、…`, `1.…` (numbering) and `3-5` (ranges) never read as a number followed by a unit.
 */
export const UNIT_CHAR_SOURCE = String.raw`[^\d\s.,;:!?"'()\[\]<>=≥≤≧≦⩾⩽~+*×\-—–、。“”‘’【】《》]`;

/** Longer than this, the text after a number is a sentence (`5年一遇的洪水`), not a unit. */
export const MAX_UNIT_LENGTH = 5;

function alternation(words: readonly string[]): string {
  // Longest first, so `不低于` wins over `低于` and `>=` over `>`.
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

export const PREFIX_SOURCE = alternation(Object.keys(PREFIX_OPERATORS));
export const SUFFIX_SOURCE = alternation(Object.keys(SUFFIX_OPERATORS));

const QUANTITY = new RegExp(
  `^(${PREFIX_SOURCE})?(${NUMBER_SOURCE})(${UNIT_CHAR_SOURCE}{0,${MAX_UNIT_LENGTH}}?)(${SUFFIX_SOURCE})?$`,
  'u',
);

/** A quantity as written: the operator words, the number and the unit text. */
export interface Quantity {
  prefix: string;
  number: number;
  unitText: string;
  suffix: string;
}

/** Reads `≥274名`, `95%以上`, `低于2%`, `20`; null for anything else. Expects {@link compactText}. */
export function matchQuantity(compact: string): Quantity | null {
  const m = QUANTITY.exec(compact);
  const number = toNumber(m?.[2] ?? '');
  if (!m || number === null) return null;
  return { prefix: m[1] ?? '', number, unitText: m[3] ?? '', suffix: m[4] ?? '' };
}

export interface Comparison {
  operator: Operator;
  /** The words as written; both joined by `…` when the value has a prefix and a suffix. */
  text: string;
  /** Prefix and suffix point in different directions (`≥5%以下`). */
  conflict: boolean;
}

/** Combines the comparison words found around a number; `=` when there are none. */
export function comparisonOf(prefix: string, suffix: string): Comparison {
  const pre = PREFIX_OPERATORS[prefix];
  const suf = SUFFIX_OPERATORS[suffix];
  if (pre === undefined && suf === undefined) return { operator: '=', text: '', conflict: false };
  if (pre === undefined) return { operator: suf ?? '=', text: suffix, conflict: false };
  if (suf === undefined) return { operator: pre, text: prefix, conflict: false };
  const text = `${prefix}…${suffix}`;
  if (WEAK_PREFIXES.has(prefix)) return { operator: suf, text, conflict: false };
  return { operator: pre, text, conflict: directionOf(pre) !== directionOf(suf) };
}

/** Parses a string matched by {@link NUMBER_SOURCE}; null when it is too long to be finite. */
export function toNumber(digits: string): number | null {
  const n = Number(digits.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** Removes binary floating-point noise from a computed value (0.07 × 100 = 7.000000000000001). */
export function tidy(n: number): number {
  return Number(n.toPrecision(15));
}

