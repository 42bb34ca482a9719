import rule from '../../../src/core/rules/plan-invalid';
import { fire, percents } from './run-rule';

describe('plan.invalid', () => {
  it('fires on a value that is not a percentage and quotes it', () => {
    const hits = fire(rule, { plan: percents('25%', '过半', '80%', '100%') });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ row: 7, col: 3 });
    expect(hits[0]?.message).toContain('过半');
  });

  it('accepts every percentage form', () => {
    expect(fire(rule, { plan: percents('25%', '50％', '80百分比', '100') })).toEqual([]);
  });
});
