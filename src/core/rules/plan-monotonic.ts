import { PROJECT_KINDS, type Rule, type RuleHit } from './rule';
import { formatPercent, planCheckpoints } from './support/plan-checkpoints';

const rule: Rule = {
  appliesTo: PROJECT_KINDS,
  meta: {
    id: 'plan.monotonic',
    severity: 'error',
    title: '资金支出计划不是累计百分比（后一节点低于前一节点）',
    message: '资金支出计划应为累计百分比，{later}({laterValue})低于{earlier}({earlierValue})',
    example: { bad: '3月底50%、6月底40%', good: '3月底50%、6月底90%（截至6月底累计）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    const points = planCheckpoints(table) ?? [];
    const cumulative = cumulativeIfShares(points.map((p) => p.percent));
    let previous: { label: string; percent: number } | null = null;
    for (const [i, { checkpoint, percent }] of points.entries()) {
      if (percent === null) continue;
      if (previous && percent < previous.percent) {
        const fix = cumulative?.[i];
        hits.push({
          row: checkpoint.value.row,
          col: checkpoint.value.col,
          params: { later: checkpoint.label.value, laterValue: formatPercent(percent), earlier: previous.label, earlierValue: formatPercent(previous.percent) },
          ...(fix === undefined ? {} : { suggestion: formatPercent(fix) }),
        });
      }
      if (!previous || percent >= previous.percent) previous = { label: checkpoint.label.value, percent };
    }
    return hits;
  },
};
export default rule;

/**
 * When the values are each period's share and add up to 100 %, the cumulative plan is mechanical:
 * the running sums. Null when they do not add up, so no fix is guessed.
 */
function cumulativeIfShares(values: (number | null)[]): number[] | null {
  const filled = values.map((v) => v ?? 0);
  const total = filled.reduce((a, b) => a + b, 0);
  if (Math.abs(total - 100) > 0.5) return null;
  let sum = 0;
  return filled.map((v) => (sum += v));
}
