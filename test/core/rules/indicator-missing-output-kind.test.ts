import rule from '../../../src/core/rules/indicator-missing-output-kind';
import { fire } from './run-rule';

const set = (level2: string, level1 = '') => ({ level1, level2, level3: '某指标', value: '≥1次', basis: '依据' });
const none = (level2: string) => ({ level1: '', level2, level3: '无', value: '无', basis: '无' });

describe('indicator.missing-output-kind', () => {
  it('fires on a 成本指标 row left 无, and on a missing 数量指标', () => {
    const hits = fire(rule, { indicators: [set('质量指标', '产出指标'), none('成本指标'), set('社会效益指标', '效益指标')] });
    expect(hits.map((h) => h.params.kind)).toEqual(['数量指标', '成本指标']);
    expect(hits[1]).toMatchObject({ row: 11, col: 3 });
  });

  it('accepts 成本指标 as a 一级 of its own (post-2021 layout)', () => {
    expect(fire(rule, { indicators: [set('数量指标', '产出指标'), set('经济成本指标', '成本指标')] })).toEqual([]);
  });

  it('stays quiet when both are set', () => {
    expect(fire(rule, { indicators: [set('数量指标', '产出指标'), set('成本指标')] })).toEqual([]);
  });
});
