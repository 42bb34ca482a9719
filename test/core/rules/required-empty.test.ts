import rule from '../../../src/core/rules/required-empty';
import { fire } from './run-rule';

const base = { level1: '产出指标', level2: '数量指标', level3: '三线民兵数量', value: '≥274名', basis: '部门年初工作目标' };

describe('required.empty', () => {
  it('fires on each empty required header cell', () => {
    const hits = fire(rule, { name: '', code: ' ', purpose: '', goal: '', budget: '' });
    expect(hits.map((h) => h.params.field).sort()).toEqual(['绩效目标', '资金用途', '项目名称', '项目编码', '预算数'].sort());
  });

  it('fires on an empty 指标值确定依据 and an empty 指标值, naming the cell', () => {
    const hits = fire(rule, { indicators: [base, { ...base, basis: '' }, { ...base, value: '' }] });
    expect(hits.map((h) => [h.row, h.col, h.params.field])).toEqual([[11, 6, '指标值确定依据'], [12, 5, '指标值']]);
  });

  it('skips rows marked 无 and rows the template left blank', () => {
    const none = { level1: '', level2: '成本指标', level3: '无', value: '无', basis: '' };
    const blank = { level1: '', level2: '', level3: '', value: '', basis: '' };
    expect(fire(rule, { indicators: [base, none, blank] })).toEqual([]);
  });

  it('does not ask the Ministry of Finance form for fields it does not have', () => {
    expect(fire(rule, { form: 'mof-reference', code: '', purpose: '', indicators: [{ ...base, basis: '' }] })).toEqual([]);
  });
});
