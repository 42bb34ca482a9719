import rule from '../../../src/core/rules/indicator-missing-satisfaction';
import { makeProjectTable, type ProjectSpec } from '../make-project-table';
import { fire } from './run-rule';

const set = (level1: string, level2: string) => ({ level1, level2, level3: '某指标', value: '≥1次', basis: '依据' });
const none = (level1: string, level2: string) => ({ level1, level2, level3: '无', value: '无', basis: '无' });

describe('indicator.missing-satisfaction', () => {
  it('warns on the 满意度 row when it is all 无 (the seed’s 防灾减灾专项资金), at its 三级 cell', () => {
    const spec: ProjectSpec = { indicators: [set('产出指标', '数量指标'), set('效益指标', '社会效益指标'), none('满意度指标', '服务对象满意度指标')] };
    const own = makeProjectTable(spec).indicators[2]?.level3;
    const hits = fire(rule, spec);
    expect(hits.map((h) => [h.row, h.col])).toEqual([[own?.row, own?.col]]);
    expect(hits[0]?.message).toBe('表中没有设置任何满意度指标；满意度反映服务对象对产出的认可，一般应设置一项，如“受益群众满意度 ≥90%”；确实不设的，其分值按规定调整到产出、效益指标');
    expect(rule.meta.severity).toBe('warning');
  });

  it('stays quiet when a 满意度 is set, or when 产出 or 效益 is what is missing', () => {
    expect(fire(rule)).toEqual([]);
    expect(fire(rule, { indicators: [set('产出指标', '数量指标'), set('满意度指标', '服务对象满意度指标')] })).toEqual([]);
  });
});
