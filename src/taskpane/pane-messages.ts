import type { CheckProgress } from '../addin/addin-host';
import type { Report } from '../core/report';
import type { FixResult } from './apply-fixes';
import { findingCellKey, type ReportFinding } from './finding-target';
import { UNSCORED, type GradeCount } from './grade-distribution';
import { fill, type PaneText } from './strings';

const STAGE = { read: 'stageRead', check: 'stageCheck', write: 'stageWrite' } as const;

/** The line under the progress bar. */
export function stageText(progress: CheckProgress | null, text: PaneText): string {
  if (progress === null) return text.stageStarting;
  return fill(text[STAGE[progress.stage]], { done: progress.done, total: progress.total });
}

/** What the live region says once a check is done. */
export function checkAnnouncement(report: Report, text: PaneText): string {
  return fill(text.checkDone, { ...report.summary });
}

export function gradeLabel(grade: GradeCount['grade'], text: PaneText): string {
  return grade === UNSCORED ? text.gradeUnscored : grade;
}

/** The chart's accessible description: every bar with its count. */
export function gradeChartLabel(counts: readonly GradeCount[], text: PaneText): string {
  const items = counts.map((c) => fill(text.gradeItem, { grade: gradeLabel(c.grade, text), count: c.count }));
  return fill(text.gradeChartLabel, { items: items.join(text.listSeparator) });
}

export interface Notice {
  intent: 'success' | 'warning' | 'info';
  text: string;
}

/** Cells named in a notice; long lists end in an ellipsis so the notice stays short. */
function cellList(findings: readonly ReportFinding[], text: PaneText): string {
  const shown = findings.slice(0, 5).map(findingCellKey);
  return shown.join(text.listSeparator) + (findings.length > shown.length ? '…' : '');
}

/** What 应用建议 did, as one notice: a warning when any cell was left alone. */
export function fixNotice(result: FixResult, text: PaneText): Notice {
  const lines = [
    [result.applied, text.fixApplied],
    [result.changed, text.fixChanged],
    [result.already, text.fixAlready],
  ] as const;
  const parts = lines
    .filter(([findings]) => findings.length > 0)
    .map(([findings, template]) => fill(template, { count: findings.length, cells: cellList(findings, text) }));
  return { intent: result.changed.length > 0 ? 'warning' : 'success', text: parts.join(' ') };
}
