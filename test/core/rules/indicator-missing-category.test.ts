import rule from '../../../src/core/rules/indicator-missing-category';
import { fire } from './run-rule';

const set = (level1: string, level2: string) => ({ level1, level2, level3: '某指标', value: '≥1次', basis: '依据' });
const none = (level1: string, level2: string) => ({ level1, level2, level3: '无', value: '无', basis: '无' });

describe('indicator.missing-category', () => {
  it('fires on the 满意度 row when it is all 无 (the seed’s 防灾减灾专项资金)', () => {
    const hits = fire(rule, { indicators: [set('产出指标', '数量指标'), set('效益指标', '社会效益指标'), none('满意度指标', '服务对象满意度指标')] });
    expect(hits).toEqual([expect.objectContaining({ row: 12, col: 3, params: expect.objectContaining({ category: '满意度指标' }) })]);
  });

  it('fires at the first indicator row when a category has no row at all', () => {
    const hits = fire(rule, { indicators: [set('产出指标', '数量指标'), set('满意度指标', '服务对象满意度指标')] });
    expect(hits).toEqual([expect.objectContaining({ row: 10, col: 1, params: expect.objectContaining({ category: '效益指标' }) })]);
  });

  it('stays quiet when every category has a set indicator, and on a table without a grid', () => {
    expect(fire(rule)).toEqual([]);
    expect(fire(rule, { indicators: [] })).toEqual([]);
  });
});
