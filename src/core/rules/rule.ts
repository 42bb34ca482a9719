import type { Severity } from '../finding';
import type { Table } from '../model/table';
import type { TableKind } from '../vocabulary';
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
  /** The review criteria it implements (numbers of review-criteria.md) and their sources. */
  criteria?: { numbers: readonly number[]; source: string };
}

/** One place a rule fired: the cell (top-left of a merge), the message's slots, an optional fix. */
export interface RuleHit {
  row: number;
  col: number;
  params: Record<string, string | number>;
  suggestion?: string;
}

/** A rule checks the tables of the kinds it names, and only the parts those tables have. */
export interface Rule {
  meta: RuleMeta;
  appliesTo: readonly TableKind[];
  check(table: Table, context: RuleContext): RuleHit[];
}

/** The kinds that set or score project targets: their plans, costs and year-end actuals. */
export const PROJECT_KINDS: readonly TableKind[] = ['project', 'self-evaluation', 'monitoring'];
/** Every kind that may print an indicator grid: the rules about a grid run wherever one exists, 部门整体 grids included. */
export const TARGET_KINDS: readonly TableKind[] = ['project', 'self-evaluation', 'monitoring', 'department'];
export const ALL_KINDS: readonly TableKind[] = ['project', 'department', 'self-evaluation', 'monitoring'];

export function formatMessage(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
