import { PROJECT_KINDS, type Rule, type RuleHit } from './rule';
import { planCheckpoints } from './support/plan-checkpoints';

const rule: Rule = {
  appliesTo: PROJECT_KINDS,
  meta: {
    id: 'plan.invalid',
    severity: 'error',
    title: '资金支出计划的值无法识别为百分比',
    message: '“{label}”的计划值“{text}”不是百分比，请填写如 50%',
    example: { bad: '6月底：过半', good: '6月底：50%' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const { checkpoint } of planCheckpoints(table) ?? []) {
      const v = checkpoint.value;
      if (v.value.status === 'invalid') hits.push({ row: v.row, col: v.col, params: { label: checkpoint.label.value, text: v.text } });
    }
    return hits;
  },
};
export default rule;
