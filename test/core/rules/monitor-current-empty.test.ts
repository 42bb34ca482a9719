import rule from '../../../src/core/rules/monitor-current-empty';
import { MONITOR_COLS, MONITOR_HEADER_ROW, makeMonitoringTable } from '../make-monitoring-table';
import { fireOn } from './run-self-rule';
import { onCorrectWorkbooks, plantedAndFound } from './fixture-defects';

describe('monitor.current-empty', () => {
  it('fires on the empty 当前完成值 of a set indicator, not on a row set to 无', () => {
    const table = makeMonitoringTable([{ current: null }, { level3: '无', value: '无', current: null }, { current: '20个' }]);
    const hits = fireOn(rule, table);
    expect(hits).toEqual([expect.objectContaining({ row: MONITOR_HEADER_ROW + 1, col: MONITOR_COLS.current })]);
    expect(hits[0]?.message).toBe('“新增垃圾转运箱”的当前完成值未填写，请填写截至监控时点的完成情况');
  });

  it('stays quiet on the correct template workbooks and finds the planted mistakes', async () => {
    expect(await onCorrectWorkbooks(rule)).toEqual([]);
    for (const { planted, found } of await plantedAndFound(rule)) expect(found.cells).toEqual(expect.arrayContaining(planted));
  });
});
