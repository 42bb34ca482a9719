/**
 * A formula's shape: the formula with each relative reference written as an offset from its cell,
 * as R1C1 notation does. Cells whose formulas have the same shape hold what a copy of one of them
 * gives, so the write sends one formula and copies it (`RangeAreas.copyFrom`) instead of sending
 * every cell's text: the plan's 得分 formulas repeat row after row and run to 4,000 characters.
 *
 * Only formulas made of what the plan writes are shaped: cell references (`B5`, `$B$5`, `B5:C9`,
 * `'表'!B5`), function calls, strings, numbers, operators, TRUE and FALSE. Anything else (a defined
 * name, an unquoted sheet name outside ASCII, a whole column `A:A`, a structured or external
 * reference) has no shape, and the formula is
 * written as it is: a reference a copy would move must never be mistaken for text, nor text for one.
 */

import { columnNumber, MAX_ROWS } from '../core/address';

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)$/;
const WORD = /[A-Za-z0-9_.$]/;
const NUMBER = /^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/;

/** `R[-2]C3`-style offset of one reference seen from (row, col); null when it is no cell. */
function shapeOfCell(token: string, row: number, col: number): string | null {
  const m = CELL.exec(token);
  if (!m) return null;
  const [, colAbs, letters, rowAbs, digits] = m as unknown as [string, string, string, string, string];
  const upper = letters.toUpperCase();
  const r = Number(digits);
  // Past XFD (the last column) or row 1,048,576 it is a name, not a cell.
  if ((upper.length === 3 && upper > 'XFD') || r < 1 || r > MAX_ROWS || digits.startsWith('0')) return null;
  const c = columnNumber(upper);
  const rowPart = rowAbs === '$' ? `R${r}` : `R[${r - row}]`;
  const colPart = colAbs === '$' ? `C${c}` : `C[${c - col}]`;
  return rowPart + colPart;
}

/** The end of a quoted run starting at `start` (`"…"` or `'…'`, the quote doubled inside). */
function quotedEnd(formula: string, start: number): number {
  const quote = formula[start];
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] === quote) {
      if (formula[i + 1] !== quote) return i + 1;
      i += 2;
    } else i++;
  }
  return -1;
}

/**
 * The shape of `formula` (without its `=`) in the cell at (row, col), 1-based; null when the formula
 * holds something this does not read.
 */
export function formulaShape(formula: string, row: number, col: number): string | null {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"' || ch === "'") {
      const end = quotedEnd(formula, i);
      if (end < 0) return null;
      // A quoted sheet name must be followed by its `!`.
      if (ch === "'" && formula[end] !== '!') return null;
      out += formula.slice(i, ch === "'" ? end + 1 : end);
      i = ch === "'" ? end + 1 : end;
      continue;
    }
    // Outside quotes anything past ASCII is a name (a defined name, an unquoted sheet).
    if (ch === '[' || ch === '#' || ch === '@' || ch > '~') return null;
    const number = /[0-9.]/.test(ch) ? NUMBER.exec(formula.slice(i)) : null;
    if (number) {
      // `1:3` is a range of whole rows.
      if (formula[i + number[0].length] === ':') return null;
      out += number[0];
      i += number[0].length;
      continue;
    }
    if (!WORD.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let end = i;
    while (end < formula.length && WORD.test(formula[end] as string)) end++;
    const token = formula.slice(i, end);
    const next = formula[end];
    i = end;
    if (next === '(' && /^[A-Za-z_][A-Za-z0-9_.]*$/.test(token)) out += token.toUpperCase();
    else if (next === '!' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(token)) {
      out += `${token}!`;
      i++;
    } else if (/^(?:TRUE|FALSE)$/i.test(token)) out += token.toUpperCase();
    else {
      const cell = shapeOfCell(token, row, col);
      if (cell === null) return null;
      out += cell;
    }
  }
  return out;
}
