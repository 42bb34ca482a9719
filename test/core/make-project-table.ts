import type { Table } from '../../src/core/model/table';
import type { IndicatorRole } from '../../src/core/vocabulary';
import { extractWorkbook } from '../../src/core/extract/extract-workbook';
import { sheetSnapshot, type SnapshotCell } from './sheet-snapshot';

/** Plan values as typed in a sheet: text (`25%`), a fraction with a % format, or a bare number. */
export type PlanInput = string | { fraction: number } | { number: number } | null;

export interface IndicatorSpec {
  level1?: string;
  level2?: string;
  level3?: string;
  /** 绩效指标描述; the 三级 text when not given. */
  description?: string;
  value?: string;
  basis?: string;
  /** A 计量单位 column (as other local forms have), at {@link UNIT_COL}; none when not given. */
  unit?: string;
  /** A 计算符号 column (`≥`, `定性`), as the integrated system exports, at {@link OPERATOR_COL}; none when not given. */
  operator?: string;
  /** A 指标性质 column (`定量`, `定性`), at {@link NATURE_COL}; none when not given. */
  nature?: string;
  weight?: string;
  /** 实际完成值 as typed: text, a number, or a fraction shown with a % format. */
  actual?: string | number | { fraction: number };
}

/** Column of the 权重 cells, right of the seed template's six grid columns. */
export const WEIGHT_COL = 7;
/** Column of the 实际完成值 cells. */
export const ACTUAL_COL = 8;
/** Column of the optional 计量单位 cell. */
export const UNIT_COL = 9;
/** Columns of the optional 计算符号 and 指标性质 cells. */
export const OPERATOR_COL = 10;
export const NATURE_COL = 11;
/** Header row of the indicator grid; indicators follow from the next row. */
export const HEADER_ROW = 9;

export interface ProjectSpec {
  name?: string | null;
  code?: string | null;
  budget?: string | number | null;
  fiscal?: string | number | null;
  other?: (string | number)[];
  purpose?: string | null;
  goal?: string | null;
  plan?: { labels: string[]; values: PlanInput[] } | null;
  indicators?: IndicatorSpec[];
  /** 全年执行数, in 万元. */
  execution?: string | number | null;
  /** The Ministry's reference form: no 项目编码, no 资金支出计划, no 资金用途, no 指标值确定依据. */
  form?: 'standard' | 'mof-reference';
  /** Grid columns the form does not print. */
  without?: IndicatorRole[];
}

const DEFAULT_INDICATORS: IndicatorSpec[] = [
  { level1: '产出指标', level2: '数量指标', level3: '发放人数', value: '≥274名', basis: '部门年初工作目标' },
  { level1: '效益指标', level2: '社会效益指标', level3: '维护社会稳定', value: '维护社会稳定', basis: '部门年初工作目标' },
  { level1: '满意度指标', level2: '服务对象满意度指标', level3: '群众满意度', value: '≥90%', basis: '部门年初工作目标' },
];

function typed(row: number, col: number, v: string | number | { fraction: number } | { number: number } | null): SnapshotCell {
  if (v === null) return { row, col, value: null };
  if (typeof v === 'string') return { row, col, value: v === '' ? null : v, text: v };
  if (typeof v === 'number') return { row, col, value: v };
  if ('fraction' in v) return { row, col, value: v.fraction, format: '0%', text: `${v.fraction * 100}%` };
  return { row, col, value: v.number };
}

/**
 * A project table laid out like the seed template (label column A, values from B; indicator grid
 * headed in row 9), read by the real recognizer and extractor, so a rule test sees exactly the
 * facts a workbook would give it.
 */
