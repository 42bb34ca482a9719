/// <reference types="office-js" />
/**
 * Sample workbooks as fake Excel workbooks, and write plans built by hand the way the plan builder
 * lays them out (owned columns beside each table, formulas, flags with notes, a summary), so the
 * Office.js host is tested on its own.
 */
import { FILL, SUMMARY_SHEET, type Flag, type OwnedCell, type SheetOps, type SummaryCell, type WritePlan } from '../../src/core/plan/write-plan';
import type { Area, WorkbookSnapshot } from '../../src/core/snapshot';
import { columnLetters } from '../../src/core/address';
import { buildStackedSample, STACKED_PROJECT_SHEET, type Sample } from '../fixtures/sample-layout';
import { snapshotOfWorkbook } from '../core/snapshot-of';
import { FakeExcel } from '../../src/harness/fake-excel';

export interface StackedFixture {
  sample: Sample;
  snapshot: WorkbookSnapshot;
}

let cached: Promise<StackedFixture> | undefined;

/** The 40-table stacked sample and its snapshot through a real .xlsx round trip (built once per file). */
export function stackedFixture(): Promise<StackedFixture> {
  cached ??= (async () => {
    const sample = buildStackedSample();
    return { sample, snapshot: await snapshotOfWorkbook(sample.workbook, 'stacked.xlsx') };
  })();
  return cached;
}

const BY_CONTEXT_OF = Symbol('installed by contextOf');

/**
 * The fake's request context, with `Office.context.requirements` answering for the fake's Excel as
 * the adapter asks it in Excel (unless a test installed an Office of its own).
 */
export function contextOf(fake: FakeExcel): Excel.RequestContext {
  const g = globalThis as { Office?: { [BY_CONTEXT_OF]?: boolean; context?: unknown } };
  if (g.Office === undefined || g.Office[BY_CONTEXT_OF] === true) g.Office = { [BY_CONTEXT_OF]: true, context: { requirements: fake } };
  return fake.context as unknown as Excel.RequestContext;
}

export const copyName = (i: number) => `${STACKED_PROJECT_SHEET}${i}`;

/** `copies` copies of the stacked project sheet (39 tables each), as one snapshot. */
export function multipliedSnapshot(snapshot: WorkbookSnapshot, copies: number): WorkbookSnapshot {
  const stacked = snapshot.sheets.find((s) => s.name === STACKED_PROJECT_SHEET);
  if (!stacked) throw new Error('no stacked sheet');
  return { file: 'x50.xlsx', sheets: Array.from({ length: copies }, (_, i) => ({ ...stacked, name: copyName(i + 1) })) };
}

export interface TableSpot {
  sheet: string;
  area: Area;
}

/** The tables of the stacked sample, placed on the given sheet names (copies share the layout). */
export function tableSpots(sample: Sample, sheetNames?: string[]): TableSpot[] {
  const spots: TableSpot[] = [];
  for (const t of sample.expected) {
    const names = sheetNames && t.sheet === STACKED_PROJECT_SHEET ? sheetNames : sheetNames ? [] : [t.sheet];
    for (const sheet of names) spots.push({ sheet, area: t.area });
  }
  return spots;
}

function mergedMasterIn(snapshot: WorkbookSnapshot, sheet: string, area: Area): Area | undefined {
  const s = snapshot.sheets.find((x) => x.name === sheet) ?? snapshot.sheets[0];
  return s?.merges.find((m) => m.top >= area.top && m.bottom <= area.bottom && m.left >= area.left && m.right <= area.right && m.right > m.left);
}

/**
 * A realistic plan: three owned columns right of each table (headers; an input column, every other
 * row as a percentage; a score formula; a result text, some of which Excel would misread without
 * care), three flags per table (a merged area, a plain cell, an owned input cell), column widths,
 * and a summary with links and a formula.
 */
export function handPlan(snapshot: WorkbookSnapshot, spots: TableSpot[]): WritePlan {
  const bySheet = new Map<string, SheetOps>();
  const summaryTables: SummaryCell[][] = [['工作表', '表格', '错误', '警告', '得分', '等级']];
  const summaryFindings: SummaryCell[][] = [['工作表', '单元格', '级别', '说明']];
  spots.forEach((spot, t) => {
    let ops = bySheet.get(spot.sheet);
    if (!ops) bySheet.set(spot.sheet, (ops = { sheet: spot.sheet, cells: [], flags: [], columnWidths: [] }));
    const { top, bottom, right } = spot.area;
    const [actual, score, result] = [right + 1, right + 2, right + 3];
    const cells: OwnedCell[] = [
      { row: top, col: actual, value: '实际完成值', bold: true, fill: FILL.header },
      { row: top, col: score, value: '得分', bold: true, fill: FILL.header },
      { row: top, col: result, value: '检查结果', bold: true, fill: FILL.header, wrap: true },
    ];
    for (let row = top + 1; row <= bottom; row++) {
      const a = `${columnLetters(actual)}${row}`;
      cells.push({ row, col: actual, value: null, input: true, fill: FILL.input, ...(row % 2 === 0 ? { numFmt: '0.00%' } : {}) });
      cells.push({ row, col: score, value: null, formula: `IF(${a}="","",ROUND(MIN(1,${a})*10,2))`, numFmt: '0.00' });
      const text = row % 7 === 0 ? '=指标值缺失' : row % 11 === 0 ? '100' : row % 5 === 0 ? `目标值与年度不符（表${t + 1}）` : null;
      cells.push({ row, col: result, value: text, wrap: true });
    }
    ops.cells.push(...cells);
    const flags: Flag[] = [];
    const merged = mergedMasterIn(snapshot, spot.sheet, spot.area);
    if (merged) flags.push({ row: merged.top, col: merged.left, severity: 'error', note: `表${t + 1}：项目名称与预算不一致。建议：核对预算批复。` });
    flags.push({ row: top + 3, col: spot.area.left + 2, severity: 'warning', note: `表${t + 1}：资金支出计划应为累计百分比。` });
    flags.push({ row: top + 2, col: actual, severity: 'info', note: `表${t + 1}：实际完成值待填写。` });
    ops.flags.push(...flags);
    ops.columnWidths.push({ col: actual, width: 12 }, { col: score, width: 8 }, { col: result, width: 40 });
    summaryTables.push([spot.sheet, { text: `表${t + 1}`, link: { sheet: spot.sheet, row: top, col: spot.area.left } }, 1, 1, 87.5, '良']);
    for (const f of flags) {
      summaryFindings.push([spot.sheet, { text: `${columnLetters(f.col)}${f.row}`, link: { sheet: spot.sheet, row: f.row, col: f.col } }, f.severity, f.note]);
    }
  });
  summaryTables.push(['合计', null, { formula: `SUM(C2:C${spots.length + 1})`, value: spots.length }, null, null, null]);
  return {
    version: 1,
    sheets: [...bySheet.values()],
    summary: { name: SUMMARY_SHEET, rows: [...summaryTables, [], ...summaryFindings], columnWidths: [16, 24, 8, 8, 8, 8] },
    problems: [],
  };
}

/** Keeps only the plan's first `n` tables' worth of work (for "does not grow with tables"). */
export function planForSpots(snapshot: WorkbookSnapshot, spots: TableSpot[], n: number): WritePlan {
  return handPlan(snapshot, spots.slice(0, n));
}
