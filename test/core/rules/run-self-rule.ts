import type { Rule } from '../../../src/core/rules/rule';
import { formatMessage } from '../../../src/core/rules/rule';
import { DEFAULT_PROFILE, type Profile } from '../../../src/core/profile/profile-schema';
import type { Table } from '../../../src/core/model/table';
import type { FiredHit } from './run-rule';
import { makeSelfEvaluationTable, type SelfSpec } from '../make-self-evaluation-table';

/** Runs one rule on a table (a self-evaluation built from the spec by default) and renders each hit's message. */
export function fireOn(rule: Rule, table: Table, profile: Profile = DEFAULT_PROFILE): FiredHit[] {
  return rule.check(table, { profile, budgetYear: 2023 }).map((h) => ({ ...h, message: formatMessage(rule.meta.message, h.params) }));
}

export function fireSelf(rule: Rule, spec: SelfSpec = {}, profile: Profile = DEFAULT_PROFILE): FiredHit[] {
  return fireOn(rule, makeSelfEvaluationTable(spec), profile);
}
