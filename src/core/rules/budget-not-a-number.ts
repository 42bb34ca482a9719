import { ALL_KINDS, type Rule, type RuleHit } from './rule';
import { FIELD_NAMES } from '../vocabulary';

const rule: Rule = {
  appliesTo: ALL_KINDS,
  meta: {
    id: 'budget.not-a-number',
    severity: 'error',
    title: '资金总额（预算数）、财政资金或其他资金不是数字',
    message: '“{field}”的值“{text}”不是金额，请填写数字（单位：万元）',
    example: { bad: '预算数：约20万', good: '预算数：20.00' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const block of table.money) {
      const cells = [
        ...(block.total ? [{ field: FIELD_NAMES.total, cell: block.total.value }] : []),
        ...block.sources.map((s) => ({ field: s.part === 'fiscal' ? FIELD_NAMES.fiscal : s.label.value.replace(/^其中[:：]\s*/u, ''), cell: s.value })),
      ];
      for (const { field, cell } of cells) {
        if (cell.value.status === 'invalid') hits.push({ row: cell.row, col: cell.col, params: { field, text: cell.text } });
      }
    }
    return hits;
  },
};
export default rule;
