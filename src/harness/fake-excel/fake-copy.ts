/**
 * `copyFrom` with `Formulas`: as Excel pastes formulas, each relative reference moves with the
 * cell (absolute parts stay), found by fast-formula-parser's lexer so that the adapter's own
 * reading of a formula (src/excel/formula-shape.ts) is checked against another one.
 */
import { lex } from 'fast-formula-parser/grammar/lexing';
import { columnLetters, columnNumber } from '../../core/address';
import { FakeOfficeError } from './fake-office-error';

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)$/;

function movedCell(image: string, rows: number, cols: number): string {
  const m = CELL.exec(image);
  if (!m) throw new FakeOfficeError('InvalidArgument', `copyFrom: cannot read reference ${image}`);
  const [, colAbs, letters, rowAbs, digits] = m as unknown as [string, string, string, string, string];
  const col = columnNumber(letters.toUpperCase()) + (colAbs === '$' ? 0 : cols);
  const row = rowAbs === '$' ? Number(digits) : Number(digits) + rows;
  if (row < 1 || col < 1) return '#REF!';
  return `${colAbs}${columnLetters(col)}${rowAbs}${row}`;
}

/** `formula` (without `=`) copied `rows` down and `cols` right. */
export function movedFormula(formula: string, rows: number, cols: number): string {
  let out = '';
  let at = 0;
  let previousEnd = -1;
  let previousNumber = false;
  for (const token of lex(formula).tokens) {
    const start = token.startOffset;
    const end = start + token.image.length;
    // The lexer reads `1E3` as the number 1 and the cell E3.
    const exponent = previousNumber && previousEnd === start;
    if (token.tokenType.name === 'Cell' && !exponent) {
      out += formula.slice(at, start) + movedCell(token.image, rows, cols);
      at = end;
    }
    previousNumber = token.tokenType.name === 'Number';
    previousEnd = end;
  }
  return out + formula.slice(at);
}
