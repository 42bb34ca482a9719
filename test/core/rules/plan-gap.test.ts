import rule from '../../../src/core/rules/plan-gap';
import { fire, percents } from './run-rule';

describe('plan.gap', () => {
  it('fires on every empty checkpoint between two filled ones', () => {
    const hits = fire(rule, { plan: percents('25%', null, null, '100%') });
    expect(hits.map((h) => h.col)).toEqual([3, 4]);
    expect(hits[0]?.message).toContain('6月底');
  });

  it('treats empty checkpoints before the first value as 0% and trailing ones as not a gap', () => {
    expect(fire(rule, { plan: percents(null, null, '60%', '100%') })).toEqual([]);
    expect(fire(rule, { plan: percents('25%', '50%', null, null) })).toEqual([]);
    expect(fire(rule, { plan: percents(null, null, null, null) })).toEqual([]);
  });
});
