import type { Table } from '../../src/core/model/table';
import { extractWorkbook } from '../../src/core/extract/extract-workbook';
import { sheetSnapshot, type SnapshotCell } from './sheet-snapshot';

export interface MonitorRowSpec {
  level1?: string;
  level2?: string;
  level3?: string;
  value?: string;
  current?: string | number | null;
  feasibility?: string;
  deviation?: string | null;
}

/** Columns of the system's monitoring export, from A; the grid's header row; its first body row. */
export const MONITOR_COLS = { level1: 1, level2: 2, level3: 3, value: 4, current: 5, feasibility: 6, deviation: 7 } as const;
export const MONITOR_HEADER_ROW = 4;

/** A 绩效运行监控表 (title, 项目名称, then the grid), read by the real recognizer and extractor. */
export function makeMonitoringTable(rows: MonitorRowSpec[], currentHeader = '*当前完成值'): Table {
  const cells: SnapshotCell[] = [];
  const put = (row: number, col: number, value: string | number | null | undefined) => {
    if (value !== undefined && value !== null && value !== '') cells.push({ row, col, value });
  };
  put(1, 1, '2024年度项目绩效运行监控表');
  put(2, 1, '项目名称');
  put(2, 2, '城乡环境卫生整治');
  ['一级指标', '二级指标', '三级指标', '年度指标值', currentHeader, '*完成可能性分析', '偏差原因说明'].forEach((t, i) => put(MONITOR_HEADER_ROW, 1 + i, t));
  rows.forEach((r, i) => {
    const row = MONITOR_HEADER_ROW + 1 + i;
    put(row, MONITOR_COLS.level1, r.level1 ?? '产出指标');
    put(row, MONITOR_COLS.level2, r.level2 ?? '数量指标');
    put(row, MONITOR_COLS.level3, r.level3 ?? '新增垃圾转运箱');
    put(row, MONITOR_COLS.value, r.value ?? '≥40个');
    put(row, MONITOR_COLS.current, r.current);
    put(row, MONITOR_COLS.feasibility, r.feasibility ?? '能够完成');
    put(row, MONITOR_COLS.deviation, r.deviation);
  });
  const tables = extractWorkbook({ file: 'test.xlsx', sheets: [sheetSnapshot('绩效运行监控', cells)] });
  const table = tables[0];
  if (tables.length !== 1 || table?.kind !== 'monitoring') throw new Error(`the spec made ${tables.length} tables: ${tables.map((t) => t.kind).join()}`);
  return table;
}
