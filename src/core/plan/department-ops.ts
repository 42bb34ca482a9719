import type { Table } from '../model/table';
import type { Finding } from '../finding';
import { cellAddress } from '../address';
import { OWNED_HEADER } from './write-plan';
import type { PlanSheet } from './plan-sheet';
import type { InputLookup } from './project-ops';
import { inputCell, ownedColumns, writeRowResults } from './project-ops';
import { departmentGradeFormula, expectsPercentActual } from './formulas/department-formulas';
import { gradeDepartmentIndicator } from '../grade/department-grade';
import { parseActual } from '../parse/actual-value';

/** A department table's owned columns: 实际完成值 (input), 等级 (formula), 检查结果. */
export function planDepartmentTable(sheet: PlanSheet, table: Table, findings: Finding[], firstCol: number, input: InputLookup): void {
  const [actualCol, gradeCol, resultCol] = ownedColumns(sheet, table.departmentHeaderRow ?? table.area.top, firstCol, OWNED_HEADER.grade);
  for (const entry of table.entries) {
    for (const indicator of entry.indicators) {
      const row = indicator.row;
      const percent = expectsPercentActual(indicator);
      sheet.put(inputCell(input, row, actualCol, percent ? '0%' : undefined));
      const formula = departmentGradeFormula(indicator, cellAddress(row, actualCol));
      if (formula === null) continue;
      const graded = indicator.actual
        ? gradeDepartmentIndicator(indicator, parseActual({ ...indicator.actual.value, text: indicator.actual.text }, percent))
        : null;
      sheet.put({ row, col: gradeCol, formula, value: graded?.status === 'graded' ? graded.grade : null });
    }
  }
  writeRowResults(sheet, table.area.top, table.area.bottom, resultCol, findings);
}
