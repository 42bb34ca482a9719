import type { WorkbookSnapshot } from './snapshot';
import type { Table } from './model/table';
import type { Finding } from './finding';
import { extractWorkbook } from './extract/extract-workbook';
import { checkTables } from './check/check-tables';
import { inferBudgetYear } from './check/infer-budget-year';
import { DEFAULT_PROFILE, type Profile } from './profile/profile-schema';
import { buildReport, type Report, type TableScore } from './report';
import { scoreProject } from './grade/project-score';

export interface CheckResult {
  tables: Table[];
  findings: Finding[];
  budgetYear: number | null;
  /** Year-end scores of the project and self-evaluation tables that have actual values. */
  scores: ReadonlyMap<string, TableScore>;
  report: Report;
}

/** The whole host-free pipeline: snapshot → recognize → extract → check → grade → report. */
export function checkWorkbook(workbook: WorkbookSnapshot, profile: Profile = DEFAULT_PROFILE): CheckResult {
  const tables = extractWorkbook(workbook);
  const budgetYear = profile.budgetYear ?? inferBudgetYear(tables);
  const findings = checkTables(tables, { profile, budgetYear });
  const scores = new Map<string, TableScore>();
  for (const t of tables) {
    if (t.kind !== 'project' && t.kind !== 'self-evaluation') continue;
    const score = scoreProject(t, profile);
    const printed = t.totalRow?.score?.value ?? null;
    if (!score && printed === null) continue;
    // A self-evaluation is the year's final form: an empty 实际完成值 scores 0 there (self.actual-empty
    // says so). A project table is being typed into: it gets its grade once every row has an actual.
    const partial = score !== null && t.kind === 'project' && !score.complete;
    scores.set(t.id, {
      score: partial ? null : score?.total ?? null, grade: partial ? null : score?.grade ?? null, printed,
      actuals: partial ? { filled: score.filled, of: score.rows } : null,
    });
  }
  return { tables, findings, budgetYear, scores, report: buildReport(workbook.file, tables, findings, scores) };
}
