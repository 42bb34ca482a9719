import rule from '../../../src/core/rules/self-actual-empty';
import { SELF_COLS, SELF_HEADER_ROW } from '../make-self-evaluation-table';
import { fireSelf } from './run-self-rule';
import { onCorrectWorkbooks, plantedAndFound } from './fixture-defects';

describe('self.actual-empty', () => {
  it('fires on the empty 实际完成值 of a set indicator, not on a row set to 无', () => {
    const hits = fireSelf(rule, {
      rows: [
        { level1: '产出指标', level2: '数量指标', level3: '发放人数', value: '≥274名', actual: null, weight: 50, score: 0 },
        { level1: '产出指标', level2: '成本指标', level3: '无', value: '无', actual: null },
      ],
    });
    expect(hits).toEqual([expect.objectContaining({ row: SELF_HEADER_ROW + 1, col: SELF_COLS.actual })]);
    expect(hits[0]?.message).toBe('“发放人数”的实际完成值未填写；定量指标请填写数值，定性指标请填写“达成”“部分达成”或“未达成”');
  });

  it('stays quiet when every actual is filled, and on the correct template workbooks', async () => {
    expect(fireSelf(rule)).toEqual([]);
    expect(await onCorrectWorkbooks(rule)).toEqual([]);
  });

  it('finds the mistakes planted in the template fixtures', async () => {
    for (const { planted, found } of await plantedAndFound(rule)) expect(found.cells).toEqual(expect.arrayContaining(planted));
  });
});
