import type { CheckProgress } from '../addin/addin-host';
import type { Report } from '../core/report';
import type { FixResult } from './apply-fixes';
import type { UndoResult } from './fix-undo';
import { findingCellKey, type ReportFinding } from './finding-target';
import { UNSCORED, type GradeCount } from './grade-distribution';
import { fill, type PaneText } from './strings';

const STAGE = { read: 'stageRead', check: 'stageCheck', write: 'stageWrite' } as const;
const STAGE_STARTING = { read: 'stageReadStarting', check: 'stageCheckStarting', write: 'stageWriteStarting' } as const;

/** The line under the progress bar, in the stage's units once its size is known. */
export function stageText(progress: CheckProgress | null, text: PaneText): string {
  if (progress === null) return text.stageStarting;
  if (progress.total === 0) return text[STAGE_STARTING[progress.stage]];
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

/** Cells (`Sheet!A1`) named in a notice; long lists end in an ellipsis so the notice stays short. */
export function cellList(cells: readonly string[], text: PaneText): string {
  const shown = cells.slice(0, 5);
  return shown.join(text.listSeparator) + (cells.length > shown.length ? '…' : '');
}

function lines(parts: readonly (readonly [readonly string[], string])[], text: PaneText): string {
  return parts
    .filter(([cells]) => cells.length > 0)
    .map(([cells, template]) => fill(template, { count: cells.length, cells: cellList(cells, text) }))
    .join(' ');
}

/** What 应用建议 did, as one notice: a warning when any cell was left alone. */
export function fixNotice(result: FixResult, text: PaneText): Notice {
  const cells = (findings: readonly ReportFinding[]) => findings.map(findingCellKey);
  const parts = [
    [cells(result.applied), text.fixApplied],
    [cells(result.changed), text.fixChanged],
    [cells(result.already), text.fixAlready],
  ] as const;
  return { intent: result.changed.length > 0 ? 'warning' : 'success', text: lines(parts, text) };
}

/** What 撤销 did: the cells restored, and those kept because the user changed them since. */
export function undoNotice(result: UndoResult, text: PaneText): Notice {
  const parts = [
    [result.restored.map((c) => c.cell), text.undone],
    [result.kept.map((c) => c.cell), text.undoKept],
  ] as const;
  return { intent: result.kept.length > 0 ? 'warning' : 'success', text: lines(parts, text) };
}
