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
  /** Year-end scores of the project tables that have actual values. */
  scores: ReadonlyMap<string, TableScore>;
  report: Report;
}

/** The whole host-free pipeline: snapshot → recognize → extract → check → report. */
export function checkWorkbook(workbook: WorkbookSnapshot, profile: Profile = DEFAULT_PROFILE): CheckResult {
  const tables = extractWorkbook(workbook);
  const budgetYear = profile.budgetYear ?? inferBudgetYear(tables);
  const findings = checkTables(tables, { profile, budgetYear });
  const scores = new Map<string, TableScore>();
  for (const t of tables) {
    const score = t.kind === 'project' ? scoreProject(t, profile) : null;
    if (score) scores.set(t.id, { score: score.total, grade: score.grade });
  }
  return { tables, findings, budgetYear, scores, report: buildReport(workbook.file, tables, findings, scores) };
}
