import rule from '../../../src/core/rules/budget-cost-unit';
import { fire } from './run-rule';

const cost = (value: string, level3 = '预算控制数') => ({ level1: '产出指标', level2: '成本指标', level3, value, basis: '依据' });

describe('budget.cost-unit', () => {
  it('fires on a total cost written in 元 against a budget in 万元, suggesting 万元 (the seed’s ≤885.2元)', () => {
    const hits = fire(rule, { budget: '885.20', fiscal: '885.20', indicators: [cost('≤885.2元', '承包费金额')] });
    expect(hits).toEqual([expect.objectContaining({ row: 10, col: 5, suggestion: '≤885.2万元' })]);
    expect(hits[0]?.message).toContain('885.20万元');
  });

  it('stays quiet on per-person standards, on floors, and on amounts in 元 that are a fair share of the budget', () => {
    const budget = { budget: '20.00', fiscal: '20.00' };
    expect(fire(rule, { ...budget, indicators: [cost('≤1500元', '每人每月补贴标准')] })).toEqual([]);
    expect(fire(rule, { ...budget, indicators: [cost('≥1500元')] })).toEqual([]);
    expect(fire(rule, { ...budget, indicators: [cost('≤180000元')] })).toEqual([]);
    expect(fire(rule, { ...budget, indicators: [cost('≤20万元')] })).toEqual([]);
  });
});
