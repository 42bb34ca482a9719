import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_PROFILE, ProfileSchema } from '../../src/core/profile/profile-schema';
import { parseProfile } from '../../src/core/check/parse-profile';
import { checkTables } from '../../src/core/check/check-tables';
import { makeProjectTable } from './make-project-table';
import { makeSelfEvaluationTable } from './make-self-evaluation-table';
import { scoreProject } from '../../src/core/grade/project-score';
import { gradeOf } from '../../src/core/profile/grade-of';
import type { Profile } from '../../src/core/profile/profile-schema';

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

  it('rejects step scoring without a step', () => {
    const r = parseProfile({ budgetExecution: { scoring: 'steps' } });
    expect(r.ok ? [] : r.problems).toEqual([expect.stringContaining('budgetExecution.steps')]);
  });
});

describe('the example profiles', () => {
  const shipped = (name: string): Profile => {
    const parsed = parseProfile(JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'profiles', `${name}.json`), 'utf8')) as unknown);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    return parsed.profile;
  };
  const hubei = shipped('hubei');
  const jiangxi = shipped('jiangxi');
  const duplicate = { level1: '产出指标', level2: '数量指标', level3: '发放人数', value: '≥274名', basis: '部门年初工作目标' };
  const twice = makeProjectTable({ indicators: [duplicate, duplicate, ...[
    { level1: '效益指标', level2: '社会效益指标', level3: '维护社会稳定', value: '维护社会稳定', basis: '部门年初工作目标' },
    { level1: '满意度指标', level2: '服务对象满意度指标', level3: '群众满意度', value: '≥90%', basis: '部门年初工作目标' },
  ]] });
  const severityOfDuplicate = (profile: Profile) =>
    checkTables([twice], { profile, budgetYear: 2023 }).filter((f) => f.rule === 'indicator.duplicate').map((f) => f.severity);
  /** 80 of 100 万元 spent and the indicators not yet scored: the 总分 is the 预算执行率's points alone. */
  const executionPoints = (profile: Profile) => scoreProject(makeProjectTable({ budget: '100.00', fiscal: '100.00', execution: 80 }), profile)?.total;
  const over = makeSelfEvaluationTable({ funds: { annual: 100, executed: 105, weight: 10, rate: '105%', score: 10 } });
  const overRate = (profile: Profile) => checkTables([over], { profile, budgetYear: 2023 }).filter((f) => f.rule === 'self.exec-rate').length;

  it('keeps duplicate 三级 names a warning in 湖北 (its system does not block them) and makes them an error in 江西', () => {
    expect(severityOfDuplicate(DEFAULT_PROFILE)).toEqual(['warning']);
    expect(severityOfDuplicate(hubei)).toEqual(['warning']);
    expect(severityOfDuplicate(jiangxi)).toEqual(['error']);
  });

  it('scores 预算执行率 out of 20 in 湖北 and by steps in 江西 (80 % → 7 of 10)', () => {
    expect(executionPoints(DEFAULT_PROFILE)).toBe(8);
    expect(executionPoints(hubei)).toBe(16);
    expect(executionPoints(jiangxi)).toBe(7);
    expect(Object.values(hubei.weights).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('refuses an 执行率 above 100 % in both, as their systems do, where the default accepts it', () => {
    expect(overRate(DEFAULT_PROFILE)).toBe(0);
    expect(overRate(hubei)).toBe(1);
    expect(overRate(jiangxi)).toBe(1);
  });

  it('grades by 80/70/60 in 江西 and by 90/80/60 elsewhere', () => {
    expect([75, 85].map((t) => gradeOf(t, DEFAULT_PROFILE))).toEqual(['中', '良']);
    expect([75, 85].map((t) => gradeOf(t, hubei))).toEqual(['中', '良']);
    expect([75, 85].map((t) => gradeOf(t, jiangxi))).toEqual(['良', '优']);
  });
});
