import type { Table } from '../../src/core/model/table';
import { extractWorkbook } from '../../src/core/extract/extract-workbook';
import { sheetSnapshot, type SnapshotCell } from './sheet-snapshot';

export interface SelfRowSpec {
  level1?: string;
  level2?: string;
  level3?: string;
  value?: string;
  actual?: string | number | null;
  weight?: number | string | null;
  score?: number | string | null;
  deviation?: string | null;
}

export interface SelfSpec {
  /** 项目资金 年度资金总额 row: 全年预算数, 全年执行数, 分值, 执行率 (text like `90%` or a fraction), 得分. */
  funds?: { annual: number; executed: number | null; weight?: number | null; rate?: string | number | null; score?: number | null };
  goalResult?: string | null;
  rows?: SelfRowSpec[];
  /** 总分 row: its 分值 and 得分. */
  total?: { weight?: number | null; score?: number | null } | null;
  /** A printed 自评等级. */
  grade?: string;
}

/** Columns of the Ministry's self-evaluation grid (财预〔2020〕10号), from A. */
export const SELF_COLS = { level1: 1, level2: 2, level3: 3, value: 4, actual: 5, weight: 6, score: 7, deviation: 8 } as const;
/** Row of the grid's header; its rows follow. */
export const SELF_HEADER_ROW = 8;
/** Row of the 年度资金总额 line of 项目资金, and its columns. */
export const FUNDS_ROW = 5;
export const FUNDS_COLS = { initial: 3, annual: 4, executed: 5, weight: 6, rate: 7, score: 8 } as const;

const DEFAULT_ROWS: SelfRowSpec[] = [
  { level1: '产出指标', level2: '数量指标', level3: '发放人数', value: '≥274名', actual: '274名', weight: 50, score: 50, deviation: '' },
  { level1: '效益指标', level2: '社会效益指标', level3: '维护社会稳定', value: '维护社会稳定', actual: '达成', weight: 30, score: 30, deviation: '' },
  { level1: '满意度指标', level2: '服务对象满意度指标', level3: '群众满意度', value: '≥90%', actual: '95%', weight: 10, score: 10, deviation: '' },
];

/**
 * A 项目支出绩效自评表 laid out as the Ministry prints it, read by the real recognizer and extractor:
 * r1 title, r2 （2023年度）, r3 项目名称, r4–r5 项目资金（万元）, r6–r7 年度总体目标, r8 grid header, then
 * the rows and the 总分 row.
 */
export function makeSelfEvaluationTable(spec: SelfSpec = {}): Table {
  const cells: SnapshotCell[] = [];
  const put = (row: number, col: number, value: string | number | null | undefined) => {
    if (value !== undefined && value !== null && value !== '') cells.push({ row, col, value });
  };
  put(1, 1, '项目支出绩效自评表');
  put(2, 1, '（2023年度）');
  put(3, 1, '项目名称');
  put(3, 2, '“三线”铁路建设民兵补贴资金');
  put(4, 1, '项目资金（万元）');
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((t, i) => put(4, 3 + i, t));
  put(FUNDS_ROW, 2, '年度资金总额');
  const funds = spec.funds ?? { annual: 64.39, executed: 64.39, weight: 10, rate: '100%', score: 10 };
  put(FUNDS_ROW, FUNDS_COLS.initial, funds.annual);
  put(FUNDS_ROW, FUNDS_COLS.annual, funds.annual);
  put(FUNDS_ROW, FUNDS_COLS.executed, funds.executed);
  put(FUNDS_ROW, FUNDS_COLS.weight, funds.weight === undefined ? 10 : funds.weight);
  put(FUNDS_ROW, FUNDS_COLS.rate, funds.rate);
  put(FUNDS_ROW, FUNDS_COLS.score, funds.score);
  put(6, 1, '年度总体目标');
  put(6, 2, '预期目标');
  put(6, 5, '实际完成情况');
  put(7, 2, '按季度足额发放274名民兵生活补贴');
  put(7, 5, spec.goalResult === undefined ? '已按季度足额发放' : spec.goalResult);
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].forEach((t, i) => put(SELF_HEADER_ROW, 1 + i, t));
  const rows = spec.rows ?? DEFAULT_ROWS;
  rows.forEach((r, i) => {
    const row = SELF_HEADER_ROW + 1 + i;
    put(row, SELF_COLS.level1, r.level1);
    put(row, SELF_COLS.level2, r.level2);
    put(row, SELF_COLS.level3, r.level3);
    put(row, SELF_COLS.value, r.value);
    put(row, SELF_COLS.actual, r.actual);
    put(row, SELF_COLS.weight, r.weight);
    put(row, SELF_COLS.score, r.score);
    put(row, SELF_COLS.deviation, r.deviation);
  });
  const totalRow = SELF_HEADER_ROW + rows.length + 1;
  if (spec.total !== null) {
    put(totalRow, 1, '总分');
    put(totalRow, SELF_COLS.weight, spec.total?.weight === undefined ? 100 : spec.total.weight);
    put(totalRow, SELF_COLS.score, spec.total?.score);
  }
  if (spec.grade !== undefined) {
    put(totalRow + 1, 1, '自评等级');
    put(totalRow + 1, 2, spec.grade);
  }
  const tables = extractWorkbook({ file: 'test.xlsx', sheets: [sheetSnapshot('项目支出绩效自评表', cells)] });
  const table = tables[0];
  if (tables.length !== 1 || table?.kind !== 'self-evaluation') throw new Error(`the spec made ${tables.length} tables: ${tables.map((t) => t.kind).join()}`);
  return table;
}

/** The 总分 row of a table made from `spec`. */
export function selfTotalRow(spec: SelfSpec = {}): number {
  return SELF_HEADER_ROW + (spec.rows ?? DEFAULT_ROWS).length + 1;
}
