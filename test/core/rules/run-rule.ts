import type { ProjectRule, RuleHit } from '../../../src/core/rules/rule';
import { formatMessage } from '../../../src/core/rules/rule';
import { makeProjectTable, type ProjectSpec } from '../make-project-table';

export interface FiredHit extends RuleHit {
  message: string;
}

/** Runs one rule on a table built from the spec and renders each hit's message. */
export function fire(rule: ProjectRule, spec: ProjectSpec = {}): FiredHit[] {
  return rule.check(makeProjectTable(spec)).map((h) => ({ ...h, message: formatMessage(rule.meta.message, h.params) }));
}

export const percents = (...values: (string | null)[]) => ({ labels: ['3月底', '6月底', '10月底', '12月底'], values });
