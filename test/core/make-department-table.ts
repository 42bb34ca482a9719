import type { DepartmentEntry, DepartmentIndicator } from '../../src/core/model/department-entry';
import type { Table } from '../../src/core/model/table';
import type { Area } from '../../src/core/snapshot';
import { extractWorkbook } from '../../src/core/extract/extract-workbook';
import { measureOfName } from '../../src/core/vocabulary';
import { sheetSnapshot, type SnapshotCell } from './sheet-snapshot';
import type { Located } from '../../src/core/model/located';
import type { ActualCell } from '../../src/core/model/located';
import { parseBand } from '../../src/core/parse/band';

/** Columns of the seed template: 职责活动 | 年度预算数 | 内容描述 | 绩效目标 | 绩效指标 | 优 | 良 | 中 | 差, then 实际完成值. */
export const DEPT_COLS = { name: 1, budget: 2, content: 3, goal: 4, indicator: 5, 优: 6, 良: 7, 中: 8, 差: 9, actual: 10 } as const;
/** The first data row, under the title row and the two header rows. */
export const DEPT_FIRST_ROW = 4;

export interface DeptIndicatorSpec {
  name: string;
  /** 优, 良, 中, 差 as typed. */
  bands: [string, string, string, string];
  /** 实际完成值 as typed: text, a number, or a fraction shown with a % format. */
  actual?: string | number | { fraction: number };
}

export interface DeptEntrySpec {
  /** `一、镇党委` makes a department row; anything else an activity, unless `level` says. */
  name: string;
  budget?: string | number;
  content?: string;
  goal?: string;
  level?: DepartmentEntry['level'];
  indicators?: DeptIndicatorSpec[];
}

const BANDS = ['优', '良', '中', '差'] as const;

const text = (row: number, col: number, t: string) => ({ row, col, text: t, value: t.trim() });

function actualCell(row: number, a: NonNullable<DeptIndicatorSpec['actual']>): Located<ActualCell> {
  const col = DEPT_COLS.actual;
  if (typeof a === 'string') return { row, col, text: a, value: { raw: a === '' ? null : a, format: 'General' } };
  if (typeof a === 'number') return { row, col, text: String(a), value: { raw: a, format: 'General' } };
  return { row, col, text: `${a.fraction * 100}%`, value: { raw: a.fraction, format: '0%' } };
}

/** One indicator on its own, at `row`, for grading tests. */
export function makeDepartmentIndicator(spec: DeptIndicatorSpec, row = DEPT_FIRST_ROW): DepartmentIndicator {
  const band = (i: 0 | 1 | 2 | 3) => {
    const t = spec.bands[i];
    return { row, col: DEPT_COLS.优 + i, text: t, value: parseBand(t) };
  };
  return {
    row,
    name: text(row, DEPT_COLS.indicator, spec.name),
    measure: measureOfName(spec.name),
    bands: { 优: band(0), 良: band(1), 中: band(2), 差: band(3) },
    actual: spec.actual === undefined ? null : actualCell(row, spec.actual),
  };
}

/**
 * A department table laid out like the seed (title row 1, headers rows 2–3, data from row 4), read
 * by the real recognizer and extractor. Each entry's first indicator shares its row; the others
 * follow, their first four cells merged into the entry's. An entry without indicators takes one row.
 */
export function makeDepartmentTable(entries: DeptEntrySpec[]): Table {
  const cells: SnapshotCell[] = [{ row: 1, col: 1, value: '部门整体绩效目标表' }];
  const merges: Area[] = [];
  const headers: [number, string][] = [[DEPT_COLS.name, '职责活动'], [DEPT_COLS.budget, '年度预算数'], [DEPT_COLS.content, '内容描述'], [DEPT_COLS.goal, '绩效目标'], [DEPT_COLS.indicator, '绩效指标']];
  for (const [col, text] of headers) {
    cells.push({ row: 2, col, value: text });
    merges.push({ top: 2, left: col, bottom: 3, right: col });
  }
  cells.push({ row: 2, col: DEPT_COLS.优, value: '评价标准' });
  merges.push({ top: 2, left: DEPT_COLS.优, bottom: 2, right: DEPT_COLS.差 });
  BANDS.forEach((b, i) => cells.push({ row: 3, col: DEPT_COLS.优 + i, value: b }));
  const withActual = entries.some((e) => (e.indicators ?? []).some((i) => i.actual !== undefined));
  if (withActual) cells.push({ row: 2, col: DEPT_COLS.actual, value: '实际完成值' });
  let row = DEPT_FIRST_ROW;
  for (const spec of entries) {
    const at = row;
    const indicators = spec.indicators ?? [];
    const span = Math.max(1, indicators.length);
    const put = (col: number, value: string | number | null) => {
      cells.push({ row: at, col, value: value === '' ? null : value });
      if (span > 1) merges.push({ top: at, left: col, bottom: at + span - 1, right: col });
    };
    put(DEPT_COLS.name, spec.name);
    put(DEPT_COLS.budget, spec.budget ?? null);
    put(DEPT_COLS.content, spec.content ?? '负责本单位职责范围内的工作');
    put(DEPT_COLS.goal, spec.goal ?? '1、按要求完成年度工作任务');
    indicators.forEach((ind, i) => {
      const r = at + i;
      cells.push({ row: r, col: DEPT_COLS.indicator, value: ind.name === '' ? null : ind.name });
      ind.bands.forEach((t, k) => cells.push({ row: r, col: DEPT_COLS.优 + k, value: t === '' ? null : t }));
      if (ind.actual !== undefined) cells.push(actualSnapshotCell(r, ind.actual));
    });
    row += span;
  }
  const tables = extractWorkbook({ file: 'test.xlsx', sheets: [sheetSnapshot('部门整体绩效目标', cells, merges)] });
  const table = tables[0];
  if (tables.length !== 1 || table?.kind !== 'department') throw new Error(`the spec made ${tables.length} tables`);
  return table;
}

function actualSnapshotCell(row: number, a: NonNullable<DeptIndicatorSpec['actual']>): SnapshotCell {
  const col = DEPT_COLS.actual;
  if (typeof a === 'string') return { row, col, value: a === '' ? null : a, text: a };
  if (typeof a === 'number') return { row, col, value: a };
  return { row, col, value: a.fraction, format: '0%', text: `${a.fraction * 100}%` };
}

/** One activity under one department, carrying the given indicators: the usual shape of a rule test. */
export function tableWithIndicators(...indicators: DeptIndicatorSpec[]): Table {
  return makeDepartmentTable([
    { name: '一、镇人大', budget: 4 },
    { name: '人大会议、换届选举及人事任免', budget: 4, indicators },
  ]);
}

/** The cell of band `i` (0 = 优 … 3 = 差) on the n-th indicator of {@link tableWithIndicators}. */
export function bandCell(n: number, i: 0 | 1 | 2 | 3): { row: number; col: number } {
  return { row: DEPT_FIRST_ROW + 1 + n, col: DEPT_COLS.优 + i };
}
