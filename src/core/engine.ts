import type { WorkbookSnapshot } from './snapshot';
import type { Table } from './model/table';
import type { Finding } from './finding';
import { extractWorkbook } from './extract/extract-workbook';
import { checkTables } from './check/check-tables';
import { buildReport, type Report } from './report';

export interface CheckResult {
  tables: Table[];
  findings: Finding[];
  report: Report;
}

/** The whole host-free pipeline: snapshot → recognize → extract → check → report. */
export function checkWorkbook(workbook: WorkbookSnapshot): CheckResult {
  const tables = extractWorkbook(workbook);
  const findings = checkTables(tables);
  return { tables, findings, report: buildReport(workbook.file, tables, findings) };
}
