import rule from '../../../src/core/rules/required-dept-budget';
import { DEPT_COLS, makeDepartmentTable } from '../make-department-table';
import { fireDept } from './run-department-rule';

const bands = ['100%', '90%', '80%', '60%以下'] as [string, string, string, string];

describe('required.dept-budget', () => {
  it('fires on a department row whose 年度预算数 is empty (seed: 四、镇纪律检查委员会)', () => {
    const hits = fireDept(rule, makeDepartmentTable([
      { name: '四、镇纪律检查委员会' },
      { name: '维护党的章程', indicators: [{ name: '巡视监督覆盖率', bands }] },
    ]));
    expect(hits).toEqual([expect.objectContaining({ row: 4, col: DEPT_COLS.budget })]);
    expect(hits[0]?.message).toBe('“四、镇纪律检查委员会”的年度预算数未填写，请填写本单位的年度预算（万元）；确无预算的请填0');
  });

  it('gives the activities’ total when they have budgets, and treats - as empty', () => {
    const hits = fireDept(rule, makeDepartmentTable([
      { name: '七、农业综合服务中心', budget: '-' },
      { name: '涉农资金发放', budget: 64.39, indicators: [{ name: '资金发放及时率', bands }] },
      { name: '宅基地审批', indicators: [{ name: '审批及时率', bands }] },
    ]));
    expect(hits[0]?.message).toContain('未填写（其下职责活动合计64.39万元）');
  });

  it('stays quiet on filled or zero department budgets and on empty activity budgets', () => {
    expect(fireDept(rule, makeDepartmentTable([
      { name: '七、农业综合服务中心', budget: 64.39 },
      { name: '村财镇管', indicators: [{ name: '资金支付及时率', bands }] },
      { name: '八、应急管理办公室', budget: 0 },
    ]))).toEqual([]);
  });
});
