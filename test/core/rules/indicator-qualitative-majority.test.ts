import rule from '../../../src/core/rules/indicator-qualitative-majority';
import { makeProjectTable, type ProjectSpec } from '../make-project-table';
import { fire } from './run-rule';
import { effect, output, satisfaction } from './indicator-rows';

describe('indicator.qualitative-majority', () => {
  it('says it once, at the grid’s 指标值 header, when over half the values are words', () => {
    const spec: ProjectSpec = {
      indicators: [
        output('数量指标', '维修处数', '≥5处'),
        output('质量指标', '维修质量', '符合标准'),
        effect('社会效益指标', '群众安全感', '有效提升'),
        effect('可持续影响指标', '长效机制', '逐步建立'),
      ],
    };
    const grid = makeProjectTable(spec).grids[0];
    const hits = fire(rule, spec);
    expect(hits.map((h) => [h.row, h.col])).toEqual([[grid?.headerRow, grid?.columns.value]]);
    expect(hits[0]?.message).toMatch(/^3\/4项指标的指标值是文字表述/);
  });

  it('stays quiet at half or fewer, counting deadlines as measurable', () => {
    expect(fire(rule, { indicators: [output('数量指标', '维修处数', '≥5处'), output('质量指标', '维修质量', '符合标准')] })).toEqual([]);
    expect(fire(rule, { indicators: [output('时效指标', '完成时间', '2023年12月底前完成'), effect('社会效益指标', '群众安全感', '有效提升'), satisfaction('群众满意度', '≥90%')] })).toEqual([]);
  });
});
