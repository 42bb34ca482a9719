import rule from '../../../src/core/rules/plan-monotonic';
import { fire, percents } from './run-rule';

describe('plan.monotonic', () => {
  it('fires on the checkpoint that falls below an earlier one and names both', () => {
    const hits = fire(rule, { plan: percents('50%', '40%', '80%', '100%') });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ row: 7, col: 3 });
    expect(hits[0]?.message).toBe('资金支出计划应为累计百分比，6月底(40%)低于3月底(50%)');
  });

  it('compares against the highest value so far, not only the neighbour', () => {
    const hits = fire(rule, { plan: percents('60%', '30%', '50%', '100%') });
    expect(hits.map((h) => h.col)).toEqual([3, 4]);
  });

  it('reads fractions with a % format and bare numbers on the same scale', () => {
    const plan = { labels: ['一季度', '二季度', '三季度', '四季度'], values: [{ fraction: 0.5 }, { number: 40 }, { fraction: 0.8 }, { fraction: 1 }] };
    expect(fire(rule, { plan }).map((h) => h.col)).toEqual([3]);
  });

  it('stays quiet on cumulative plans, equal neighbours and empty cells', () => {
    expect(fire(rule, { plan: percents('25%', '25%', '50%', '100%') })).toEqual([]);
    expect(fire(rule, { plan: percents(null, '40%', null, '100%') })).toEqual([]);
    expect(fire(rule, { plan: null })).toEqual([]);
  });

  it('checks twelve monthly checkpoints the same way', () => {
    const labels = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
    const values = labels.map((_, i) => `${Math.round(((i + 1) / 12) * 100)}%`);
    expect(fire(rule, { plan: { labels, values } })).toEqual([]);
    values[6] = '10%';
    expect(fire(rule, { plan: { labels, values } }).map((h) => h.col)).toEqual([8]);
  });
});

describe('plan.monotonic suggestions', () => {
  it('suggests the cumulative value when the plan lists each period’s share and the shares add up to 100%', () => {
    const hits = fire(rule, { plan: percents('25%', '25%', '30%', '20%') });
    expect(hits.map((h) => [h.col, h.suggestion])).toEqual([[5, '100%']]);
    const shares = fire(rule, { plan: percents('40%', '30%', '20%', '10%') });
    expect(shares.map((h) => h.suggestion)).toEqual(['70%', '90%', '100%']);
  });

  it('suggests nothing when the values do not add up to 100%', () => {
    expect(fire(rule, { plan: percents('50%', '40%', '80%', '100%') })[0]?.suggestion).toBeUndefined();
  });
});
