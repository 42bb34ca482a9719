import rule from '../../../src/core/rules/required-dept-template-text';
import { DEPT_COLS, makeDepartmentTable } from '../make-department-table';
import { fireDept } from './run-department-rule';

describe('required.dept-template-text', () => {
  it('fires on template text in each kind of cell, naming the field and the fragment', () => {
    const table = makeDepartmentTable([
      { name: '一、XX办公室', budget: '**', content: '目标内容1', goal: '1、待定' },
      { name: '思想政治建设', budget: 3, indicators: [{ name: '指标1', bands: ['XX%', '90%', '**', '60%以下'] }] },
    ]);
    const hits = fireDept(rule, table);
    expect(hits.map((h) => [h.row, h.col, h.params.field, h.params.text])).toEqual([
      [4, DEPT_COLS.name, '职责活动', 'XX'],
      [4, DEPT_COLS.budget, '年度预算数', '**'],
      [4, DEPT_COLS.content, '内容描述', '目标内容1'],
      [4, DEPT_COLS.goal, '绩效目标', '1、待定'],
      [5, DEPT_COLS.indicator, '绩效指标', '指标1'],
      [5, DEPT_COLS.优, '评价标准（优）', 'XX'],
      [5, DEPT_COLS.中, '评价标准（中）', '**'],
    ]);
    expect(hits[2]?.message).toBe('“内容描述”仍是模板文字“目标内容1”，请改为本单位的实际内容');
  });

  it('stays quiet on real text that holds look-alikes (9+x系统, 7*4202, 定期, 年度目标1项)', () => {
    const table = makeDepartmentTable([
      { name: '一、综合行政执法队', budget: 20.5, content: '全镇9+x系统维护', goal: '补贴7*4202=29414元，完成年度目标1项' },
      { name: '社区矫正', budget: 20.5, indicators: [{ name: '定期培训与教育', bands: ['定期', '', '', '不开展教育与培训'] }] },
    ]);
    expect(fireDept(rule, table)).toEqual([]);
  });
});
