/**
 * A project or self-evaluation table's year-end total and grade, from the assessment of its rows
 * (check/assess-project.ts): the sum of the item scores and the 预算执行率 score, rounded to 2
 * decimals, graded by the profile's thresholds (优 ≥ 90, 良 ≥ 80, 中 ≥ 60).
 */
import type { Table } from '../model/table';
import type { Profile } from '../profile/profile-schema';
import { gradeOf } from '../profile/grade-of';
import type { Grade } from '../vocabulary';
import { tidy } from '../parse/quantity';
import { assessProject, type ProjectAssessment } from '../check/assess-project';
import type { IndicatorScore } from '../check/assess-indicator';

export interface ProjectScore {
  total: number;
  grade: Grade;
  items: IndicatorScore[];
  execution: ProjectAssessment['execution'];
  /** Actuals typed so far for the scored rows, and how many rows there are. */
  filled: number;
  rows: number;
  /** Every scored row has an actual: until then a project table shows `已填 n/m`, not a grade. */
  complete: boolean;
}

/** Scores the table, or null when nothing has been typed for year end (no actual, no 全年执行数). */
export function scoreProject(table: Table, profile: Profile): ProjectScore | null {
  const a = assessProject(table, profile);
  if (!a.scoring) return null;
  const items = a.assessments.map((x) => x.item);
  const total = round2(items.reduce((s, i) => s + (i.score ?? 0), 0) + (a.execution?.score ?? 0));
  const filled = a.assessments.filter((x) => x.actualText !== '').length;
  return {
    total, grade: gradeOf(total, profile), items, execution: a.execution, filled, rows: a.assessments.length,
    complete: filled === a.assessments.length,
  };
}

/** Rounds half away from zero to 2 decimals, without binary noise (89.995 → 90). */
export function round2(n: number): number {
  return Math.round(tidy(n * 100)) / 100;
}
