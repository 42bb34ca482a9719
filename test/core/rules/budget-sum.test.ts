import rule from '../../../src/core/rules/budget-sum';
import { fire } from './run-rule';

describe('budget.sum', () => {
  it('fires on 预算数 when it differs from 财政资金 + 其他资金, with the figures', () => {
    const hits = fire(rule, { budget: '20.00', fiscal: '18.00', other: [''] });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ row: 4, col: 3 });
    expect(hits[0]?.message).toBe('预算数20.00万元不等于财政资金18.00万元与其他资金0.00万元之和18.00万元，请核对');
  });

  it('adds every other source (自有资金, 其他)', () => {
    expect(fire(rule, { budget: 30, fiscal: 20, other: [5, 5] })).toEqual([]);
    expect(fire(rule, { budget: 30, fiscal: 20, other: [5, 4] })).toHaveLength(1);
  });

  it('tolerates rounding below half a hundredth of 万元 and converts 元', () => {
    expect(fire(rule, { budget: 64.39, fiscal: 64.394 })).toEqual([]);
    expect(fire(rule, { budget: 64.39, fiscal: '643900元' })).toEqual([]);
    expect(fire(rule, { budget: 64.39, fiscal: 64.4 })).toHaveLength(1);
  });

  it('stays quiet when the parts are all empty or one is unreadable', () => {
    expect(fire(rule, { budget: 20, fiscal: null, other: [''] })).toEqual([]);
    expect(fire(rule, { budget: 20, fiscal: '约18万', other: [''] })).toEqual([]);
  });
});