export function makeProjectTable(spec: ProjectSpec = {}): Table {
  const pick = <T>(v: T | undefined, d: T) => (v === undefined ? d : v);
  const mof = spec.form === 'mof-reference';
  const name = pick(spec.name, '安全生产专项资金');
  const code = mof ? null : pick(spec.code, '13081123P00005810001W');
  const purpose = mof ? null : pick(spec.purpose, '辖区内企业安全隐患排查');
  const goal = pick(spec.goal, '1.完成辖区内企业安全隐患排查整改');
  const budget = pick(spec.budget, '20.00');
  const fiscal = pick(spec.fiscal, '20.00');
  const plan = mof ? null : spec.plan === undefined ? { labels: ['3月底', '6月底', '10月底', '12月底'], values: ['25%', '50%', '80%', '100%'] } : spec.plan;
  const indicators = spec.indicators ?? DEFAULT_INDICATORS;
  const without = new Set<IndicatorRole>([...(spec.without ?? []), ...(mof ? ['basis' as const] : [])]);

  const cells: SnapshotCell[] = [{ row: 1, col: 1, value: `1.${name ?? ''}绩效目标表` }];
  const merges = [];
  const label = (row: number, col: number, text: string) => cells.push({ row, col, value: text });
  if (spec.execution !== undefined && spec.execution !== null) {
    label(2, 6, '全年执行数');
    cells.push(typed(2, 7, spec.execution));
  }
  if (code !== null) {
    label(3, 1, '项目编码');
    cells.push(typed(3, 2, code));
  }
  if (name !== null) {
    label(3, 4, '项目名称');
    cells.push(typed(3, 5, name));
  }
  if (purpose !== null) {
    label(4, 1, '预算规模及资金用途');
    merges.push({ top: 4, left: 1, bottom: 5, right: 1 });
    cells.push(typed(5, 2, purpose));
    merges.push({ top: 5, left: 2, bottom: 5, right: 7 });
  }
  if (budget !== null) {
    label(4, 2, '预算数');
    cells.push(typed(4, 3, budget));
  }
  if (fiscal !== null) {
    label(4, 4, '其中：财政资金');
    cells.push(typed(4, 5, fiscal));
  }
  const others = spec.other ?? [''];
  others.forEach((v, i) => {
    label(4, 6 + 2 * i, i === 0 ? '其他资金' : '自有资金');
    cells.push(typed(4, 7 + 2 * i, v));
  });
  if (plan) {
    label(6, 1, '资金支出计划（%）');
    merges.push({ top: 6, left: 1, bottom: 7, right: 1 });
    plan.labels.forEach((l, i) => {
      label(6, 2 + i, l);
      cells.push(typed(7, 2 + i, plan.values[i] ?? null));
    });
  }
  if (goal !== null) {
    label(8, 1, '绩效目标');
    cells.push(typed(8, 2, goal));
  }
  const columns: [IndicatorRole, number, string][] = [
    ['level1', 1, '一级指标'], ['level2', 2, '二级指标'], ['level3', 3, '三级指标'], ['description', 4, '绩效指标描述'],
    ['value', 5, '指标值'], ['basis', 6, '指标值确定依据'],
  ];
  if (indicators.some((r) => r.weight !== undefined)) columns.push(['weight', WEIGHT_COL, '权重']);
  if (indicators.some((r) => r.actual !== undefined)) columns.push(['actual', ACTUAL_COL, '实际完成值']);
  if (indicators.some((r) => r.unit !== undefined)) columns.push(['unit', UNIT_COL, '计量单位']);
  if (indicators.some((r) => r.operator !== undefined)) columns.push(['operator', OPERATOR_COL, '计算符号']);
  if (indicators.some((r) => r.nature !== undefined)) columns.push(['nature', NATURE_COL, '指标性质']);
  const present = columns.filter(([role]) => !without.has(role));
  for (const [, col, text] of present) label(HEADER_ROW, col, text);
  indicators.forEach((r, i) => {
    const row = HEADER_ROW + 1 + i;
    const values: Partial<Record<IndicatorRole, string | number | { fraction: number } | undefined>> = {
      level1: r.level1, level2: r.level2, level3: r.level3, description: r.description ?? r.level3, value: r.value,
      basis: r.basis, weight: r.weight, actual: r.actual, unit: r.unit, operator: r.operator, nature: r.nature,
    };
    for (const [role, col] of present) cells.push(typed(row, col, values[role] ?? null));
  });
  const tables = extractWorkbook({ file: 'test.xlsx', sheets: [sheetSnapshot('项目绩效目标表', cells, merges)] });
  const table = tables[0];
  if (tables.length !== 1 || !table) throw new Error(`the spec made ${tables.length} tables`);
  return table;
}
