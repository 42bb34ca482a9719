import rule from '../../../src/core/rules/monitor-deviation-missing';
import { MONITOR_COLS, MONITOR_HEADER_ROW, makeMonitoringTable } from '../make-monitoring-table';
import { fireOn } from './run-self-rule';
import { onCorrectWorkbooks, plantedAndFound } from './fixture-defects';

describe('monitor.deviation-missing', () => {
  it('fires when a quantity is behind 80 % of its time-proportional target (6 months of 12 by default) with no reason', () => {
    const hits = fireOn(rule, makeMonitoringTable([{ current: '15个' }]));
    expect(hits).toEqual([expect.objectContaining({ row: MONITOR_HEADER_ROW + 1, col: MONITOR_COLS.deviation })]);
    expect(hits[0]?.message).toBe('“新增垃圾转运箱”当前完成值“15个”落后于年度指标值“≥40个”的序时进度，请填写偏差原因说明和拟采取的措施');
  });

  it('reads the month from a 1-X月 header: 15 of 40 by September is behind, by March it is not', () => {
    expect(fireOn(rule, makeMonitoringTable([{ current: '15个' }], '1-9月执行情况'))).toHaveLength(1);
    expect(fireOn(rule, makeMonitoringTable([{ current: '15个' }], '1-3月执行情况'))).toEqual([]);
  });

  it('reads a qualitative target as behind when its 完成可能性 says it will not be reached', () => {
    expect(fireOn(rule, makeMonitoringTable([{ value: '全部完成整治', current: '部分完成', feasibility: '年底前可能无法完成' }]))).toHaveLength(1);
    expect(fireOn(rule, makeMonitoringTable([{ value: '全部完成整治', current: '部分完成', feasibility: '能够完成' }]))).toEqual([]);
  });

  it('stays quiet on time, with a reason written, on the correct template workbooks, and finds the planted mistakes', async () => {
    expect(fireOn(rule, makeMonitoringTable([{ current: '20个' }]))).toEqual([]);
    expect(fireOn(rule, makeMonitoringTable([{ current: '10个', deviation: '采购延期，三季度集中投放' }]))).toEqual([]);
    expect(await onCorrectWorkbooks(rule)).toEqual([]);
    for (const { planted, found } of await plantedAndFound(rule)) expect(found.cells).toEqual(expect.arrayContaining(planted));
  });
});
