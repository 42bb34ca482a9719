import rule from '../../../src/core/rules/self-qualitative-band';
import { SELF_COLS, SELF_HEADER_ROW } from '../make-self-evaluation-table';
import { fireSelf } from './run-self-rule';
import { onCorrectWorkbooks, plantedAndFound } from './fixture-defects';

const rows = (actual: string, score: number) => [
  { level1: '效益指标', level2: '社会效益指标', level3: '维护社会稳定', value: '维护社会稳定', actual, weight: 30, score },
];

describe('self.qualitative-band', () => {
  it('fires on a qualitative 得分 outside the band of its level', () => {
    const hits = fireSelf(rule, { rows: rows('部分达成', 30) });
    expect(hits).toEqual([expect.objectContaining({ row: SELF_HEADER_ROW + 1, col: SELF_COLS.score })]);
    expect(hits[0]?.message).toBe('实际完成值为“部分达成”，得分应在分值30分的60%–80%（不含）之间（18–24分），表中为30分');
  });

  it('puts 80 % in 达成 only and 60 % in 部分达成 only', () => {
    expect(fireSelf(rule, { rows: rows('部分达成', 24) })).toHaveLength(1);
    expect(fireSelf(rule, { rows: rows('达成', 24) })).toEqual([]);
    expect(fireSelf(rule, { rows: rows('未达成', 18) })).toHaveLength(1);
    expect(fireSelf(rule, { rows: rows('部分达成', 18) })).toEqual([]);
  });

  it('stays quiet inside the bands and on the correct template workbooks', async () => {
    expect(fireSelf(rule, { rows: rows('未达成', 9) })).toEqual([]);
    expect(await onCorrectWorkbooks(rule)).toEqual([]);
  });

  it('finds the mistakes planted in the template fixtures', async () => {
    for (const { planted, found } of await plantedAndFound(rule)) expect(found.cells).toEqual(expect.arrayContaining(planted));
  });
});
