import type { Rule, RuleHit } from '../../../src/core/rules/rule';
import { formatMessage } from '../../../src/core/rules/rule';
import { makeProjectTable, type ProjectSpec } from '../make-project-table';
import { DEFAULT_PROFILE, type Profile } from '../../../src/core/profile/profile-schema';
import type { RuleContext } from '../../../src/core/rules/rule-context';

export interface FiredHit extends RuleHit {
  message: string;
}

/** Runs one rule on a table built from the spec and renders each hit's message. */
export function fire(rule: Rule, spec: ProjectSpec = {}, context: Partial<RuleContext> = {}): FiredHit[] {
  const ctx: RuleContext = { profile: DEFAULT_PROFILE, budgetYear: 2023, ...context };
  return rule.check(makeProjectTable(spec), ctx).map((h) => ({ ...h, message: formatMessage(rule.meta.message, h.params) }));
}

export function profileWith(overrides: Partial<Profile>): Profile {
  return { ...DEFAULT_PROFILE, ...overrides };
}

export const percents = (...values: (string | null)[]) => ({ labels: ['3月底', '6月底', '10月底', '12月底'], values });
