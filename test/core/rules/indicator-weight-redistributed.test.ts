import rule from '../../../src/core/rules/indicator-weight-redistributed';
import { fire } from './run-rule';
import type { IndicatorSpec } from '../make-project-table';

const output: IndicatorSpec = { level1: '产出指标', level2: '数量指标', level3: '发放人数', value: '≥274名', basis: '年初目标', actual: 280 };
const effect: IndicatorSpec = { level1: '效益指标', level2: '社会效益指标', level3: '维护社会稳定', value: '维护社会稳定', basis: '年初目标', actual: '达成' };
const noSatisfaction: IndicatorSpec = { level1: '满意度指标', level2: '服务对象满意度指标', level3: '无', value: '无', basis: '' };
const satisfaction: IndicatorSpec = { level1: '满意度指标', level2: '服务对象满意度指标', level3: '群众满意度', value: '≥90%', basis: '年初目标', actual: '95%' };
const withoutActual = (r: IndicatorSpec): IndicatorSpec => ({ ...r, actual: '' });

describe('indicator.weight-redistributed', () => {
  it('fires at year end on the first indicator row’s 一级 cell, naming the level and its weight', () => {
    const hits = fire(rule, { indicators: [output, effect, noSatisfaction] });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ row: 10, col: 1 });
    expect(hits[0]?.message).toBe('满意度指标没有设定指标，自评时其10分已按比例分给其他一级指标；请补充满意度指标，或说明不设的理由');
  });

  it('names every missing level in one finding', () => {
    expect(fire(rule, { indicators: [output] })[0]?.message).toContain('效益指标、满意度指标没有设定指标，自评时其40分');
  });

  it('fires when only the 全年执行数 is there', () => {
    expect(fire(rule, { execution: '20', indicators: [withoutActual(output), withoutActual(effect)] })).toHaveLength(1);
  });

  it('stays quiet before year end, with all three levels, and with the sheet’s own weights', () => {
    expect(fire(rule, { indicators: [withoutActual(output), withoutActual(effect), noSatisfaction] })).toEqual([]);
    expect(fire(rule, { indicators: [output, effect, satisfaction] })).toEqual([]);
    expect(fire(rule, { indicators: [{ ...output, weight: '60' }, { ...effect, weight: '30' }, noSatisfaction] })).toEqual([]);
  });

  it('counts a 成本指标 一级 as 产出', () => {
    const cost: IndicatorSpec = { level1: '成本指标', level2: '经济成本指标', level3: '项目成本', value: '≤20万元', basis: '预算', actual: '18万元' };
    expect(fire(rule, { indicators: [cost, effect, satisfaction] })).toEqual([]);
  });
});
