import rule from '../../../src/core/rules/budget-cost-cap';
import { fire } from './run-rule';

const cost = (value: string, level3 = '预算控制数') => ({ level1: '产出指标', level2: '成本指标', level3, value, basis: '依据' });

describe('budget.cost-cap', () => {
  it('fires when the cost cap is above 预算数, reading 万 as 万元 (the seed’s ≤6.45万 against 5.00)', () => {
    const hits = fire(rule, { budget: '5.00', fiscal: '5.00', indicators: [cost('≤6.45万')] });
    expect(hits).toEqual([expect.objectContaining({ row: 10, col: 5 })]);
    expect(hits[0]?.message).toContain('6.45万元');
  });

  it('converts 元 before comparing', () => {
    expect(fire(rule, { budget: '5.00', fiscal: '5.00', indicators: [cost('≤60000元')] })).toHaveLength(1);
    expect(fire(rule, { budget: '5.00', fiscal: '5.00', indicators: [cost('≤50000元')] })).toEqual([]);
  });

  it('accepts a cap equal to the budget, and ignores per-unit standards', () => {
    expect(fire(rule, { budget: '64.39', fiscal: '64.39', indicators: [cost('≤64.39万元')] })).toEqual([]);
    expect(fire(rule, { budget: '5.00', fiscal: '5.00', indicators: [cost('≤8万元', '每户补助标准')] })).toEqual([]);
  });
});
