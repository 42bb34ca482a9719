import type { DepartmentEntry, DepartmentIndicator, DepartmentTable } from '../../src/core/model/department-table';
import type { Located } from '../../src/core/model/located';
import type { ActualCell } from '../../src/core/model/located';
import { parseMoney } from '../../src/core/parse/money';
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

const DEPARTMENT_ROW = /^[一二三四五六七八九十百]+[、.．]/;

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
    bands: { 优: band(0), 良: band(1), 中: band(2), 差: band(3) },
    actual: spec.actual === undefined ? null : actualCell(row, spec.actual),
  };
}

/**
 * A department table as the extractor would produce it from the seed's layout (title row 1, headers
 * rows 2–3, data from row 4). Each entry's first indicator shares its row; the others follow, their
 * first four cells merged into the entry's. An entry without indicators takes one row.
 */
export function makeDepartmentTable(entries: DeptEntrySpec[]): DepartmentTable {
  let row = DEPT_FIRST_ROW;
  const out: DepartmentEntry[] = entries.map((spec) => {
    const at = row;
    const budgetText = spec.budget === undefined ? '' : String(spec.budget);
    const indicators = (spec.indicators ?? []).map((ind, i) => makeDepartmentIndicator(ind, at + i));
    row += Math.max(1, indicators.length);
    return {
      level: spec.level ?? (DEPARTMENT_ROW.test(spec.name.trim()) ? 'department' : 'activity'),
      name: text(at, DEPT_COLS.name, spec.name),
      budget: { row: at, col: DEPT_COLS.budget, text: budgetText, value: parseMoney(spec.budget ?? null, budgetText) },
      content: text(at, DEPT_COLS.content, spec.content ?? '负责本单位职责范围内的工作'),
      goal: text(at, DEPT_COLS.goal, spec.goal ?? '1、按要求完成年度工作任务'),
      indicators,
    };
  });
  return {
    kind: 'department',
    id: 'd1',
    sheet: '部门整体绩效目标',
    area: { top: 1, left: 1, bottom: Math.max(row - 1, DEPT_FIRST_ROW), right: 9 },
    title: text(1, 1, '部门整体绩效目标表'),
    headerRow: 2,
    entries: out,
  };
}

/** One activity under one department, carrying the given indicators: the usual shape of a rule test. */
export function tableWithIndicators(...indicators: DeptIndicatorSpec[]): DepartmentTable {
  return makeDepartmentTable([
    { name: '一、镇人大', budget: 4 },
    { name: '人大会议、换届选举及人事任免', budget: 4, indicators },
  ]);
}

/** The cell of band `i` (0 = 优 … 3 = 差) on the n-th indicator of {@link tableWithIndicators}. */
export function bandCell(n: number, i: 0 | 1 | 2 | 3): { row: number; col: number } {
  return { row: DEPT_FIRST_ROW + 1 + n, col: DEPT_COLS.优 + i };
}
