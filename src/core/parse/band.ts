import { z } from 'zod';
import { isBlankText, compactText, displayText } from '../text';
import { MAX_UNIT_LENGTH, NUMBER_SOURCE, PREFIX_SOURCE, UNIT_CHAR_SOURCE, comparisonOf, matchQuantity, toNumber } from './quantity';
import { type Operator, normalizeUnit } from '../vocabulary';

/** One 评价标准 cell (优/良/中/差) read by domain.md §4.1. */
export const BandSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('empty') }),
  /** `100%`, `20`, `60%以下`, `低于2%`, `大于5%`, `10次以下`: a bound, with the comparison if written. */
  z.object({
    kind: z.literal('number'),
    value: z.number(),
    unit: z.string(),
    comparator: z.enum(['>=', '>', '<=', '<']).nullable(),
  }),
  /** `3%-5%`, `10-15次`. */
  z.object({ kind: z.literal('range'), low: z.number(), high: z.number(), unit: z.string() }),
  /** `合规`, `完成`, `及时`. */
  z.object({ kind: z.literal('word'), text: z.string() }),
  /** `40%%` and anything else that looks numeric but cannot be read; `suggestion` when the fix is mechanical. */
  z.object({ kind: z.literal('invalid'), text: z.string(), suggestion: z.string().nullable() }),
]);
export type Band = z.infer<typeof BandSchema>;

type Comparator = Extract<Band, { kind: 'number' }>['comparator'];

/** `3%-5%`, `10-15次`, `1～2`, `3至5`; NFKC has folded `－` and `～`. */
const RANGE_SEPARATOR_SOURCE = '-|—|–|~|至|到';
const RANGE = new RegExp(
  `^(${NUMBER_SOURCE})(${UNIT_CHAR_SOURCE}{0,${MAX_UNIT_LENGTH}}?)(?:${RANGE_SEPARATOR_SOURCE})(${NUMBER_SOURCE})(${UNIT_CHAR_SOURCE}{0,${MAX_UNIT_LENGTH}})$`,
  'u',
);

/** Starts like a bound (a digit or a comparison then a digit): unreadable is then a finding, not a word. */
const LOOKS_NUMERIC = new RegExp(`^(?:${PREFIX_SOURCE})?[+-]?\\d`, 'u');

/** Slips with a certain fix: a doubled sign (`40%%`) and the homophone typo `一下` for `以下`. */
const MECHANICAL_FIXES: readonly (readonly [RegExp, string])[] = [
  [/%{2,}/gu, '%'],
  [/一下$/u, '以下'],
  [/一上$/u, '以上'],
];

/** Reads one 评价标准 cell (domain.md §4.1). */
export function parseBand(text: string): Band {
  if (isBlankText(text)) return { kind: 'empty' };
  const compact = compactText(text);
  const read = readBound(compact);
  if (read.kind !== 'invalid') return read;
  if (read.suggestion !== null) return { ...read, text: displayText(text) };
  if (!LOOKS_NUMERIC.test(compact)) return { kind: 'word', text: displayText(text) };
  const fixed = MECHANICAL_FIXES.reduce((s, [slip, fix]) => s.replace(slip, fix), compact);
  const suggestion = fixed !== compact && readBound(fixed).kind !== 'invalid' ? fixed : null;
  return { kind: 'invalid', text: displayText(text), suggestion };
}

/** A number or range; otherwise `invalid`, with a suggestion only for a range written high to low. */
function readBound(compact: string): Band {
  const invalid: Band = { kind: 'invalid', text: compact, suggestion: null };
  const q = matchQuantity(compact);
  if (q && !strayPercent(q.unitText)) {
    const c = comparisonOf(q.prefix, q.suffix);
    if (!c.conflict) return { kind: 'number', value: q.number, unit: normalizeUnit(q.unitText), comparator: toComparator(c.operator) };
  }
  const r = RANGE.exec(compact);
  const lowUnit = normalizeUnit(r?.[2] ?? '');
  const highUnit = normalizeUnit(r?.[4] ?? '');
  if (!r || strayPercent(r[2] ?? '') || strayPercent(r[4] ?? '')) return invalid;
  if (lowUnit !== '' && highUnit !== '' && lowUnit !== highUnit) return invalid;
  const low = toNumber(r[1] ?? '');
  const high = toNumber(r[3] ?? '');
  if (low === null || high === null) return invalid;
  // `5%-3%` is flagged rather than swapped silently: the writer may have meant another bound.
  if (low > high) return { ...invalid, suggestion: `${r[3]}${r[2]}-${r[1]}${r[4]}` };
  return { kind: 'range', low, high, unit: highUnit || lowUnit };
}

/** A `%` that is not the whole unit (`40%%`, `60%一下`) is a slip, not a unit. */
function strayPercent(unitText: string): boolean {
  return unitText.includes('%') && unitText !== '%';
}

function toComparator(op: Operator): Comparator {
  return op === '=' ? null : op;
}
