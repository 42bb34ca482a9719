import type { Rule, RuleHit } from './rule';
import { containsPlaceholder } from '../parse/placeholder';
import { shortText } from './support/dept-rows';
import { displayText } from '../text';

const rule: Rule = {
  appliesTo: ['department'],
  meta: {
    id: 'dept.budget-invalid',
    severity: 'error',
    title: '部门整体绩效目标表的年度预算数不是金额',
    message: '“{name}”的年度预算数“{text}”不是金额，请填写数字（单位：万元）',
    example: { bad: '年度预算数：约165万', good: '年度预算数：165.50' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const entry of table.entries) {
      const { budget } = entry;
      // Template text (`**`, `XX`) is reported by required.dept-template-text.
      if (budget.value.status !== 'invalid' || containsPlaceholder(budget.text) !== null) continue;
      hits.push({ row: budget.row, col: budget.col, params: { name: shortText(entry.name.value), text: displayText(budget.text) } });
    }
    return hits;
  },
};
export default rule;
