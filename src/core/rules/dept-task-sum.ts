import type { Rule, RuleHit } from './rule';
import { formatWan, shortText } from './support/dept-rows';

const TOLERANCE_WAN = 0.005;

/** The Ministry's 部门整体 form: each 年度主要任务's 总额 = 财政拨款 + 其他资金 (templates.md §6). */
const rule: Rule = {
  appliesTo: ['department'],
  meta: {
    id: 'dept.task-sum',
    severity: 'error',
    title: '年度主要任务的预算总额不等于财政拨款与其他资金之和',
    message: '任务“{name}”的总额{total}万元不等于财政拨款{fiscal}万元与其他资金{other}万元之和{sum}万元，请核对',
    example: { bad: '总额 120.00，财政拨款 100.00，其他资金 10.00', good: '总额 110.00' },
    criteria: { numbers: [60], source: '财政部部门整体支出绩效目标申报表（年度主要任务 预算金额）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const task of [...(table.tasks?.rows ?? []), ...(table.tasks?.total ? [table.tasks.total] : [])]) {
      const total = task.total;
      const fiscal = task.fiscal?.value.wan ?? null;
      const other = task.other?.value.wan ?? null;
      if (!total || total.value.wan === null || (fiscal === null && other === null)) continue;
      if ([task.fiscal, task.other].some((m) => m?.value.status === 'invalid')) continue;
      const sum = (fiscal ?? 0) + (other ?? 0);
      if (Math.abs(total.value.wan - sum) <= TOLERANCE_WAN) continue;
      hits.push({
        row: total.row, col: total.col,
        params: { name: shortText(task.name.value), total: formatWan(total.value.wan), fiscal: formatWan(fiscal ?? 0), other: formatWan(other ?? 0), sum: formatWan(sum) },
        suggestion: formatWan(sum),
      });
    }
    return hits;
  },
};
export default rule;
