/**
 * Comparison operators as Excel has them, put into a fast-formula-parser instance. The parser
 * compares a blank only as 0 (`A1=""` is FALSE there) and text by case; Excel compares a blank as
 * the empty text, FALSE or 0 (whichever the other side is), and text without regard to case.
 */
import FormulaParser from 'fast-formula-parser';

const { FormulaError } = FormulaParser;

type Comparable = number | string | boolean;

interface InfixOperand {
  val: unknown;
  isArray: boolean;
}

/** The parser's internal hook for binary operators, replaced on our instance only. */
interface InfixUtils {
  _applyInfix(a: InfixOperand, infix: string, b: InfixOperand): unknown;
}

const COMPARISONS = new Set(['=', '<>', '<', '>', '<=', '>=']);
const TYPE_ORDER = { number: 0, string: 1, boolean: 2 } as const;

/** A blank compares as the empty text, FALSE or 0, whichever the other side is. */
function blankAs(other: unknown): Comparable {
  return typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0;
}

/** Excel's comparison: text without regard to case; numbers before text before logicals. */
function compare(a: Comparable, infix: string, b: Comparable): boolean {
  const order = (x: Comparable, y: Comparable): number => {
    if (typeof x !== typeof y) return TYPE_ORDER[typeof x as keyof typeof TYPE_ORDER] - TYPE_ORDER[typeof y as keyof typeof TYPE_ORDER];
    const [p, q] = typeof x === 'string' ? [x.toLowerCase(), (y as string).toLowerCase()] : [x, y];
    return p < q ? -1 : p > q ? 1 : 0;
  };
  const o = order(a, b);
  switch (infix) {
    case '=': return o === 0;
    case '<>': return o !== 0;
    case '<': return o < 0;
    case '>': return o > 0;
    case '<=': return o <= 0;
    default: return o >= 0;
  }
}

/** Replaces the comparisons of `parser` (this instance only), leaving other operators and arrays to it. */
export function withExcelComparisons(parser: FormulaParser): void {
  const utils = (parser as unknown as { utils: InfixUtils }).utils;
  const original = utils._applyInfix.bind(utils);
  utils._applyInfix = (a, infix, b) => {
    if (!COMPARISONS.has(infix) || a.isArray || b.isArray || a.val instanceof FormulaError || b.val instanceof FormulaError) return original(a, infix, b);
    const x = (a.val ?? blankAs(b.val)) as Comparable;
    const y = (b.val ?? blankAs(a.val)) as Comparable;
    return compare(x, infix, y);
  };
}
