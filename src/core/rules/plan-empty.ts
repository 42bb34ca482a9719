import { PROJECT_KINDS, type Rule } from './rule';
import { planCheckpoints } from './support/plan-checkpoints';

const rule: Rule = {
  appliesTo: PROJECT_KINDS,
  meta: {
    id: 'plan.empty',
    severity: 'error',
    title: '资金支出计划一个值也没有填写',
    message: '资金支出计划未填写，请按各时间节点填写累计支出百分比，最后一个节点为100%',
    example: { bad: '3月底、6月底、10月底、12月底均为空', good: '25%、50%、80%、100%' },
  },
  check(table) {
    const points = planCheckpoints(table);
    if (!points || !table.plan) return [];
    if (points.some((p) => p.checkpoint.value.value.status !== 'empty')) return [];
    const first = points[0]?.checkpoint.value ?? table.plan.label;
    return [{ row: first.row, col: first.col, params: {} }];
  },
};
export default rule;
