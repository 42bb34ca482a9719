import { PROJECT_KINDS, type Rule } from './rule';
import { formatPercent, planCheckpoints } from './support/plan-checkpoints';

const rule: Rule = {
  appliesTo: PROJECT_KINDS,
  meta: {
    id: 'plan.final-100',
    severity: 'error',
    title: '资金支出计划最后一个节点不是100%',
    message: '资金支出计划最后一个节点“{label}”为{value}，年底累计支出应为100%',
    example: { bad: '12月底：90%', good: '12月底：100%' },
  },
  check(table) {
    const points = planCheckpoints(table);
    if (!points || points.every((p) => p.checkpoint.value.value.status === 'empty')) return [];
    const last = points[points.length - 1];
    if (!last || last.checkpoint.value.value.status === 'invalid' || (last.percent !== null && Math.abs(last.percent - 100) < 1e-9)) return [];
    const value = last.percent === null ? '空' : formatPercent(last.percent);
    return [{ row: last.checkpoint.value.row, col: last.checkpoint.value.col, params: { label: last.checkpoint.label.value, value } }];
  },
};
export default rule;
