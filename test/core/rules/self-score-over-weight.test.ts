import rule from '../../../src/core/rules/self-score-over-weight';
import { SELF_COLS, SELF_HEADER_ROW, FUNDS_COLS, FUNDS_ROW } from '../make-self-evaluation-table';
import { fireSelf } from './run-self-rule';
import { onCorrectWorkbooks, plantedAndFound } from './fixture-defects';

describe('self.score-over-weight', () => {
  it('fires on a 得分 above its 分值 and on a negative one, at the 得分 cell', () => {
    const hits = fireSelf(rule, {
      rows: [
        { level1: '产出指标', level2: '数量指标', level3: '发放人数', value: '≥274名', actual: '274名', weight: 50, score: 52 },
        { level1: '效益指标', level2: '社会效益指标', level3: '维护社会稳定', value: '维护社会稳定', actual: '未达成', weight: 30, score: -3 },
      ],
    });
    expect(hits.map((h) => [h.row, h.col])).toEqual([[SELF_HEADER_ROW + 1, SELF_COLS.score], [SELF_HEADER_ROW + 2, SELF_COLS.score]]);
    expect(hits[0]?.message).toBe('“发放人数”的得分52分高于分值50分，请按评分规则重新计算');
    expect(hits[1]?.message).toContain('是负数');
  });

  it('checks the 预算执行率 得分 against its 分值', () => {
    const hits = fireSelf(rule, { funds: { annual: 100, executed: 100, weight: 10, rate: '100%', score: 12 } });
    expect(hits.map((h) => [h.row, h.col])).toEqual([[FUNDS_ROW, FUNDS_COLS.score]]);
  });

  it('stays quiet on scores up to the 分值 and on the correct template workbooks', async () => {
    expect(fireSelf(rule)).toEqual([]);
    expect(await onCorrectWorkbooks(rule)).toEqual([]);
  });

  it('finds the mistakes planted in the template fixtures', async () => {
    for (const { planted, found } of await plantedAndFound(rule)) expect(found.cells).toEqual(expect.arrayContaining(planted));
  });
});
