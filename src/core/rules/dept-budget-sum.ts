import type { Rule, RuleHit } from './rule';
import { departmentGroups, formatWan, shortText } from './support/dept-rows';

/** domain.md §1.2: a department's budget and the sum of its activities agree within 0.01 万元. */
const TOLERANCE_WAN = 0.01;
/** Binary noise in a sum of two-decimal amounts. */
const EPSILON = 1e-9;

const rule: Rule = {
  appliesTo: ['department'],
  meta: {
    id: 'dept.budget-sum',
    severity: 'error',
    title: '部门的年度预算数不等于其下各职责活动预算之和，或金额合计不等于各项任务之和',
    message: '“{name}”的{what}{budget}万元不等于{parts}之和{sum}万元（{count}项填了金额），请核对',
    example: { bad: '三、镇政府 170.00；其下活动 165.50', good: '三、镇政府 165.50；其下活动 165.50' },
    criteria: { numbers: [60], source: 'domain.md §1.2；财政部部门整体支出绩效目标申报表（金额合计）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const { department, activities } of departmentGroups(table)) {
      const total = department.budget.value.wan;
      if (total === null || department.budget.value.status !== 'ok') continue;
      // An unreadable activity budget is reported by dept.budget-invalid; the sum would mean nothing.
      if (activities.some((a) => a.budget.value.status === 'invalid')) continue;
      const given = activities.map((a) => a.budget.value.wan).filter((w): w is number => w !== null);
      if (given.length === 0) continue;
      const sum = given.reduce((s, w) => s + w, 0);
      if (Math.abs(total - sum) <= TOLERANCE_WAN + EPSILON) continue;
      hits.push({
        row: department.budget.row,
        col: department.budget.col,
        params: { name: shortText(department.name.value), what: '年度预算数', budget: formatWan(total), parts: '其下职责活动预算', sum: formatWan(sum), count: given.length },
      });
    }
    // The Ministry's form: 金额合计 is the sum of the 年度主要任务's 总额.
    const tasks = table.tasks;
    const printed = tasks?.total?.total;
    const given = (tasks?.rows ?? []).map((t) => t.total?.value.wan ?? null).filter((w): w is number => w !== null);
    if (printed && printed.value.wan !== null && printed.value.status === 'ok' && given.length > 0) {
      const sum = given.reduce((s, w) => s + w, 0);
      if (Math.abs(printed.value.wan - sum) > TOLERANCE_WAN + EPSILON) {
        hits.push({
          row: printed.row, col: printed.col,
          params: { name: shortText(tasks?.total?.name.value ?? '金额合计'), what: '总额', budget: formatWan(printed.value.wan), parts: '各项年度主要任务总额', sum: formatWan(sum), count: given.length },
          suggestion: formatWan(sum),
        });
      }
    }
    return hits;
  },
};
export default rule;
