import rule from '../../../src/core/rules/indicator-percent-word';
import { fire } from './run-rule';
import { fireWithout, output, satisfaction } from './indicator-rows';
import { UNIT_COL } from '../make-project-table';

describe('indicator.percent-word', () => {
  it('suggests % for 百分比 and a full-width ％, once per cell', () => {
    const hits = fire(rule, { indicators: [output('时效指标', '资金发放率', '≥90百分比'), satisfaction('群众满意度', '95％以上'), output('质量指标', '资金覆盖率', '100 百分比')] });
    expect(hits.map((h) => [h.row, h.col, h.suggestion])).toEqual([[10, 5, '≥90%'], [11, 5, '95%以上'], [12, 5, '100 %']]);
    expect(hits[0]?.message).toBe('指标值“≥90百分比”的单位写成了“百分比”，建议统一写成“%”：≥90%');
  });

  it('fixes the 计量单位 cell when the form has one', () => {
    expect(fire(rule, { indicators: [output('时效指标', '资金发放率', '≥90', { unit: '百分比' })] })).toEqual([
      expect.objectContaining({ row: 10, col: UNIT_COL, suggestion: '%' }),
    ]);
  });

  it('stays quiet on %, on a value that is only the word (indicator.no-number) and on other units', () => {
    expect(fire(rule, { indicators: [output('时效指标', '资金发放率', '≥90%'), output('数量指标', '资金发放率', '百分比'), output('数量指标', '人数', '≥5人')] })).toEqual([]);
    expect(fireWithout(rule, { indicators: [output('时效指标', '资金发放率', '≥90百分比')] }, ['value'])).toEqual([]);
  });
});
