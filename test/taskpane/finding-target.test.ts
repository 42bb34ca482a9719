import { findingCellKey, findingTarget } from '../../src/taskpane/finding-target';

describe('finding target', () => {
  it('turns the report A1 cell into 1-based row and column on the sheet', () => {
    expect(findingTarget({ sheet: '项目表', cell: 'B7' })).toEqual({ sheet: '项目表', row: 7, col: 2 });
    expect(findingTarget({ sheet: 'S', cell: 'AA100' })).toEqual({ sheet: 'S', row: 100, col: 27 });
  });

  it('rejects a cell that is not an A1 address', () => {
    expect(() => findingTarget({ sheet: 'S', cell: 'B0' })).toThrow(RangeError);
  });

  it('names the cell with its sheet', () => {
    expect(findingCellKey({ sheet: '项目表', cell: 'C9' })).toBe('项目表!C9');
  });
});
