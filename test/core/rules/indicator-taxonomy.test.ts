import rule from '../../../src/core/rules/indicator-taxonomy';
import { fire } from './run-rule';

const row = (level1: string, level2: string) => ({ level1, level2, level3: '某指标', value: '≥1次', basis: '部门年初工作目标' });

describe('indicator.taxonomy', () => {
  it('fires on a 二级 under the wrong 一级 and says where it belongs', () => {
    const hits = fire(rule, { indicators: [row('产出指标', '社会效益指标')] });
    expect(hits).toEqual([expect.objectContaining({ row: 10, col: 2 })]);
    expect(hits[0]?.message).toContain('应放在一级指标“效益指标”下');
  });

  it('fires once on an unknown 一级 even when the group spans several rows', () => {
    const hits = fire(rule, { indicators: [row('产品指标', '数量指标')] });
    expect(hits.map((h) => h.params.what)).toEqual(['一级指标']);
  });

  it('accepts the classic and the post-2021 成本 layout, short names and an empty continuation', () => {
    expect(fire(rule, {
      indicators: [row('产出指标', '数量指标'), row('产出', '时效'), row('成本指标', '经济成本指标'), row('效益指标', '可持续影响指标'), row('满意度指标', '服务对象满意度指标')],
    })).toEqual([]);
  });
});
