import type { WorkbookSnapshot } from './snapshot';
import type { Table } from './model/table';
import type { Finding } from './finding';
import { extractWorkbook } from './extract/extract-workbook';
import { checkTables } from './check/check-tables';
import { inferBudgetYear } from './check/infer-budget-year';
import { DEFAULT_PROFILE, type Profile } from './profile/profile-schema';
import { buildReport, type Report } from './report';

export interface CheckResult {
  tables: Table[];
  findings: Finding[];
  budgetYear: number | null;
  report: Report;
}

/** The whole host-free pipeline: snapshot → recognize → extract → check → report. */
export function checkWorkbook(workbook: WorkbookSnapshot, profile: Profile = DEFAULT_PROFILE): CheckResult {
  const tables = extractWorkbook(workbook);
  const budgetYear = profile.budgetYear ?? inferBudgetYear(tables);
  const findings = checkTables(tables, { profile, budgetYear });
  return { tables, findings, budgetYear, report: buildReport(workbook.file, tables, findings) };
}
