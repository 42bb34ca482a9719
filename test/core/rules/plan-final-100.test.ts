import rule from '../../../src/core/rules/plan-final-100';
import { fire, percents } from './run-rule';

describe('plan.final-100', () => {
  it('fires when the last checkpoint is not 100%', () => {
    const hits = fire(rule, { plan: percents('25%', '50%', '80%', '90%') });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ row: 7, col: 5 });
    expect(hits[0]?.message).toContain('12月底');
    expect(hits[0]?.message).toContain('90%');
  });

  it('fires when the last checkpoint is left empty', () => {
    expect(fire(rule, { plan: percents('25%', '50%', '100%', null) })[0]?.message).toContain('为空');
  });

  it('accepts 100% written as text, as 1 with a % format, and as a bare 100', () => {
    expect(fire(rule, { plan: percents('25%', '50%', '80%', '100%') })).toEqual([]);
    expect(fire(rule, { plan: { labels: ['6月底', '12月底'], values: [{ fraction: 0.5 }, { fraction: 1 }] } })).toEqual([]);
    expect(fire(rule, { plan: { labels: ['6月底', '12月底'], values: [{ number: 50 }, { number: 100 }] } })).toEqual([]);
  });

  it('leaves an all-empty plan and an unreadable last value to their own rules', () => {
    expect(fire(rule, { plan: percents(null, null, null, null) })).toEqual([]);
    expect(fire(rule, { plan: percents('25%', '50%', '80%', '全部') })).toEqual([]);
  });
});
