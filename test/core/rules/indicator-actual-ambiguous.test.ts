import rule from '../../../src/core/rules/indicator-actual-ambiguous';
import { fire } from './run-rule';
import { ACTUAL_COL, type IndicatorSpec } from '../make-project-table';

const row = (value: string, actual: IndicatorSpec['actual'], level3 = '群众满意度'): IndicatorSpec[] => [
  { level1: '满意度指标', level2: '服务对象满意度指标', level3, value, basis: '年初目标', actual },
];

describe('indicator.actual-ambiguous', () => {
  it('fires on a bare 0.95 against a percentage target, on the 实际完成值 cell (where its fix goes), and says how to write it', () => {
    const hits = fire(rule, { indicators: row('≥90%', 0.95) });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ row: 10, col: ACTUAL_COL, suggestion: '95%' });
    expect(hits[0]?.message).toBe('实际完成值“0.95”没有写百分号，可能是0.95%也可能是95%，评分暂按95%计；请写成“95%”，或把单元格设为百分比格式');
  });

  it('fires on 1, and for a rate named without a unit; 0.95 typed as text is not scored at all', () => {
    expect(fire(rule, { indicators: row('≥90%', '0.95') })).toEqual([]);
    expect(fire(rule, { indicators: row('100%', 1) })[0]?.suggestion).toBe('100%');
    expect(fire(rule, { indicators: row('≥90', 0.95, '验收合格率') })).toHaveLength(1);
  });

  it('stays quiet on 95, 95%, a % formatted fraction, 0, and non-percentage targets', () => {
    for (const actual of [95, '95%', { fraction: 0.95 }, 0, '0.5%']) expect(fire(rule, { indicators: row('≥90%', actual) })).toEqual([]);
    expect(fire(rule, { indicators: row('≥0.5万元', 0.6, '项目成本') })).toEqual([]);
  });
});
