import { PROJECT_KINDS, type Rule } from './rule';
import { formatPercent, planCheckpoints } from './support/plan-checkpoints';
import { checkpointMonth } from './support/plan-checkpoint-month';

/** How late a checkpoint may close a milestone: 10月底 stands for 9月 in the seed's template. */
const MILESTONE_SLACK_MONTHS = 1;

const rule: Rule = {
  appliesTo: PROJECT_KINDS,
  meta: {
    id: 'plan.milestone',
    severity: 'info',
    title: '资金支出计划落后于序时进度（节点和比例在检查方案中设置，默认6月底50%、9月底75%）',
    message: '按计划截至{label}累计支出{value}，低于序时进度要求（{month}月底{min}%），请核实支出计划或说明原因',
    example: { bad: '6月底 20%', good: '6月底 50%' },
  },
  check(table, context) {
    const points = planCheckpoints(table);
    if (!points || points.every((p) => p.checkpoint.value.value.status === 'empty')) return [];
    const dated = points.map((p) => ({ ...p, month: checkpointMonth(p.checkpoint.label.value) }));
    for (const { month, minPercent } of [...context.profile.planMilestones].sort((a, b) => a.month - b.month)) {
      // A milestone is judged at the checkpoint that closes it: 9月 by 9月底 or, failing that, 10月底.
      const at = dated.find((p) => p.month !== null && p.month >= month && p.month <= month + MILESTONE_SLACK_MONTHS);
      if (!at) continue;
      // Empty checkpoints before the first value mean 0 %; an empty one later is plan.gap's business.
      const leadingEmpty = dated.slice(0, dated.indexOf(at) + 1).every((p) => p.checkpoint.value.value.status === 'empty');
      const value = at.percent ?? (leadingEmpty ? 0 : null);
      if (value === null || value >= minPercent) continue;
      // The earliest milestone missed says it; later ones of a back-loaded plan would only repeat it.
      return [{ row: at.checkpoint.value.row, col: at.checkpoint.value.col, params: { label: at.checkpoint.label.value, month, value: formatPercent(value), min: minPercent } }];
    }
    return [];
  },
};
export default rule;
