import { reportSummary, type Report } from '../core/report';
import type { CheckOutcome, CheckProgress, CheckRequest } from './addin-host';
import type { CheckWritten, ProgressSink } from './check-sequence';

function onlySheet(report: Report, sheet: string): Report {
  const tables = report.tables.filter((t) => t.sheet === sheet);
  const findings = report.findings.filter((f) => f.sheet === sheet);
  return { ...report, tables, findings, summary: reportSummary(tables.length, findings) };
}

/**
 * What the pane is told of a check: the whole workbook is always checked (one hidden record holds
 * one result), `sheet` narrows what is reported to the sheet the user is on.
 */
export function checkOutcome({ result, plan, summarySheet }: CheckWritten, sheet: string | null): CheckOutcome {
  return {
    report: sheet === null ? result.report : onlySheet(result.report, sheet),
    sheet,
    problems: sheet === null ? plan.problems : plan.problems.filter((p) => p.sheet === sheet),
    summarySheet,
  };
}

/**
 * Resolves once the browser has had a chance to render and paint what was just reported: after the
 * next animation frame, then a macrotask (a frame is never awaited longer than `PAINT_WAIT_MS`, as a
 * hidden pane gets no frames).
 */
const PAINT_WAIT_MS = 50;
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => setTimeout(resolve, 0);
    if (typeof requestAnimationFrame !== 'function') return done();
    const timer = setTimeout(done, PAINT_WAIT_MS);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      done();
    });
  });
}

/**
 * The request's progress reports, each followed by a paint: the engine and (in the harness) the
 * workbook run on the pane's own thread, so the pane draws the report before the work that follows
 * holds the thread again.
 */
export function paneProgress(request: CheckRequest): ProgressSink {
  const report = request.onProgress ?? (() => undefined);
  return async (p: CheckProgress): Promise<void> => {
    report(p);
    await nextPaint();
  };
}
