import rule from '../../../src/core/rules/plan-milestone';
import { checkpointMonth } from '../../../src/core/rules/support/plan-checkpoint-month';
import { fire, percents, profileWith } from './run-rule';

describe('plan.milestone', () => {
  it('flags the first milestone a back-loaded plan misses, on its checkpoint', () => {
    const hits = fire(rule, { plan: percents('10%', '20%', '60%', '100%') });
    expect(hits).toEqual([expect.objectContaining({ row: 7, col: 3 })]);
    expect(hits[0]?.message).toContain('6月底');
    expect(hits[0]?.message).toContain('20%');
    expect(hits[0]?.message).toContain('50%');
  });

  it('judges the 9-month milestone at 10月底 when the template has no 9月底', () => {
    const hits = fire(rule, { plan: percents('25%', '50%', '70%', '100%') });
    expect(hits).toEqual([expect.objectContaining({ col: 4 })]);
    expect(hits[0]?.message).toContain('9月底75%');
  });

  it('counts leading empty checkpoints as 0%', () => {
    expect(fire(rule, { plan: percents(null, null, null, '100%') })).toEqual([expect.objectContaining({ col: 3 })]);
  });

  it('stays quiet on a plan that keeps pace, exactly at the thresholds', () => {
    expect(fire(rule, { plan: percents('25%', '50%', '75%', '100%') })).toEqual([]);
  });

  it('takes its milestones from the profile', () => {
    const lenient = profileWith({ planMilestones: [{ month: 12, minPercent: 100 }] });
    expect(fire(rule, { plan: percents('10%', '20%', '60%', '100%') }, { profile: lenient })).toEqual([]);
    const strict = profileWith({ planMilestones: [{ month: 3, minPercent: 20 }] });
    expect(fire(rule, { plan: percents('10%', '50%', '80%', '100%') }, { profile: strict })).toEqual([expect.objectContaining({ col: 2 })]);
  });

  it('reads months, quarters and halves from checkpoint labels', () => {
    expect(['3月底', '6月', '1-6月', '十月底', '十二月', '一季度', '第2季度', 'Q3', '四季度', '上半年', '全年', '其他'].map(checkpointMonth)).toEqual([
      3, 6, 6, 10, 12, 3, 6, 9, 12, 6, 12, null,
    ]);
  });
});
