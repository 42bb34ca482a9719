import rule from '../../../src/core/rules/dept-budget-invalid';
import { DEPT_COLS, makeDepartmentTable } from '../make-department-table';
import { fireDept } from './run-department-rule';

describe('dept.budget-invalid', () => {
  it('fires on a department or activity budget that is not an amount', () => {
    const hits = fireDept(rule, makeDepartmentTable([
      { name: '三、镇政府', budget: '约165万' },
      { name: '党政综合工作', budget: '一百六十五' },
    ]));
    expect(hits.map((h) => [h.row, h.col])).toEqual([[4, DEPT_COLS.budget], [5, DEPT_COLS.budget]]);
    expect(hits[0]?.message).toBe('“三、镇政府”的年度预算数“约165万”不是金额，请填写数字（单位：万元）');
  });

  it('stays quiet on amounts, empty cells, dashes and template text (reported elsewhere)', () => {
    expect(fireDept(rule, makeDepartmentTable([
      { name: '三、镇政府', budget: '165.5' },
      { name: '党政综合工作', budget: '1,655,000元' },
      { name: '应急管理', budget: '' },
      { name: '社会事务', budget: '-' },
      { name: '四、镇纪律检查委员会', budget: '**' },
    ]))).toEqual([]);
  });
});
