import type { Rule } from '../../../src/core/rules/rule';
import { formatMessage } from '../../../src/core/rules/rule';
import type { Table } from '../../../src/core/model/table';
import { DEFAULT_PROFILE } from '../../../src/core/profile/profile-schema';
import type { FiredHit } from './run-rule';
import { tableWithIndicators, type DeptIndicatorSpec } from '../make-department-table';

/** Runs one department rule on a table and renders each hit's message. */
export function fireDept(rule: Rule, table: Table): FiredHit[] {
  return rule.check(table, { profile: DEFAULT_PROFILE, budgetYear: 2023 }).map((h) => ({ ...h, message: formatMessage(rule.meta.message, h.params) }));
}

/** Runs a band rule on one indicator row with these four bands (优, 良, 中, 差). */
export function fireBands(rule: Rule, bands: DeptIndicatorSpec['bands'], name = '测试指标'): FiredHit[] {
  return fireDept(rule, tableWithIndicators({ name, bands }));
}
