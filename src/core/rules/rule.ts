import type { Severity } from '../finding';
import type { ProjectTable } from '../model/project-table';
import type { DepartmentTable } from '../model/department-table';
import type { RuleContext } from './rule-context';

/** What a rule is, for people: shown in the docs and in every finding it makes. */
export interface RuleMeta {
  /** Stable id, `family.name`; other tools key on it. */
  id: string;
  severity: Severity;
  /** One line, Chinese: what the rule checks. */
  title: string;
  /** Chinese message with `{param}` slots filled from each hit: what is wrong and what to write instead. */
  message: string;
  /** A value that makes the rule fire, and what to write instead, for the docs. */
  example: { bad: string; good: string };
}

/** One place a rule fired: the cell (top-left of a merge), the message's slots, an optional fix. */
export interface RuleHit {
  row: number;
  col: number;
  params: Record<string, string | number>;
  suggestion?: string;
}

export interface ProjectRule {
  meta: RuleMeta;
  appliesTo: 'project';
  check(table: ProjectTable, context: RuleContext): RuleHit[];
}

export interface DepartmentRule {
  meta: RuleMeta;
  appliesTo: 'department';
  check(table: DepartmentTable, context: RuleContext): RuleHit[];
}

export type Rule = ProjectRule | DepartmentRule;

export function formatMessage(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
