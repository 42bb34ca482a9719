import rule from '../../../src/core/rules/plan-empty';
import { fire, percents } from './run-rule';

describe('plan.empty', () => {
  it('fires once, on the first checkpoint, when no value is filled', () => {
    const hits = fire(rule, { plan: percents(null, null, null, null) });
    expect(hits).toEqual([expect.objectContaining({ row: 7, col: 2 })]);
  });

  it('fires on the plan label when the plan has no checkpoints at all', () => {
    expect(fire(rule, { plan: { labels: [], values: [] } })).toEqual([expect.objectContaining({ row: 6, col: 1 })]);
  });

  it('stays quiet when any value is filled or the form has no plan', () => {
    expect(fire(rule, { plan: percents(null, null, null, '100%') })).toEqual([]);
    expect(fire(rule, { plan: null })).toEqual([]);
    expect(fire(rule, { plan: percents(null, null, null, null), form: 'mof-reference' })).toEqual([]);
  });
});
