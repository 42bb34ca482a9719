import type { Table } from '../model/table';
import type { IndicatorGrid } from '../model/blocks';
import type { Finding } from '../finding';
import type { Profile } from '../profile/profile-schema';
import { cellAddress } from '../address';
import { scoreProject } from '../grade/project-score';
import { assessProject } from '../check/assess-project';
import { FILL, OWNED_HEADER, TOTAL_LABEL, type OwnedCell } from './write-plan';
import type { PlanSheet } from './plan-sheet';
import type { CellPos } from '../recognize/sheet-grid';
import { shortLine } from './finding-text';
import { filledLabel } from '../vocabulary';
import {
  executionRateFormula, executionScoreFormula, gradeFormula, indicatorScoreFormula, isPercentTarget, selfTotalFormula, totalFormula,
} from './formulas/project-formulas';

/** 全年执行数, 预算执行率, 执行率得分, 总分, 等级. */
const TOTAL_ROWS = Object.keys(TOTAL_LABEL).length;

/** Table totals sit in the rows above the indicator header when there is room, else below the table. */
export function totalsRowsBelow(table: Table): number {
  const headerRow = yearGrid(table)?.headerRow ?? table.area.top;
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

/** The grid the year-end score reads: the year's (or only) grid, else the first. */
export function yearGrid(table: Table): IndicatorGrid | null {
  return table.grids.find((g) => g.period === null || g.period === 'annual') ?? table.grids[0] ?? null;
}

/**
 * A project table's owned columns: 实际完成值 (input), 得分 (formula), 检查结果 (the row's
 * findings), headed in the year grid's header row (the other periods' grids get 检查结果 alone); and,
 * above the header, the table's totals block: 全年执行数 (input), 预算执行率, 执行率得分, 总分 and 等级.
 */
export function planProjectTable(
  sheet: PlanSheet, table: Table, findings: Finding[], firstCol: number, profile: Profile, input: InputLookup,
): { total: CellPos; grade: CellPos } {
  const year = yearGrid(table);
  const headerRow = year?.headerRow ?? table.area.top;
  const [actualCol, scoreCol, resultCol] = ownedColumns(sheet, headerRow, firstCol, OWNED_HEADER.score);
  for (const g of table.grids) if (g !== year) resultHeader(sheet, g.headerRow, resultCol);

  const score = scoreProject(table, profile);
  const scoreRefs: string[] = [];
  const actualRefs: string[] = [];
  for (const a of assessProject(table, profile).assessments) {
    const row = a.indicator.row;
    const actualRef = cellAddress(row, actualCol);
    sheet.put(inputCell(input, row, actualCol, isPercentTarget(a) ? '0%' : undefined));
    actualRefs.push(actualRef);
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
    sheet.put({ row: execScoreRow, col: scoreCol, formula: executionScoreFormula(rateRef, profile.weights.budgetExecution, profile.budgetExecution), value: score?.execution?.score ?? null, numFmt: '0.00' });
    scoreRefs.push(cellAddress(execScoreRow, scoreCol));
  }
  const totalRef = cellAddress(totalRow, scoreCol);
  const totalValue = !score ? null : score.complete ? score.total : filledLabel(score.filled, score.rows);
  sheet.put({ row: totalRow, col: scoreCol, formula: totalFormula(scoreRefs, actualRefs), value: totalValue, numFmt: '0.00', bold: true });
  sheet.put({ row: gradeRow, col: scoreCol, formula: gradeFormula(totalRef, profile.gradeThresholds), value: score?.complete ? score.grade : null, bold: true });

  writeRowResults(sheet, table.area.top, table.area.bottom, resultCol, findings);
  return { total: { row: totalRow, col: scoreCol }, grade: { row: gradeRow, col: scoreCol } };
}

/**
 * A self-evaluation's owned columns: 核算得分, the engine's score of each row as a live formula over
 * the row's own 实际完成值 and 分值 cells (and, on the 总分 row, their sum with the 预算执行率 score
 * over the 项目资金 cells), and 检查结果. The template's own 得分 is never touched; where it differs,
 * `self.score-mismatch` flags it.
 */
export function planSelfEvaluationTable(sheet: PlanSheet, table: Table, findings: Finding[], firstCol: number, profile: Profile): { total: CellPos | null } {
  const [scoreCol, resultCol] = [firstCol, firstCol + 1];
  for (const g of table.grids) {
    sheet.put({ row: g.headerRow, col: scoreCol, value: OWNED_HEADER.checkedScore, bold: true, fill: FILL.header, wrap: true });
    resultHeader(sheet, g.headerRow, resultCol);
  }
  if (table.grids.length === 0) resultHeader(sheet, table.area.top, resultCol);
  sheet.width(scoreCol, OWNED_WIDTHS[1] as number);
  const assessment = assessProject(table, profile);
  const refs: string[] = [];
  for (const a of assessment.assessments) {
    const actual = a.indicator.actual;
    if (!actual) continue;
    const weight = a.indicator.weight;
    const weightRef = weight && PLAIN_NUMBER.test(weight.text.trim()) ? cellAddress(weight.row, weight.col) : undefined;
    const formula = indicatorScoreFormula(a, cellAddress(actual.row, actual.col), weightRef);
    if (formula === null) continue;
    refs.push(cellAddress(a.indicator.row, scoreCol));
    sheet.put({ row: a.indicator.row, col: scoreCol, formula, value: a.item.score, numFmt: '0.00' });
  }
  let total: CellPos | null = null;
  if (table.totalRow) {
    const funds = table.funds?.rows.find((r) => r.part === 'total');
    const ref = (c: { row: number; col: number } | null | undefined) => (c ? cellAddress(c.row, c.col) : null);
    const score = scoreProject(table, profile);
    total = { row: table.totalRow.row, col: scoreCol };
    sheet.put({
      row: total.row, col: scoreCol, bold: true, numFmt: '0.00', value: score?.total ?? null,
      formula: selfTotalFormula(refs, { executed: ref(funds?.executed), budget: ref(funds?.annualBudget), weight: ref(funds?.weight) }, assessment.execution?.weight ?? profile.weights.budgetExecution, profile.budgetExecution),
    });
  }
  writeRowResults(sheet, table.area.top, table.area.bottom, resultCol, findings);
  return { total };
}

/** Tables with no score of their own (monitoring, a department's grid): 检查结果 alone. */
export function planResultsOnly(sheet: PlanSheet, table: Table, findings: Finding[], firstCol: number): void {
  const rows = table.grids.length > 0 ? table.grids.map((g) => g.headerRow) : [table.area.top];
  for (const row of rows) resultHeader(sheet, row, firstCol);
  writeRowResults(sheet, table.area.top, table.area.bottom, firstCol, findings);
}

const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/u;

function resultHeader(sheet: PlanSheet, row: number, col: number): void {
  sheet.put({ row, col, value: OWNED_HEADER.result, bold: true, fill: FILL.header, wrap: true });
  sheet.width(col, OWNED_WIDTHS[2] as number);
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
