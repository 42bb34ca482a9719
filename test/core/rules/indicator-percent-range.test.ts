import rule from '../../../src/core/rules/indicator-percent-range';
import { fire } from './run-rule';
import { effect, fireWithout, output, satisfaction } from './indicator-rows';

describe('indicator.percent-range', () => {
  it('fires on a percentage above 100 or below 0', () => {
    const hits = fire(rule, { indicators: [output('时效指标', '资金发放率', '≥120%'), satisfaction('群众满意度', '101百分比'), output('质量指标', '合格率', '-5%')] });
    expect(hits.map((h) => [h.row, h.col, h.params.problem])).toEqual([[10, 5, '超过了100%'], [11, 5, '超过了100%'], [12, 5, '是负数']]);
    expect(hits[0]?.message).toBe('指标值“≥120%”超过了100%，比率只能在0–100%之间，请核对数值（如确为增长幅度，请在三级指标中写明“增长率”“提高幅度”）');
  });

  it('lets growth exceed 100% and changes go negative', () => {
    expect(
      fire(rule, {
        indicators: [
          effect('经济效益指标', '农民收入增长率', '≥120%'),
          effect('可持续影响指标', '行车速度提高幅度', '150%'),
          effect('经济效益指标', '成本同比变化', '-5%'),
          effect('生态效益指标', '排放量', '-3%', { description: '排放量比上年下降' }),
        ],
      }),
    ).toEqual([]);
  });

  it('stays quiet inside the range and on other units', () => {
    expect(fire(rule, { indicators: [output('时效指标', '资金发放率', '100%'), output('时效指标', '资金发放率', '≥0%'), output('数量指标', '人数', '≥274名')] })).toEqual([]);
    expect(fireWithout(rule, { indicators: [output('时效指标', '资金发放率', '≥120%')] }, ['value'])).toEqual([]);
  });
});
