import rule from '../../../src/core/rules/plan-range';
import { fire, percents } from './run-rule';

describe('plan.range', () => {
  it('fires above 100% and below 0%', () => {
    const hits = fire(rule, { plan: percents('-5%', '50%', '120%', '100%') });
    expect(hits.map((h) => h.col)).toEqual([2, 4]);
    expect(hits[1]?.message).toContain('120%');
  });

  it('catches a fraction that was typed as a whole number under a % format', () => {
    const plan = { labels: ['6月底', '12月底'], values: [{ fraction: 50 }, { fraction: 1 }] };
    expect(fire(rule, { plan }).map((h) => h.col)).toEqual([2]);
  });

  it('accepts the bounds themselves', () => {
    expect(fire(rule, { plan: percents('0%', '0%', '50%', '100%') })).toEqual([]);
  });
});
