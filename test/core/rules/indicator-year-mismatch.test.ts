import rule from '../../../src/core/rules/indicator-year-mismatch';
import { fire } from './run-rule';
import { fireWithout, output } from './indicator-rows';

describe('indicator.year-mismatch', () => {
  it('fires on each cell of a 时效 row that names another year, suggesting the budget year for an earlier one', () => {
    const hits = fire(rule, { indicators: [output('时效指标', '2022年12月底前完成', '2023年12月底前完成', { description: '2023年12月底前完成' })] });
    expect(hits).toEqual([expect.objectContaining({ row: 10, col: 3, suggestion: '2023年12月底前完成' })]);
    expect(hits[0]?.message).toBe('时效指标写的是2022年，而预算年度是2023年，请核对，完成时限一般应写在2023年内，如“2023年12月底前完成”');
  });

  it('writes the budget year for every use of the earlier one, at the start and right after another', () => {
    const hits = fire(rule, { indicators: [output('时效指标', '完成时限', '2022.6-2022.12完成')] });
    expect(hits.map((h) => h.suggestion)).toEqual(['2023.6-2023.12完成']);
  });

  it('leaves the digits of a longer number that end like the year', () => {
    const hits = fire(rule, { indicators: [output('时效指标', '完成时限', '2022年12月底前完成（文号32022.5）')] });
    expect(hits.map((h) => h.suggestion)).toEqual(['2023年12月底前完成（文号32022.5）']);
  });

  it('names a later year without guessing a fix, in the value or the description', () => {
    const hits = fire(rule, { indicators: [output('时效指标', '完成时限', '2024.6前完成', { description: '2024年6月底前' })] });
    expect(hits.map((h) => [h.col, h.suggestion])).toEqual([[4, undefined], [5, undefined]]);
  });

  it('stays quiet on the budget year, a span that includes it, other 二级 and an unknown budget year', () => {
    expect(fire(rule, { indicators: [output('时效指标', '完成时限', '2023年12月底前完成'), output('时效指标', '建设周期', '2023-2025年完成')] })).toEqual([]);
    expect(fire(rule, { indicators: [output('质量指标', '2022年度验收', '全部合格')] })).toEqual([]);
    expect(fire(rule, { indicators: [output('时效指标', '2022年12月底前完成', '2022年12月底前完成')] }, { budgetYear: null })).toEqual([]);
    expect(fire(rule, { indicators: [output('时效指标', '资金发放及时率', '≥2000元')] })).toEqual([]);
  });

  it('does not read the 三级 column of a form that lacks it', () => {
    expect(fireWithout(rule, { indicators: [output('时效指标', '2022年12月底前完成', '按时完成', { description: '' })] }, ['level3'])).toEqual([]);
  });
});
