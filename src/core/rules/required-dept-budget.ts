import type { Rule, RuleHit } from './rule';
import { departmentGroups, formatWan, shortText } from './support/dept-rows';

const rule: Rule = {
  appliesTo: ['department'],
  meta: {
    id: 'required.dept-budget',
    severity: 'warning',
    title: '部门（一、二、…行）的年度预算数未填写',
    message: '“{name}”的年度预算数未填写{hint}，请填写本单位的年度预算（万元）；确无预算的请填0',
    example: { bad: '四、镇纪律检查委员会 | 年度预算数：（空）', good: '四、镇纪律检查委员会 | 年度预算数：0' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    // Activity budgets may be left out (domain.md §1.2: "where those are given"); a department's may not.
    for (const { department, activities } of departmentGroups(table)) {
      if (department.budget.value.status !== 'empty') continue;
      const given = activities.map((a) => a.budget.value.wan).filter((w): w is number => w !== null);
      const hint = given.length === 0 ? '' : `（其下职责活动合计${formatWan(given.reduce((s, w) => s + w, 0))}万元）`;
      hits.push({ row: department.budget.row, col: department.budget.col, params: { name: shortText(department.name.value), hint } });
    }
    return hits;
  },
};
export default rule;
