import rule from '../../../src/core/rules/indicator-qualitative-share';
import { fire } from './run-rule';
import { ACTUAL_COL, type IndicatorSpec } from '../make-project-table';

const row = (actual: string): IndicatorSpec[] => [
  { level1: '效益指标', level2: '社会效益指标', level3: '隐患整改', value: '隐患全部整改到位', basis: '年初目标', actual },
];

describe('indicator.qualitative-share', () => {
  it('fires on a share above its level’s band, on the 实际完成值 cell (where its fix goes), and suggests the level that fits', () => {
    const hits = fire(rule, { indicators: row('部分达成 90%') });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ row: 10, col: ACTUAL_COL, suggestion: '达成 90%' });
    expect(hits[0]?.message).toBe('定性指标实际完成值“部分达成 90%”：“部分达成”的得分比例应在60%（含）至80%（不含）之间，90%不在其中；请改为区间内的比例，或改选相符的等级（如“达成 90%”）');
  });

  it('fires below the band and above 100 %', () => {
    expect(fire(rule, { indicators: row('达成 50%') })[0]?.suggestion).toBe('未达成 50%');
    expect(fire(rule, { indicators: row('未达成 65') })[0]?.suggestion).toBe('部分达成 65%');
    expect(fire(rule, { indicators: row('达成 120%') })[0]?.suggestion).toBe('达成 100%');
  });

  it('puts 80 % in 达成 only and 60 % in 部分达成 only, as 财预〔2020〕10号 bounds the bands', () => {
    expect(fire(rule, { indicators: row('部分达成 80%') }).map((h) => h.suggestion)).toEqual(['达成 80%']);
    expect(fire(rule, { indicators: row('未达成 60%') }).map((h) => h.suggestion)).toEqual(['部分达成 60%']);
  });

  it('stays quiet inside the band, on its included edges, on a level alone and on unknown text', () => {
    for (const actual of ['部分达成 75%', '部分达成 60%', '部分达成 79.5%', '达成 80%', '达成100%', '未达成 0%', '未达成 59%', '达成', '未达成', '效果良好']) {
      expect(fire(rule, { indicators: row(actual) })).toEqual([]);
    }
  });
});
