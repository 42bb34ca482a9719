import rule from '../../../src/core/rules/indicator-no-unit';
import { fire } from './run-rule';
import { effect, fireWithout, output, satisfaction } from './indicator-rows';
import { UNIT_COL } from '../make-project-table';

describe('indicator.no-unit', () => {
  it('fires on a number with no unit, suggesting % for a rate', () => {
    const hits = fire(rule, { indicators: [effect('经济效益指标', '资金使用有效率', '≥90'), satisfaction('群众满意度', '95以上')] });
    expect(hits).toEqual([
      expect.objectContaining({ row: 10, col: 5, suggestion: '≥90%', message: '指标值“≥90”没有计量单位，请在数值后写明单位（%、次、个、人、万元等），如“≥90%”' }),
      expect.objectContaining({ row: 11, col: 5, suggestion: '95%以上' }),
    ]);
  });

  it('gives no suggestion when the unit cannot be known', () => {
    const hits = fire(rule, { indicators: [output('数量指标', '培训', '≥12')] });
    expect(hits).toHaveLength(1);
    expect(hits[0]?.suggestion).toBeUndefined();
    expect(hits[0]?.message).toBe('指标值“≥12”没有计量单位，请在数值后写明单位（%、次、个、人、万元等）');
  });

  it('points at an empty 计量单位 cell when the form has one, and suggests its text', () => {
    const hits = fire(rule, { indicators: [effect('经济效益指标', '资金使用率', '≥90', { unit: '' })] });
    expect(hits).toEqual([expect.objectContaining({ row: 10, col: UNIT_COL, suggestion: '%', message: expect.stringContaining('如“≥90%”') })]);
  });

  it('stays quiet when the unit is written, in the value, its own column or the 三级 name', () => {
    expect(
      fire(rule, {
        indicators: [
          output('数量指标', '发放人数', '≥274名'),
          effect('经济效益指标', '资金使用率', '≥90', { unit: '%' }),
          effect('可持续影响指标', '服务及时性(％)', '≥95'),
          output('时效指标', '完成时限', '2023年12月底前完成'),
          output('质量指标', '验收', '按标准验收'),
        ],
      }),
    ).toEqual([]);
  });

  it('leaves garbled values to indicator.garbled and forms without 指标值 alone', () => {
    expect(fire(rule, { indicators: [output('成本指标', '绩效额', '1000每人每月1000')] })).toEqual([]);
    expect(fireWithout(rule, { indicators: [effect('经济效益指标', '资金使用有效率', '≥90')] }, ['value'])).toEqual([]);
  });
});
