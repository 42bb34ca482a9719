import rule from '../../../src/core/rules/self-weight-rollup';
import { SELF_COLS, SELF_HEADER_ROW } from '../make-self-evaluation-table';
import { fireSelf } from './run-self-rule';
import { onCorrectWorkbooks } from './fixture-defects';

const output = (weight: number) => ({ level1: '产出指标（50分）', level2: '数量指标', level3: '发放人数', value: '≥274名', actual: '274名', weight, score: weight });

describe('self.weight-rollup', () => {
  it('fires on a 一级 cell whose printed points differ from its rows’ 分值', () => {
    const hits = fireSelf(rule, { rows: [output(20), { ...output(20), level1: '' }, { ...output(20), level1: '' }] });
    expect(hits).toEqual([expect.objectContaining({ row: SELF_HEADER_ROW + 1, col: SELF_COLS.level1 })]);
    expect(hits[0]?.message).toBe('一级指标“产出指标（50分）”标注50分，其下各指标分值合计60分，请使两者一致');
  });

  it('stays quiet when they agree, when no 一级 prints points, and on the correct template workbooks', async () => {
    expect(fireSelf(rule, { rows: [output(20), { ...output(20), level1: '' }, { ...output(10), level1: '' }] })).toEqual([]);
    expect(fireSelf(rule)).toEqual([]);
    expect(await onCorrectWorkbooks(rule)).toEqual([]);
  });
});
