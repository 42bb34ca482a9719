import { ProfileSchema, type Profile, type RuleSetting } from '../core/profile/profile-schema';
import { RULES } from '../core/rules/catalogue';
import type { StringKey } from './strings';

/** A milestone as typed: text until saved, so a half-typed number is not lost. */
export interface MilestoneForm {
  month: string;
  minPercent: string;
}

/** What the settings drawer edits; the rest of the profile is carried over unchanged. */
export interface ProfileForm {
  /** Empty: the year is inferred from the tables. */
  budgetYear: string;
  milestones: MilestoneForm[];
  /** Setting of every catalogue rule, its default included. */
  rules: Record<string, RuleSetting>;
}

/** One thing wrong with the form, as a message key and its slots. */
export interface FormProblem {
  key: Extract<StringKey, `problem${string}`>;
  params: Record<string, string | number>;
}

export type FormResult = { ok: true; profile: Profile } | { ok: false; problems: FormProblem[] };

export function profileToForm(profile: Profile): ProfileForm {
  return {
    budgetYear: profile.budgetYear === null ? '' : String(profile.budgetYear),
    milestones: profile.planMilestones.map((m) => ({ month: String(m.month), minPercent: String(m.minPercent) })),
    rules: Object.fromEntries(RULES.map(({ meta }) => [meta.id, profile.rules[meta.id] ?? meta.severity])),
  };
}

/** Empty text is NaN, which the schema rejects like any other non-number. */
function parseNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text.trim());
}

/** Only settings that differ from a rule's default are stored; ids unknown to this version are kept. */
function ruleSettings(form: ProfileForm, base: Profile): Record<string, RuleSetting> {
  const defaults = new Map(RULES.map(({ meta }) => [meta.id, meta.severity]));
  const kept = Object.entries(base.rules).filter(([id]) => !defaults.has(id));
  const changed = Object.entries(form.rules).filter(([id, setting]) => defaults.has(id) && defaults.get(id) !== setting);
  return Object.fromEntries([...kept, ...changed]);
}

function problemOf(path: readonly PropertyKey[], message: string): FormProblem {
  const [field, index, key] = path;
  if (field === 'budgetYear') return { key: 'problemBudgetYear', params: {} };
  if (field === 'planMilestones' && typeof index === 'number') {
    return { key: key === 'month' ? 'problemMonth' : 'problemPercent', params: { n: index + 1 } };
  }
  return { key: 'problemOther', params: { detail: `${path.map(String).join('.')}: ${message}` } };
}

/** The form as a profile, validated by the same schema that reads saved profiles. */
export function formToProfile(form: ProfileForm, base: Profile): FormResult {
  const candidate = {
    ...base,
    budgetYear: form.budgetYear.trim() === '' ? null : parseNumber(form.budgetYear),
    planMilestones: form.milestones.map((m) => ({ month: parseNumber(m.month), minPercent: parseNumber(m.minPercent) })),
    rules: ruleSettings(form, base),
  };
  const parsed = ProfileSchema.safeParse(candidate);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => problemOf(i.path, i.message));
  const seen = new Set<number>();
  candidate.planMilestones.forEach((m, i) => {
    if (!Number.isInteger(m.month)) return;
    if (seen.has(m.month)) problems.push({ key: 'problemDuplicateMonth', params: { n: i + 1, month: m.month } });
    seen.add(m.month);
  });
  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  const planMilestones = [...parsed.data.planMilestones].sort((a, b) => a.month - b.month);
  return { ok: true, profile: { ...parsed.data, planMilestones } };
}
