import { emptyCell } from '../../../src/harness/fake-excel/fake-cells';
import { cellClass, cellFill, cellStyle, editText } from '../../../src/harness/grid/grid-cell-view';

const fill = (color: string, pattern = 'Solid') => ({ color, pattern, patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 });

describe('how the harness draws a cell', () => {
  it('shows a solid fill, bold, a font colour and underline, and no fill for the None pattern', () => {
    const cell = { ...emptyCell(), fill: fill('#ffc7ce'), bold: true, fontColor: '#C00000', underline: 'Single' };
    expect(cellStyle(cell)).toEqual({ backgroundColor: '#ffc7ce', fontWeight: 'bold', color: '#C00000', textDecoration: 'underline' });
    expect(cellFill(cell)).toBe('#FFC7CE');
    expect(cellFill({ ...emptyCell(), fill: fill('#FFFFFF', 'None') })).toBeUndefined();
    expect(cellStyle(undefined)).toBeUndefined();
  });

  it('right-aligns numbers, wraps where the cell wraps, and marks formulas', () => {
    expect(cellClass({ ...emptyCell(), value: 12.5, formula: 'SUM(A1:A2)' })).toBe('number formula');
    expect(cellClass({ ...emptyCell(), value: '文字', wrap: true })).toBe('wrap');
    expect(cellClass({ ...emptyCell(), value: '文字' })).toBeUndefined();
  });

  it('starts an edit from the formula, from what a percentage shows, else from the value', () => {
    expect(editText({ ...emptyCell(), value: 3, formula: 'A1+A2' }, '3')).toBe('=A1+A2');
    expect(editText({ ...emptyCell(), value: 0.25, numberFormat: '0%' }, '25%')).toBe('25%');
    expect(editText({ ...emptyCell(), value: 64.39, numberFormat: '0.00' }, '64.39')).toBe('64.39');
    expect(editText({ ...emptyCell(), value: '≥274名' }, '≥274名')).toBe('≥274名');
    expect(editText(emptyCell(), '')).toBe('');
  });
});
