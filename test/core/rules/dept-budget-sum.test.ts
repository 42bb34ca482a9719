import rule from '../../../src/core/rules/dept-budget-sum';
import { DEPT_COLS, makeDepartmentTable } from '../make-department-table';
import { fireDept } from './run-department-rule';

describe('dept.budget-sum', () => {
  it('fires on the department budget when it differs from the sum of its activities', () => {
    const hits = fireDept(rule, makeDepartmentTable([
      { name: '八、应急管理办公室', budget: 170 },
      { name: '安全生产', budget: 20 },
      { name: '防汛抗旱', budget: 35 },
      { name: '自然灾害', budget: 5 },
      { name: '防火巡查', budget: 82.66 },
      { name: '消防', budget: 25 },
    ]));
    expect(hits).toEqual([expect.objectContaining({ row: 4, col: DEPT_COLS.budget })]);
    expect(hits[0]?.message).toBe('“八、应急管理办公室”的年度预算数170.00万元不等于其下职责活动预算之和167.66万元（5项填了金额），请核对');
  });

  it('sums only the activities that give a budget, per department, and converts 元', () => {
    const table = makeDepartmentTable([
      { name: '七、农业综合服务中心', budget: 64.39 },
      { name: '村财镇管' },
      { name: '涉农资金', budget: '643900元' },
      { name: '三、镇政府', budget: 165.5 },
      { name: '党政综合工作', budget: 160 },
    ]);
    expect(fireDept(rule, table).map((h) => h.row)).toEqual([7]);
  });

  it('tolerates 0.01 万元 and stays quiet without activity budgets, with an unreadable one, or an empty department budget', () => {
    const ok = (dept: string | number | undefined, ...acts: (string | number | undefined)[]) =>
      fireDept(rule, makeDepartmentTable([{ name: '一、镇党委', ...(dept === undefined ? {} : { budget: dept }) }, ...acts.map((b, i) => ({ name: `活动${i + 1}`, ...(b === undefined ? {} : { budget: b }) }))]));
    expect(ok(3, 1.5, 1.49)).toEqual([]);
    expect(ok(3, 1.5, 1.48)).toHaveLength(1);
    expect(ok(899.2, 885.2, 9, undefined, 5)).toEqual([]);
    expect(ok(3, undefined, undefined)).toEqual([]);
    expect(ok(3, 1, '约2万')).toEqual([]);
    expect(ok(undefined, 1, 2)).toEqual([]);
    expect(ok(13.4)).toEqual([]);
  });
});
