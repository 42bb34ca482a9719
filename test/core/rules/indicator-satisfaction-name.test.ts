import rule from '../../../src/core/rules/indicator-satisfaction-name';
import { makeProjectTable, type ProjectSpec } from '../make-project-table';
import { fire } from './run-rule';
import { output, satisfaction } from './indicator-rows';

describe('indicator.satisfaction-name', () => {
  it('fires on a 满意度 indicator that names no one’s approval, at its name', () => {
    const spec: ProjectSpec = { indicators: [satisfaction('环境卫生整治', '≥90%'), satisfaction('受益群众满意度', '≥90%')] };
    const name = makeProjectTable(spec).indicators[0]?.level3;
    const hits = fire(rule, spec);
    expect(hits.map((h) => [h.row, h.col])).toEqual([[name?.row, name?.col]]);
    expect(hits[0]?.message).toBe('满意度指标“环境卫生整治”没有说明是谁的满意或认可；满意度指标应反映服务对象对产出的认可，如“受益群众满意度 ≥90%”');
  });

  it('stays quiet on satisfaction, approval, appraisal and complaints, and outside 满意度', () => {
    const names = ['村民满意率', '服务对象认可度', '群众评价', '投诉率', '社会好评度'];
    expect(fire(rule, { indicators: [...names.map((n) => satisfaction(n, '≥90%')), output('数量指标', '环境卫生整治', '≥4次')] })).toEqual([]);
  });
});
