import rule from '../../../src/core/rules/cost-not-money';
import type { ProjectSpec } from '../make-project-table';
import { fire } from './run-rule';
import { builtCells, output, row } from './indicator-rows';

describe('cost.not-money', () => {
  it('fires on a cost indicator written as a rate, a count or words (the seed’s 资金使用率 ≥90%), at its value', () => {
    const spec: ProjectSpec = {
      indicators: [
        output('成本指标', '资金使用率', '≥90%'),
        output('成本指标', '公共环境维护', '保证公共环境干净整洁'),
        row('成本指标', '经济成本指标', '维修次数', '≤4次'),
        output('成本指标', '人均补助标准', '≤1000元/人·月'),
      ],
    };
    const hits = fire(rule, spec);
    expect(hits.map((h) => [h.row, h.col])).toEqual(builtCells(spec, [0, 1, 2], 'value'));
    expect(hits[0]?.message).toMatch(/^成本指标“资金使用率”的指标值“≥90%”不是金额；成本指标应写成本的金额和单位/);
  });

  it('stays quiet on amounts in 元, 万元 or 亿元, per unit or in a 计量单位 column, on 社会成本, and outside cost', () => {
    const spec: ProjectSpec = {
      indicators: [
        output('成本指标', '项目总成本', '≤64.39万元'),
        output('成本指标', '单位成本', '≤885.2元'),
        row('成本指标', '经济成本指标', '维修单价', '≤2万元/个'),
        output('成本指标', '设备采购成本', '≤12', { unit: '万元' }),
        row('成本指标', '社会成本指标', '对周边居民的影响', '无明显影响'),
        output('质量指标', '资金使用率', '≥90%'),
      ],
    };
    expect(fire(rule, spec)).toEqual([]);
  });
});
