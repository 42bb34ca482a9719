import type { ProjectTable } from '../model/project-table';
import type { Finding } from '../finding';
import type { Profile } from '../profile/profile-schema';
import { cellAddress } from '../address';
import { assessProject, scoreProject } from '../grade/project-score';
import { FILL, OWNED_HEADER, TOTAL_LABEL, type OwnedCell } from './write-plan';
import type { PlanSheet } from './plan-sheet';
import type { CellPos } from '../recognize/sheet-grid';
import { shortLine } from './finding-text';
import {
  executionRateFormula, executionScoreFormula, gradeFormula, indicatorScoreFormula, isPercentTarget, totalFormula,
} from './formulas/project-formulas';

/** 全年执行数, 预算执行率, 执行率得分, 总分, 等级. */
const TOTAL_ROWS = Object.keys(TOTAL_LABEL).length;

/** Table totals sit in the rows above the indicator header when there is room, else below the table. */
export function totalsRowsBelow(table: ProjectTable): number {
  const headerRow = table.indicatorHeaderRow ?? table.area.top;
  return headerRow - table.area.top >= TOTAL_ROWS ? 0 : TOTAL_ROWS;
}

/** What the user had typed into an input cell at (row, col) before this check, if anything. */
export interface InputLookup {
  (row: number, col: number): { value: string | number | null; formula?: string } | undefined;
}

/** Heads the three owned columns (实际完成值, the middle one, 检查结果) and sets their widths. */
export function ownedColumns(sheet: PlanSheet, headerRow: number, firstCol: number, middle: string): [number, number, number] {
  const cols: [number, number, number] = [firstCol, firstCol + 1, firstCol + 2];
  [OWNED_HEADER.actual, middle, OWNED_HEADER.result].forEach((text, i) => {
    sheet.put({ row: headerRow, col: cols[i] as number, value: text, bold: true, fill: FILL.header, wrap: true });
    sheet.width(cols[i] as number, OWNED_WIDTHS[i] as number);
  });
  return cols;
}

/** Characters: room for a number, for a score or grade, and for a few lines of messages. */
const OWNED_WIDTHS = [12, 10, 40];
const RESULT_WIDTH = OWNED_WIDTHS[2] as number;
/** Points per wrapped line of 11-point text, and the most lines a row is given (the rest is in the note). */
const LINE_HEIGHT = 15;
const MAX_RESULT_LINES = 6;

/** How many lines a text takes wrapped in a column `width` characters wide (CJK characters count two). */
function wrappedLines(text: string, width: number): number {
  let units = 0;
  for (const ch of text) units += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return Math.max(1, Math.ceil(units / (width - 1)));
}

/** An input cell with the user's previous entry (value or formula) carried over. */
export function inputCell(input: InputLookup, row: number, col: number, numFmt: string | undefined): OwnedCell {
  const previous = input(row, col);
  return {
    row, col, value: previous?.value ?? null, input: true, fill: FILL.input,
    ...(previous?.formula === undefined ? {} : { formula: previous.formula }),
    ...(numFmt === undefined ? {} : { numFmt }),
  };
}

/**
 * A project table's owned columns: 实际完成值 (input), 得分 (formula), 检查结果 (the row's
 * findings), headed in the indicator header row; and, above the header, the table's totals block:
 * 全年执行数 (input), 预算执行率, 执行率得分, 总分 and 等级.
 */
export function planProjectTable(
  sheet: PlanSheet, table: ProjectTable, findings: Finding[], firstCol: number, profile: Profile, input: InputLookup,
): { total: CellPos; grade: CellPos } {
  const headerRow = table.indicatorHeaderRow ?? table.area.top;
  const [actualCol, scoreCol, resultCol] = ownedColumns(sheet, headerRow, firstCol, OWNED_HEADER.score);

  const score = scoreProject(table, profile);
  const scoreRefs: string[] = [];
  for (const a of assessProject(table, profile).assessments) {
    const row = a.indicator.row;
    const actualRef = cellAddress(row, actualCol);
    const percent = isPercentTarget(a);
    sheet.put(inputCell(input, row, actualCol, percent ? '0%' : undefined));
    const formula = indicatorScoreFormula(a, actualRef);
    if (formula === null) continue;
    scoreRefs.push(cellAddress(row, scoreCol));
    sheet.put({ row, col: scoreCol, formula, value: a.item.score, numFmt: '0.00' });
  }

  const totalsTop = totalsRowsBelow(table) === 0 ? headerRow - TOTAL_ROWS : table.area.bottom + 1;
  const [execRow, rateRow, execScoreRow, totalRow, gradeRow] = [0, 1, 2, 3, 4].map((i) => totalsTop + i) as [number, number, number, number, number];
  const label = (row: number, text: string) => sheet.put({ row, col: actualCol, value: text, bold: true, fill: FILL.header });
  label(execRow, TOTAL_LABEL.execution);
  label(rateRow, TOTAL_LABEL.rate);
  label(execScoreRow, TOTAL_LABEL.executionScore);
  label(totalRow, TOTAL_LABEL.total);
  label(gradeRow, TOTAL_LABEL.grade);
  sheet.put(inputCell(input, execRow, scoreCol, '0.00'));
  const execRef = cellAddress(execRow, scoreCol);
  const rateRef = cellAddress(rateRow, scoreCol);
  if (table.budget) {
    sheet.put({ row: rateRow, col: scoreCol, formula: executionRateFormula(execRef, cellAddress(table.budget.row, table.budget.col)), value: score?.execution?.rate ?? null, numFmt: '0.0%' });
    sheet.put({ row: execScoreRow, col: scoreCol, formula: executionScoreFormula(rateRef, profile.weights.budgetExecution), value: score?.execution?.score ?? null, numFmt: '0.00' });
    scoreRefs.push(cellAddress(execScoreRow, scoreCol));
  }
  const totalRef = cellAddress(totalRow, scoreCol);
  sheet.put({ row: totalRow, col: scoreCol, formula: totalFormula(scoreRefs), value: score?.total ?? null, numFmt: '0.00', bold: true });
  sheet.put({ row: gradeRow, col: scoreCol, formula: gradeFormula(totalRef, profile.gradeThresholds), value: score?.grade ?? null, bold: true });

  writeRowResults(sheet, table.area.top, table.area.bottom, resultCol, findings);
  return { total: { row: totalRow, col: scoreCol }, grade: { row: gradeRow, col: scoreCol } };
}

/**
 * 检查结果: each row's findings, most severe first (they arrive sorted), wrapped within the column's
 * fixed width so the printed page holds them; rows too low for the lines are raised (up to
 * MAX_RESULT_LINES; the host records each row's height and clear restores it).
 */
export function writeRowResults(sheet: PlanSheet, top: number, bottom: number, col: number, findings: Finding[]): void {
  const byRow = new Map<number, string[]>();
  for (const f of findings) byRow.set(f.row, [...(byRow.get(f.row) ?? []), shortLine(f)]);
  for (let row = top; row <= bottom; row++) {
    const lines = byRow.get(row);
    if (!lines) continue;
    const value = lines.join('；');
    sheet.put({ row, col, value, wrap: true });
    sheet.height(row, Math.min(MAX_RESULT_LINES, wrappedLines(value, RESULT_WIDTH)) * LINE_HEIGHT);
  }
}
