import rule from '../../../src/core/rules/indicator-missing-category';
import { makeProjectTable, type ProjectSpec } from '../make-project-table';
import { fire } from './run-rule';

const set = (level1: string, level2: string) => ({ level1, level2, level3: '某指标', value: '≥1次', basis: '依据' });
const none = (level1: string, level2: string) => ({ level1, level2, level3: '无', value: '无', basis: '无' });

describe('indicator.missing-category', () => {
  it('fires on the 效益 row when it is all 无, at its 三级 cell', () => {
    const spec: ProjectSpec = { indicators: [set('产出指标', '数量指标'), none('效益指标', '社会效益指标'), set('满意度指标', '服务对象满意度指标')] };
    const own = makeProjectTable(spec).indicators[1]?.level3;
    expect(fire(rule, spec)).toEqual([expect.objectContaining({ row: own?.row, col: own?.col, params: expect.objectContaining({ category: '效益指标' }) })]);
  });

  it('fires at the first indicator row when a category has no row at all', () => {
    const spec: ProjectSpec = { indicators: [set('产出指标', '数量指标'), set('满意度指标', '服务对象满意度指标')] };
    const first = makeProjectTable(spec).indicators[0]?.level1.cell;
    expect(fire(rule, spec)).toEqual([expect.objectContaining({ row: first?.row, col: first?.col, params: expect.objectContaining({ category: '效益指标' }) })]);
  });

  it('leaves a missing 满意度 to indicator.missing-satisfaction, and stays quiet on a full table or one without a grid', () => {
    expect(fire(rule, { indicators: [set('产出指标', '数量指标'), set('效益指标', '社会效益指标'), none('满意度指标', '服务对象满意度指标')] })).toEqual([]);
    expect(fire(rule)).toEqual([]);
    expect(fire(rule, { indicators: [] })).toEqual([]);
  });
});
