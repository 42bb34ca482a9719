import rule from '../../../src/core/rules/indicator-over-achievement';
import { fire, profileWith } from './run-rule';
import { ACTUAL_COL, type IndicatorSpec } from '../make-project-table';
import { fireSelf } from './run-self-rule';
import { SELF_COLS, SELF_HEADER_ROW } from '../make-self-evaluation-table';

const rows = (value: string, actual: IndicatorSpec['actual']): IndicatorSpec[] => [
  { level1: '产出指标', level2: '数量指标', level3: '发放人数', value, basis: '年初目标', actual },
  { level1: '效益指标', level2: '社会效益指标', level3: '维护社会稳定', value: '维护社会稳定', basis: '年初目标', actual: '达成' },
  { level1: '满意度指标', level2: '服务对象满意度指标', level3: '群众满意度', value: '≥90%', basis: '年初目标', actual: '95%' },
];

describe('indicator.over-achievement', () => {
  it('fires at 130 % of a positive target, on the 实际完成值 cell (where its fix goes), and asks why', () => {
    const hits = fire(rule, { indicators: rows('≥100名', 130) });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ row: 10, col: ACTUAL_COL });
    expect(hits[0]?.message).toBe('实际完成值“130”达到指标值“≥100名”的130%（≥130%），请说明超额完成的原因；若是指标值定得偏低，应按实际能力据实设定');
  });

  it('is silent where a 偏差原因 explains it, and fires where the 偏差原因 is empty or 无', () => {
    const self = (deviation: string) => fireSelf(rule, { rows: [
      { level1: '产出指标', level2: '数量指标', level3: '发放人数', value: '≥100名', actual: '180名', weight: 50, score: 50, deviation },
      { level1: '满意度指标', level2: '服务对象满意度指标', level3: '群众满意度', value: '≥90%', actual: '95%', weight: 40, score: 40, deviation: '' },
    ] });
    expect(self('申请人数超出预期，下年据实调整指标值')).toEqual([]);
    expect(self('无').map((h) => [h.row, h.col])).toEqual([[SELF_HEADER_ROW + 1, SELF_COLS.actual]]);
    expect(self('')).toHaveLength(1);
  });

  it('against a target of 0, fires from the profile’s actual (30) on', () => {
    expect(fire(rule, { indicators: rows('≥0次', 30) })[0]?.message).toBe('实际完成值“30”在指标值“≥0次”为0时达到30以上，请说明超额完成的原因；若是指标值定得偏低，应按实际能力据实设定');
    expect(fire(rule, { indicators: rows('≥0次', 29) })).toEqual([]);
    expect(fire(rule, { indicators: rows('≥0次', 30) }, { profile: profileWith({ overAchievementAtZeroTarget: null }) })).toEqual([]);
    expect(fire(rule, { indicators: rows('=0次', 30) })).toEqual([]);
  });

  it('stays quiet just under the ratio', () => {
    expect(fire(rule, { indicators: rows('≥100名', 129.9) })).toEqual([]);
  });

  it('counts = targets (scored like ≥) and follows the profile’s ratio', () => {
    expect(fire(rule, { indicators: rows('100名', '180名') })).toHaveLength(1);
    const lenient = profileWith({ overAchievementRatio: 2 });
    expect(fire(rule, { indicators: rows('≥100名', 180) }, { profile: lenient })).toEqual([]);
    expect(fire(rule, { indicators: rows('≥100名', 200) }, { profile: lenient })[0]?.message).toContain('的200%（≥200%）');
  });

  it('never fires on a reverse target, a small actual against a target of 0, a qualitative target or an unscorable actual', () => {
    expect(fire(rule, { indicators: rows('≤10次', 2) })).toEqual([]);
    expect(fire(rule, { indicators: rows('≥0次', 5) })).toEqual([]);
    expect(fire(rule, { indicators: rows('按季度发放', '达成') })).toEqual([]);
    expect(fire(rule, { indicators: rows('≥100名', '很多') })).toEqual([]);
    expect(fire(rule, { indicators: rows('≥100名', '') })).toEqual([]);
  });

  it('reads percentages on one scale', () => {
    expect(fire(rule, { indicators: rows('≥50%', { fraction: 0.7 }) })).toHaveLength(1);
    expect(fire(rule, { indicators: rows('≥90%', '100%') })).toEqual([]);
  });
});
