import { DEFAULT_PROFILE, ProfileSchema, type Profile } from '../../src/core/profile/profile-schema';
import { RULES } from '../../src/core/rules/catalogue';
import { formToProfile, profileToForm, type FormResult } from '../../src/taskpane/profile-form';

function saved(result: FormResult): Profile {
  if (!result.ok) throw new Error(`not saved: ${JSON.stringify(result.problems)}`);
  return result.profile;
}

function problems(result: FormResult) {
  return result.ok ? [] : result.problems;
}

describe('profile form', () => {
  it('round-trips the default profile unchanged', () => {
    const form = profileToForm(DEFAULT_PROFILE);
    expect(form.budgetYear).toBe('');
    expect(form.milestones).toEqual([
      { month: '6', minPercent: '50' },
      { month: '9', minPercent: '75' },
    ]);
    expect(saved(formToProfile(form, DEFAULT_PROFILE))).toEqual(DEFAULT_PROFILE);
  });

  it('shows every rule at its setting, its default when the profile leaves it out', () => {
    const form = profileToForm({ ...DEFAULT_PROFILE, rules: { 'plan.gap': 'off' } });
    expect(Object.keys(form.rules)).toHaveLength(RULES.length);
    expect(form.rules['plan.gap']).toBe('off');
    expect(form.rules['indicator.vague']).toBe(RULES.find((r) => r.meta.id === 'indicator.vague')?.meta.severity);
  });

  it('stores only the rules changed from their default, and keeps ids it does not know', () => {
    const base: Profile = { ...DEFAULT_PROFILE, rules: { 'future.rule': 'warning' } };
    const form = profileToForm(base);
    form.rules['plan.gap'] = 'warning';
    form.rules['plan.monotonic'] = 'error';
    const profile = saved(formToProfile(form, base));
    expect(profile.rules).toEqual({ 'future.rule': 'warning', 'plan.gap': 'warning' });
  });

  it('reads the year and milestones as numbers, sorted by month, and keeps the rest of the profile', () => {
    const base: Profile = { ...DEFAULT_PROFILE, name: '承德', minSatisfactionPercent: 85 };
    const form = { ...profileToForm(base), budgetYear: ' 2023 ', milestones: [{ month: '10', minPercent: '80' }, { month: '3', minPercent: '20.5' }] };
    const profile = saved(formToProfile(form, base));
    expect(profile.budgetYear).toBe(2023);
    expect(profile.planMilestones).toEqual([{ month: 3, minPercent: 20.5 }, { month: 10, minPercent: 80 }]);
    expect(profile.name).toBe('承德');
    expect(profile.minSatisfactionPercent).toBe(85);
    expect(ProfileSchema.parse(profile)).toEqual(profile);
  });

  it('rejects a year outside 2000–2100 or not whole', () => {
    for (const budgetYear of ['1999', '2023.5', 'abc']) {
      const result = formToProfile({ ...profileToForm(DEFAULT_PROFILE), budgetYear }, DEFAULT_PROFILE);
      expect(problems(result)).toEqual([{ key: 'problemBudgetYear', params: {} }]);
    }
  });

  it('names the milestone whose month or percent is wrong', () => {
    const form = {
      ...profileToForm(DEFAULT_PROFILE),
      milestones: [{ month: '6', minPercent: '50' }, { month: '13', minPercent: '' }, { month: '', minPercent: '120' }],
    };
    expect(problems(formToProfile(form, DEFAULT_PROFILE))).toEqual(
      expect.arrayContaining([
        { key: 'problemMonth', params: { n: 2 } },
        { key: 'problemPercent', params: { n: 2 } },
        { key: 'problemMonth', params: { n: 3 } },
        { key: 'problemPercent', params: { n: 3 } },
      ]),
    );
    expect(problems(formToProfile(form, DEFAULT_PROFILE))).toHaveLength(4);
  });

  it('rejects two milestones in one month', () => {
    const form = { ...profileToForm(DEFAULT_PROFILE), milestones: [{ month: '6', minPercent: '50' }, { month: '6', minPercent: '60' }] };
    expect(problems(formToProfile(form, DEFAULT_PROFILE))).toEqual([{ key: 'problemDuplicateMonth', params: { n: 2, month: 6 } }]);
  });

  it('accepts an empty milestone list', () => {
    expect(saved(formToProfile({ ...profileToForm(DEFAULT_PROFILE), milestones: [] }, DEFAULT_PROFILE)).planMilestones).toEqual([]);
  });
});
