import rule from '../../../src/core/rules/budget-not-a-number';
import { fire } from './run-rule';

describe('budget.not-a-number', () => {
  it('fires on each money cell that is not an amount', () => {
    const hits = fire(rule, { budget: '约20万', fiscal: '20', other: ['见附件'] });
    expect(hits.map((h) => [h.row, h.col])).toEqual([[4, 3], [4, 7]]);
    expect(hits[0]?.message).toContain('约20万');
  });

  it('accepts numbers, numeric text and amounts with a unit', () => {
    expect(fire(rule, { budget: 20, fiscal: '20.00', other: ['0万元'] })).toEqual([]);
  });
});
