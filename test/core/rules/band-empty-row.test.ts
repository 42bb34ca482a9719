import rule from '../../../src/core/rules/band-empty-row';
import { bandCell, tableWithIndicators } from '../make-department-table';
import { fireBands, fireDept } from './run-department-rule';

describe('band.empty-row', () => {
  it('fires on the 优 cell of an indicator whose four bands are empty', () => {
    const hits = fireBands(rule, ['', '', '', ''], '数据准确率');
    expect(hits).toEqual([expect.objectContaining(bandCell(0, 0))]);
    expect(hits[0]?.message).toBe('指标“数据准确率”的评价标准（优、良、中、差）全部为空，年终无法评定等级，请按该指标填写各档标准');
  });

  it('treats cells of spaces as empty', () => {
    const table = tableWithIndicators({ name: '宣传覆盖率', bands: ['100%', '90%', '80%', '60%以下'] }, { name: '数据准确率', bands: [' ', '\u3000', '', ''] });
    expect(fireDept(rule, table).map((h) => [h.row, h.message])).toEqual([[6, expect.stringContaining('“数据准确率”')]]);
  });

  it('stays quiet when any band is filled, words and a single band included', () => {
    expect(fireBands(rule, ['100%', '90%', '80%', '60%以下'])).toEqual([]);
    expect(fireBands(rule, ['促进', '', '', ''])).toEqual([]);
    expect(fireBands(rule, ['', '', '', '不合规'])).toEqual([]);
  });
});
