import rule from '../../../src/core/rules/indicator-description-copy';
import { makeProjectTable, type ProjectSpec } from '../make-project-table';
import { fire } from './run-rule';
import { output, satisfaction } from './indicator-rows';

describe('indicator.description-copy', () => {
  it('says it once per table, at the first copied description, when most descriptions copy their names', () => {
    // Without a description of its own, the builder copies the 三级 name, as the seed's tables do.
    const spec: ProjectSpec = {
      indicators: [output('数量指标', '补贴发放人数', '≥274人', { description: '按花名册实际发放的人数' }), output('质量指标', '发放准确率', '100%'), satisfaction('群众满意度', '≥90%')],
    };
    const copiedRow = makeProjectTable(spec).indicators[1]?.description;
    const hits = fire(rule, spec);
    expect(hits.map((h) => [h.row, h.col])).toEqual([[copiedRow?.row, copiedRow?.col]]);
    expect(hits[0]?.message).toBe('2个指标的“绩效指标描述”与三级指标名称相同（共3个），没有说明含义和口径；请写明怎样计算，如“资金发放率：实际发放人数/应发放人数”');
  });

  it('stays quiet when most descriptions say more than the name', () => {
    const spec: ProjectSpec = {
      indicators: [
        output('数量指标', '补贴发放人数', '≥274人', { description: '按花名册实际发放的人数' }),
        output('质量指标', '发放准确率', '100%', { description: '准确发放人数/发放人数' }),
        satisfaction('群众满意度', '≥90%'),
      ],
    };
    expect(fire(rule, spec)).toEqual([]);
  });
});
