import rule from '../../../src/core/rules/indicator-satisfaction-low';
import { fire, profileWith } from './run-rule';
import { fireWithout, output, row, satisfaction } from './indicator-rows';

describe('indicator.satisfaction-low', () => {
  it('fires on a satisfaction target below the profile minimum (80% by default)', () => {
    const hits = fire(rule, { indicators: [satisfaction('群众满意度', '≥70%'), satisfaction('党员满意度', '75百分比'), satisfaction('企业满意度', '≥60分')] });
    expect(hits.map((h) => [h.row, h.col])).toEqual([[10, 5], [11, 5], [12, 5]]);
    expect(hits[0]?.message).toBe('满意度目标“≥70%”低于80%，请设为不低于80%，如“≥80%”');
  });

  it('follows the profile, and finds satisfaction by 二级 or 三级 name too', () => {
    const spec = { indicators: [satisfaction('群众满意度', '≥85%'), row('效益指标', '社会效益指标', '受益群众满意度', '≥70%')] };
    expect(fire(rule, spec).map((h) => h.row)).toEqual([11]);
    expect(fire(rule, spec, { profile: profileWith({ minSatisfactionPercent: 90 }) }).map((h) => h.row)).toEqual([10, 11]);
  });

  it('stays quiet at or above the minimum, on other indicators and on other units', () => {
    expect(fire(rule, { indicators: [satisfaction('群众满意度', '≥80%'), satisfaction('群众满意度', '95%以上'), output('质量指标', '合格率', '≥50%'), satisfaction('满意度调查', '≥2次')] })).toEqual([]);
    expect(fireWithout(rule, { indicators: [satisfaction('群众满意度', '≥70%')] }, ['value'])).toEqual([]);
  });
});
