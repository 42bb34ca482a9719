import rule from '../../../src/core/rules/monitor-behind-schedule';
import deviationMissing from '../../../src/core/rules/monitor-deviation-missing';
import type { Table } from '../../../src/core/model/table';
import { MONITOR_COLS, MONITOR_HEADER_ROW, makeMonitoringTable, type MonitorRowSpec } from '../make-monitoring-table';
import { fireOn } from './run-self-rule';
import { onCorrectWorkbooks } from './fixture-defects';

const REASON = '采购延期，三季度集中投放';
const DOUBT = '年底前可能无法完成';
/** A monitoring form that prints no 偏差原因 column. */
const withoutReasons = (table: Table): Table => ({ ...table, indicators: table.indicators.map((r) => ({ ...r, deviation: null })) });
const noReasonColumn = (rows: MonitorRowSpec[], header?: string) => withoutReasons(makeMonitoringTable(rows, header));

describe('monitor.behind-schedule', () => {
  it('fires at the current value under 60 % of the time-proportional target (10 of 40 by June is 50 %) when the form has no 偏差原因', () => {
    const hits = fireOn(rule, noReasonColumn([{ current: '10个' }]));
    expect(hits).toEqual([expect.objectContaining({ row: MONITOR_HEADER_ROW + 1, col: MONITOR_COLS.current })]);
    expect(hits[0]?.message).toBe('“新增垃圾转运箱”当前完成值“10个”仅为序时进度的50%，属红色预警（不到60%）；表中没有偏差原因说明，请说明滞后原因和拟采取的措施，年内追不上的请按程序调整绩效目标');
  });

  it('fires when a reason is written but the 完成可能性分析 doubts the target, and not when it expects to catch up', () => {
    expect(fireOn(rule, makeMonitoringTable([{ current: '10个', deviation: REASON, feasibility: DOUBT }])).map((h) => h.message))
      .toEqual([expect.stringContaining('完成可能性分析认为年内难以完成，请在偏差原因说明中写明追赶措施')]);
    expect(fireOn(rule, makeMonitoringTable([{ current: '10个', deviation: REASON }]))).toEqual([]);
  });

  it('is amber, not red, from 60 % (12 of 40 by June), and reads the month of a 1-X月 header', () => {
    expect(fireOn(rule, noReasonColumn([{ current: '12个' }]))).toEqual([]);
    expect(fireOn(rule, noReasonColumn([{ current: '15个' }], '1-9月执行情况'))).toHaveLength(1);
    expect(fireOn(rule, noReasonColumn([{ current: '10个' }], '1-3月执行情况'))).toEqual([]);
  });

  it('reads a reverse target past its cap and a qualitative one that will not be reached as red', () => {
    expect(fireOn(rule, noReasonColumn([{ level2: '质量指标', level3: '群众投诉次数', value: '≤10次', current: '12次' }])).map((h) => h.message))
      .toEqual([expect.stringContaining('已超过年度指标值“≤10次”')]);
    expect(fireOn(rule, noReasonColumn([{ value: '全部完成整治', current: '部分完成', feasibility: DOUBT }])).map((h) => h.message))
      .toEqual([expect.stringContaining('按完成可能性分析年内难以完成')]);
  });

  it('leaves a red row with an empty 偏差原因 to monitor.deviation-missing: one finding a row', () => {
    const table = makeMonitoringTable([{ current: '10个', feasibility: DOUBT }]);
    expect(fireOn(rule, table)).toEqual([]);
    expect(fireOn(deviationMissing, table)).toHaveLength(1);
  });

  it('stays quiet on the correct template workbooks, whose lagging rows are explained', async () => {
    expect(await onCorrectWorkbooks(rule)).toEqual([]);
  });
});
