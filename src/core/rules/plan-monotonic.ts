import type { ProjectRule, RuleHit } from './rule';
import { formatPercent, planCheckpoints } from './plan-checkpoints';

const rule: ProjectRule = {
  appliesTo: 'project',
  meta: {
    id: 'plan.monotonic',
    severity: 'error',
    title: '资金支出计划不是累计百分比（后一节点低于前一节点）',
    message: '资金支出计划应为累计百分比，{later}({laterValue})低于{earlier}({earlierValue})',
    example: { bad: '3月底50%、6月底40%', good: '3月底50%、6月底90%（截至6月底累计）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    let previous: { label: string; percent: number } | null = null;
    for (const { checkpoint, percent } of planCheckpoints(table) ?? []) {
      if (percent === null) continue;
      if (previous && percent < previous.percent) {
        hits.push({
          row: checkpoint.value.row,
          col: checkpoint.value.col,
          params: { later: checkpoint.label.value, laterValue: formatPercent(percent), earlier: previous.label, earlierValue: formatPercent(previous.percent) },
        });
      }
      if (!previous || percent >= previous.percent) previous = { label: checkpoint.label.value, percent };
    }
    return hits;
  },
};
export default rule;
