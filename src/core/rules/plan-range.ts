import { PROJECT_KINDS, type Rule, type RuleHit } from './rule';
import { formatPercent, planCheckpoints } from './support/plan-checkpoints';

const rule: Rule = {
  appliesTo: PROJECT_KINDS,
  meta: {
    id: 'plan.range',
    severity: 'error',
    title: '资金支出计划的百分比超出 0–100%',
    message: '“{label}”的计划值{value}超出0–100%，累计支出比例不能小于0或大于100%',
    example: { bad: '12月底：120%', good: '12月底：100%' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const { checkpoint, percent } of planCheckpoints(table) ?? []) {
      if (percent !== null && (percent < 0 || percent > 100)) {
        hits.push({ row: checkpoint.value.row, col: checkpoint.value.col, params: { label: checkpoint.label.value, value: formatPercent(percent) } });
      }
    }
    return hits;
  },
};
export default rule;
