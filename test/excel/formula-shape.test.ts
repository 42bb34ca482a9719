import fc from 'fast-check';
import { formulaShape } from '../../src/excel/formula-shape';
import { movedFormula } from '../../src/harness/fake-excel/fake-copy';

describe('formulaShape', () => {
  it('writes relative references as offsets from the cell and keeps absolute parts', () => {
    expect(formulaShape('IF(ISNUMBER($H11),E11*2,F$9)', 11, 10)).toBe('IF(ISNUMBER(R[0]C8),R[0]C[-5]*2,R9C[-4])');
  });

  it('gives formulas one copy apart the same shape', () => {
    expect(formulaShape('SUM(E5:F9)+$A$1', 5, 7)).toBe(formulaShape('SUM(E12:F16)+$A$1', 12, 7));
    expect(formulaShape('SUM(E5:F9)', 5, 7)).not.toBe(formulaShape('SUM(E5:F9)', 6, 7));
  });

  it('leaves strings, function names, sheet names and exponents alone', () => {
    expect(formulaShape('IF(A1="B2",LOG10(2)+1E3,\'表 1\'!C3+Sheet2!C3)', 1, 1)).toBe('IF(R[0]C[0]="B2",LOG10(2)+1E3,\'表 1\'!R[2]C[2]+Sheet2!R[2]C[2])');
    expect(formulaShape('"say ""A1"""&B1', 1, 1)).toBe('"say ""A1"""&R[0]C[1]');
  });

  it.each([
    ['a defined name', '预算数*2'],
    ['a name of letters only', 'Budget*2'],
    ['an unquoted sheet name outside ASCII', '项目表!A1'],
    ['a whole column', 'SUM(A:A)'],
    ['whole rows', 'SUM(1:3)'],
    ['a structured reference', 'SUM(表1[金额])'],
    ['an error literal', '#REF!+1'],
    ['an unterminated string', '"abc'],
    ['a quoted name that is no sheet', "'abc'"],
    ['a column past XFD', 'XFE1+1'],
  ])('has no shape for %s', (_what, formula) => {
    expect(formulaShape(formula, 3, 3)).toBeNull();
  });

  // The fake's copy moves references with fast-formula-parser's lexer, another reading of the same
  // grammar: a formula copied there has, at its new cell, the shape it had at the old one.
  const column = fc.integer({ min: 1, max: 60 });
  const row = fc.integer({ min: 1, max: 500 });
  const letters = (c: number) => (c <= 26 ? String.fromCharCode(64 + c) : String.fromCharCode(64 + Math.floor((c - 1) / 26)) + String.fromCharCode(65 + ((c - 1) % 26)));
  const ref = fc.tuple(fc.boolean(), column, fc.boolean(), row).map(([ca, c, ra, r]) => `${ca ? '$' : ''}${letters(c)}${ra ? '$' : ''}${r}`);
  const atom = fc.oneof(ref, fc.tuple(ref, ref).map(([a, b]) => `${a}:${b}`), fc.constantFrom('"A1"', '"达成"', '0.5', '1E-7', 'TRUE'), ref.map((r) => `'项目表 1'!${r}`));
  const formula = fc.array(atom, { minLength: 1, maxLength: 6 }).chain((atoms) =>
    fc.constantFrom('IF(', 'SUM(', 'ROUND(').map((fn) => `${fn}${atoms.join(',')})`),
  );

  it('agrees with the fake copy on every moved formula', () => {
    fc.assert(
      fc.property(formula, fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 20 }), (f, down, right) => {
        const at = { row: 600, col: 70 };
        expect(formulaShape(movedFormula(f, down, right), at.row + down, at.col + right)).toBe(formulaShape(f, at.row, at.col));
      }),
    );
  });
});
