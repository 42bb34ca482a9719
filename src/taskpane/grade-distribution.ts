import { GRADES } from '../core/vocabulary';
import type { Report } from '../core/report';

/** The chart's bars: the four grades, then tables that have no score yet. */
export const UNSCORED = '未评分';
export const GRADE_BARS = [...GRADES, UNSCORED] as const;
export type GradeBar = (typeof GRADE_BARS)[number];

export interface GradeCount {
  grade: GradeBar;
  count: number;
}

export function gradeDistribution(tables: Report['tables']): GradeCount[] {
  return GRADE_BARS.map((grade) => ({
    grade,
    count: tables.filter((t) => (t.grade ?? UNSCORED) === grade).length,
  }));
}
