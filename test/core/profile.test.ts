import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_PROFILE, ProfileSchema } from '../../src/core/profile/profile-schema';
import { parseProfile } from '../../src/core/check/parse-profile';
import { checkTables } from '../../src/core/check/check-tables';
import { makeProjectTable } from './make-project-table';

const table = makeProjectTable({ plan: { labels: ['3月底', '6月底', '10月底', '12月底'], values: ['50%', '40%', '80%', '90%'] } });

describe('review profiles', () => {
  it('ships profiles/default.json equal to the built-in default', () => {
    const shipped = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'profiles', 'default.json'), 'utf8')) as unknown;
    expect(ProfileSchema.parse(shipped)).toEqual(DEFAULT_PROFILE);
    expect(ProfileSchema.parse({})).toEqual(DEFAULT_PROFILE);
  });

  it('changes a rule’s severity or turns it off', () => {
    const rules = (profileRules: Record<string, 'error' | 'warning' | 'info' | 'off'>) =>
      checkTables([table], { profile: { ...DEFAULT_PROFILE, rules: profileRules }, budgetYear: 2023 }).map((f) => `${f.rule}:${f.severity}`);
    expect(rules({})).toEqual(expect.arrayContaining(['plan.monotonic:error', 'plan.final-100:error']));
    const changed = rules({ 'plan.monotonic': 'warning', 'plan.final-100': 'off' });
    expect(changed).toContain('plan.monotonic:warning');
    expect(changed.some((r) => r.startsWith('plan.final-100'))).toBe(false);
  });

  it('rejects unknown rules, bad severities and out-of-range thresholds with the field named', () => {
    const bad = (json: unknown) => {
      const r = parseProfile(json);
      return r.ok ? [] : r.problems;
    };
    expect(bad({ rules: { 'plan.nonsense': 'off' } })).toEqual([expect.stringContaining('rules.plan.nonsense')]);
    expect(bad({ rules: { 'plan.gap': 'fatal' } })[0]).toContain('rules.plan.gap');
    expect(bad({ planMilestones: [{ month: 13, minPercent: 50 }] })[0]).toContain('planMilestones.0.month');
    expect(bad({ budgetYear: 23 })[0]).toContain('budgetYear');
    expect(bad({ colour: 'red' }).length).toBe(1);
    expect(parseProfile({ budgetYear: 2024, rules: { 'plan.milestone': 'warning' } }).ok).toBe(true);
  });
});
