import rule from '../../../src/core/rules/self-deviation-missing';
import { SELF_COLS, SELF_HEADER_ROW } from '../make-self-evaluation-table';
import { fireSelf } from './run-self-rule';
import { onCorrectWorkbooks, plantedAndFound } from './fixture-defects';

const row = (score: number, deviation: string) => ({ level1: '产出指标', level2: '数量指标', level3: '发放人数', value: '≥274名', actual: '137名', weight: 50, score, deviation });

describe('self.deviation-missing', () => {
  it('fires on an empty or 无 偏差原因 where the 得分 is below the 分值', () => {
    expect(fireSelf(rule, { rows: [row(25, '')] })).toEqual([expect.objectContaining({ row: SELF_HEADER_ROW + 1, col: SELF_COLS.deviation })]);
    expect(fireSelf(rule, { rows: [row(25, '无')] })[0]?.message).toBe('“发放人数”得分25分，低于分值50分，请填写偏差原因分析及改进措施');
  });

  it('stays quiet at full marks, with a reason written, and on the correct template workbooks', async () => {
    expect(fireSelf(rule, { rows: [row(50, '')] })).toEqual([]);
    expect(fireSelf(rule, { rows: [row(25, '名单审核延后，已于次年一季度补发')] })).toEqual([]);
    expect(await onCorrectWorkbooks(rule)).toEqual([]);
  });

  it('finds the mistakes planted in the template fixtures', async () => {
    for (const { planted, found } of await plantedAndFound(rule)) expect(found.cells).toEqual(expect.arrayContaining(planted));
  });
});
