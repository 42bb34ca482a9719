import rule from '../../../src/core/rules/required-template-text';
import { fire } from './run-rule';

const base = { level1: '产出指标', level2: '数量指标', level3: '三线民兵数量', value: '≥274名', basis: '部门年初工作目标' };

describe('required.template-text', () => {
  it('fires on a goal left as the template’s 目标内容1', () => {
    const hits = fire(rule, { goal: '1.目标内容1' });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ row: 8, col: 2 });
    expect(hits[0]?.message).toContain('绩效目标');
    expect(hits[0]?.message).toContain('目标内容1');
  });

  it('fires on placeholders in any field, including 资金用途 and indicator values', () => {
    const hits = fire(rule, { purpose: '**', indicators: [{ ...base, value: 'XX' }, { ...base, basis: '待定' }] });
    expect(hits.map((h) => h.params.field)).toEqual(['资金用途', '指标值', '指标值确定依据']);
  });

  it('stays quiet on real content', () => {
    expect(fire(rule, { goal: '1.按季度足额发放274名三线民兵生活补贴。2.维护社会稳定。' })).toEqual([]);
  });
});
