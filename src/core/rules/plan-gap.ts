import { PROJECT_KINDS, type Rule, type RuleHit } from './rule';
import { planCheckpoints } from './support/plan-checkpoints';

const rule: Rule = {
  appliesTo: PROJECT_KINDS,
  meta: {
    id: 'plan.gap',
    severity: 'error',
    title: '资金支出计划中间有空缺的时间节点',
    message: '“{label}”的计划值为空，前后节点都已填写，请填写截至该节点的累计支出百分比',
    example: { bad: '25%、（空）、80%、100%', good: '25%、50%、80%、100%' },
  },
  check(table) {
    const points = planCheckpoints(table) ?? [];
    const filled = points.map((p) => p.checkpoint.value.value.status !== 'empty');
    const first = filled.indexOf(true);
    const last = filled.lastIndexOf(true);
    const hits: RuleHit[] = [];
    for (let i = first + 1; first >= 0 && i < last; i++) {
      const p = points[i];
      if (p && !filled[i]) hits.push({ row: p.checkpoint.value.row, col: p.checkpoint.value.col, params: { label: p.checkpoint.label.value } });
    }
    return hits;
  },
};
export default rule;
