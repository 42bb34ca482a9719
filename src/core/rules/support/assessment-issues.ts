import type { Table } from '../../model/table';
import { assessProject } from '../../check/assess-project';
import type { IndicatorAssessment, IndicatorIssue } from '../../check/assess-indicator';
import type { RuleHit } from '../rule';
import type { RuleContext } from '../rule-context';

/**
 * Hits for every scoring issue of one kind, placed on the row's 实际完成值 cell, which is what the
 * message is about and where a suggested fix goes (never over the target); on the 指标值 cell only
 * when the row has no actual cell of its own.
 */
export function issueHits<K extends IndicatorIssue['kind']>(
  table: Table,
  context: RuleContext,
  kind: K,
  hit: (a: IndicatorAssessment, issue: Extract<IndicatorIssue, { kind: K }>) => Omit<RuleHit, 'row' | 'col'>,
): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const a of assessProject(table, context.profile).assessments) {
    const cell = a.indicator.actual ?? a.indicator.value;
    if (!cell) continue;
    for (const issue of a.issues) {
      if (issue.kind === kind) hits.push({ row: cell.row, col: cell.col, ...hit(a, issue as Extract<IndicatorIssue, { kind: K }>) });
    }
  }
  return hits;
}
