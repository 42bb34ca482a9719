import type { ProjectTable } from '../model/project-table';
import type { Profile } from '../profile/profile-schema';
import { assessProject, type IndicatorAssessment, type IndicatorIssue, type ProjectAssessment } from '../grade/project-score';
import type { RuleHit } from './rule';
import type { RuleContext } from './rule-context';

const cache = new WeakMap<ProjectTable, { profile: Profile; assessment: ProjectAssessment }>();

/** One assessment per table and profile, shared by the year-end rules that read it. */
export function assessmentOf(table: ProjectTable, profile: Profile): ProjectAssessment {
  const hit = cache.get(table);
  if (hit && hit.profile === profile) return hit.assessment;
  const assessment = assessProject(table, profile);
  cache.set(table, { profile, assessment });
  return assessment;
}

/**
 * Hits for every scoring issue of one kind, placed on the row's 指标值 cell: the 实际完成值 cell
 * lies outside the table, and the target is what the message is about.
 */
export function issueHits<K extends IndicatorIssue['kind']>(
  table: ProjectTable,
  context: RuleContext,
  kind: K,
  hit: (a: IndicatorAssessment, issue: Extract<IndicatorIssue, { kind: K }>) => Omit<RuleHit, 'row' | 'col'>,
): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const a of assessmentOf(table, context.profile).assessments) {
    const cell = a.indicator.value;
    if (!cell) continue;
    for (const issue of a.issues) {
      if (issue.kind === kind) hits.push({ row: cell.row, col: cell.col, ...hit(a, issue as Extract<IndicatorIssue, { kind: K }>) });
    }
  }
  return hits;
}
