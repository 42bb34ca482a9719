import type { WorkbookSnapshot } from '../snapshot';
import type { CheckResult } from '../engine';
import type { Finding } from '../finding';
import type { Table } from '../model/table';
import { DEFAULT_PROFILE, type Profile } from '../profile/profile-schema';
import { SheetGrid } from '../recognize/sheet-grid';
import { areaAddress } from '../address';
import { PlanSheet } from './plan-sheet';
import { findOwnedColumns, MAX_SHIFT, Reserved } from './owned-columns';
import { flagFindings } from './flag-findings';
import { planProjectTable, planResultsOnly, planSelfEvaluationTable, totalsRowsBelow } from './project-ops';
import { planDepartmentTable } from './department-ops';
import { summarySheet, type TableTotals } from './summary-sheet';
import type { WritePlan } from './write-plan';
import { filledLabel } from '../vocabulary';

/** A value the user typed into an input cell of a previous check, to carry into this one. */
export interface PreviousInput {
  sheet: string;
  row: number;
  col: number;
  value: string | number | null;
  /** A formula the user typed into the input cell: carried as a formula, not frozen to its value. */
  formula?: string;
}

/** How many columns the add-in writes beside a table of each kind. */
function ownedCount(table: Table): number {
  if (table.kind === 'project') return 3;
  if (table.kind === 'self-evaluation') return 2;
  return table.kind === 'department' && table.entries.length > 0 ? 3 : 1;
}

/**
 * Everything a check writes, as plain data: owned columns beside each table (never over a user's
 * cell: they move right to free columns, or the table is reported), flags with notes, and the
 * summary sheet. `snapshot` must be the workbook without a previous result (cleared).
 */
export function buildWritePlan(
  snapshot: WorkbookSnapshot, result: CheckResult, inputs: PreviousInput[] = [], profile: Profile = DEFAULT_PROFILE,
): WritePlan {
  const grids = new Map(snapshot.sheets.map((s) => [s.name, new SheetGrid(s)]));
  const sheets = new Map<string, PlanSheet>();
  const sheetOf = (name: string) => {
    let s = sheets.get(name);
    if (!s) sheets.set(name, (s = new PlanSheet(name)));
    return s;
  };
  const previous = new Map(inputs.map((i) => [`${i.sheet}\u0000${i.row}\u0000${i.col}`, i]));
  const reserved = new Reserved();
  const problems: WritePlan['problems'] = [];
  const totals = new Map<string, TableTotals>();
  const byTable = new Map<string, Finding[]>();
  for (const f of result.findings) byTable.set(f.table, [...(byTable.get(f.table) ?? []), f]);

  for (const table of result.tables) {
    const grid = grids.get(table.sheet);
    if (!grid) continue;
    const span = { ...table.area, bottom: table.area.bottom + (table.kind === 'project' ? totalsRowsBelow(table) : 0) };
    const count = ownedCount(table);
    const first = findOwnedColumns(grid, span, count, reserved);
    if (first === null) {
      problems.push({
        sheet: table.sheet, table: table.id, row: table.area.top, col: table.area.right,
        message: `表格 ${areaAddress(table.area)} 右侧${MAX_SHIFT}列内没有连续${count}列空白，未写入得分和检查结果 / no free columns beside the table`,
      });
      continue;
    }
    for (let r = span.top; r <= span.bottom; r++) {
      for (let c = first; c < first + count; c++) reserved.add(table.sheet, r, c);
    }
    const sheet = sheetOf(table.sheet);
    const input = (row: number, col: number) => previous.get(`${table.sheet}\u0000${row}\u0000${col}`);
    const findings = byTable.get(table.id) ?? [];
    const score = result.scores.get(table.id);
    if (table.kind === 'project') {
      const refs = planProjectTable(sheet, table, findings, first, profile, input);
      const partial = score?.actuals ? filledLabel(score.actuals.filled, score.actuals.of) : null;
      totals.set(table.id, { ...refs, score: score?.score ?? partial, gradeValue: score?.grade ?? null });
    } else if (table.kind === 'self-evaluation') {
      const { total } = planSelfEvaluationTable(sheet, table, findings, first, profile);
      if (total) totals.set(table.id, { total, grade: null, score: score?.score ?? null, gradeValue: score?.grade ?? null });
    } else if (table.kind === 'department' && table.entries.length > 0) {
      planDepartmentTable(sheet, table, findings, first, input);
    } else {
      planResultsOnly(sheet, table, findings, first);
    }
  }
  for (const [name, flags] of flagFindings(result.findings)) sheetOf(name).flags.push(...flags);

  return {
    version: 1,
    sheets: [...sheets.values()].map((s) => (s.cells.length > 0 ? { ...s.ops(), fitToPageWidth: true } : s.ops())),
    summary: summarySheet(result.tables, result.findings, totals),
    problems,
  };
}
