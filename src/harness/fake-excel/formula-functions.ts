/**
 * Worksheet functions the add-in's formulas use that fast-formula-parser lacks or gets wrong,
 * written to Excel's documented behaviour: MIN, MAX, VALUE, SUBSTITUTE, CHOOSE and HYPERLINK are
 * missing there; its CLEAN turns a blank into an object's text, its TRIM keeps inner runs of
 * spaces and its ROUND misses halves that binary floating point stores just below
 * (ROUND(0.285,2) is 0.29 in Excel).
 */
import FormulaParser from 'fast-formula-parser';

type Arg = FormulaParser.FunctionArg;
const { FormulaError } = FormulaParser;

const NUMBER_TEXT = /^[-+]?(\d{1,3}(,\d{3})+(\.\d*)?|\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?%?$/i;

/** Text as VALUE reads it (spaces around it, thousands separators, a trailing %), or null. */
export function numberFromText(s: string): number | null {
  const t = s.trim();
  if (!NUMBER_TEXT.test(t)) return null;
  const percent = t.endsWith('%');
  const n = Number(t.replace(/[,%]/g, ''));
  return percent ? n / 100 : n;
}

function flat(v: unknown): unknown[] {
  return Array.isArray(v) ? v.flatMap(flat) : [v];
}

function omitted(a: Arg | undefined): boolean {
  return a === undefined || a.omitted === true;
}

/** An argument's single value (a range's top-left); an error in it is thrown, as Excel propagates it. */
function scalar(a: Arg | undefined): unknown {
  const v = a === undefined ? null : a.isArray ? flat(a.value)[0] : a.value;
  if (v instanceof FormulaError) throw v;
  return v ?? null;
}

function text(a: Arg | undefined): string {
  const v = scalar(a);
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(Number(v.toPrecision(15)));
  return String(v);
}

function number(a: Arg | undefined): number {
  const v = scalar(a);
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = numberFromText(String(v));
  if (n === null) throw FormulaError.VALUE;
  return n;
}

/** MIN/MAX's operands: numbers in references and arrays (text, logicals and blanks there are skipped), other arguments read as numbers. */
function operands(args: Arg[]): number[] {
  const out: number[] = [];
  for (const a of args) {
    if (omitted(a)) continue;
    if (a.isArray || a.isRangeRef || a.isCellRef) {
      for (const v of flat(a.value)) {
        if (v instanceof FormulaError) throw v;
        if (typeof v === 'number') out.push(v);
      }
    } else out.push(number(a));
  }
  return out;
}

export const EXCEL_FUNCTIONS: Record<string, (...args: Arg[]) => unknown> = {
  MIN: (...args) => {
    const xs = operands(args);
    return xs.length === 0 ? 0 : Math.min(...xs);
  },
  MAX: (...args) => {
    const xs = operands(args);
    return xs.length === 0 ? 0 : Math.max(...xs);
  },
  VALUE: (a) => {
    const v = scalar(a);
    if (v === null) return 0;
    if (typeof v === 'number') return v;
    if (typeof v === 'boolean') throw FormulaError.VALUE;
    const n = numberFromText(String(v));
    if (n === null) throw FormulaError.VALUE;
    return n;
  },
  SUBSTITUTE: (a, b, c, d) => {
    const s = text(a);
    const old = text(b);
    const replacement = text(c);
    if (old === '') return s;
    if (omitted(d)) return s.split(old).join(replacement);
    const nth = Math.trunc(number(d));
    if (nth < 1) throw FormulaError.VALUE;
    let at = -1;
    for (let i = 0; i < nth; i++) {
      at = s.indexOf(old, at + 1);
      if (at < 0) return s;
    }
    return s.slice(0, at) + replacement + s.slice(at + old.length);
  },
  // The parser lists CHOOSE among the functions it hands its own context first.
  CHOOSE: (...args: unknown[]) => {
    const [, index, ...values] = args as [unknown, Arg, ...Arg[]];
    const i = Math.trunc(number(index));
    const chosen = values[i - 1];
    if (i < 1 || chosen === undefined) throw FormulaError.VALUE;
    // A blank cell chosen shows 0, as any reference to a blank does.
    return (chosen.isArray ? flat(chosen.value)[0] : chosen.value) ?? 0;
  },
  // Removes the control characters 0–31 Excel's CLEAN removes; a blank is the empty text.
  // eslint-disable-next-line no-control-regex
  CLEAN: (a) => text(a).replace(/[\x00-\x1f]/g, ''),
  TRIM: (a) => text(a).replace(/^ +| +$/g, '').replace(/ {2,}/g, ' '),
  ROUND: (a, b) => {
    const x = number(a);
    const digits = Math.trunc(number(b));
    const factor = 10 ** Math.abs(digits);
    const scaled = digits >= 0 ? Math.abs(x) * factor : Math.abs(x) / factor;
    // Rounded at Excel's 15 significant digits first, so 28.499999999999996 counts as 28.5.
    const whole = Math.round(Number(scaled.toPrecision(15)));
    const back = digits >= 0 ? whole / factor : whole * factor;
    return x < 0 ? -back : back;
  },
  /** The cell shows the link's friendly name (the link itself without one); following it is the grid's business. */
  HYPERLINK: (link, friendly) => (omitted(friendly) ? text(link) : (scalar(friendly) ?? 0)),
};
