import rule from '../../../src/core/rules/indicator-timeliness-no-deadline';
import type { ProjectSpec } from '../make-project-table';
import { fire } from './run-rule';
import { builtCells, output } from './indicator-rows';

describe('indicator.timeliness-no-deadline', () => {
  it('fires on a 时效 value that says no time limit (the seed’s 按时限要求完成), at the value', () => {
    const spec: ProjectSpec = {
      indicators: [
        output('时效指标', '隐患整改完成时间', '按时限要求完成'),
        output('时效指标', '扑灭火的时间', '按实际发生为准'),
        output('时效指标', '发放时间', '2023年12月底前完成'),
      ],
    };
    const hits = fire(rule, spec);
    expect(hits.map((h) => [h.row, h.col])).toEqual(builtCells(spec, [0, 1], 'value'));
    expect(hits[0]?.message).toBe('时效指标“隐患整改完成时间”的指标值“按时限要求完成”没有完成时限，无法考核是否按时；请写明时限，如“2023年12月底前完成”或“≤3个工作日”，或写成及时率，如“≥95%”');
  });

  it('stays quiet on dates, months, quarters, days, rates, numbers, and outside 时效', () => {
    const values = ['2023年12月底前完成', '每月10日前发放', '按季度发放', '第三季度完成', '当天处置', '年底前完成', '≤3个工作日', '24小时内到场'];
    const spec: ProjectSpec = {
      indicators: [
        ...values.map((v, i) => output('时效指标', `完成时间${i}`, v)),
        output('时效指标', '补贴发放及时率', '按时限要求完成'),
        output('质量指标', '验收合格', '按时限要求完成'),
      ],
    };
    expect(fire(rule, spec)).toEqual([]);
  });
});
