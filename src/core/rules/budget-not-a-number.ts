import type { ProjectRule, RuleHit } from './rule';

const rule: ProjectRule = {
  appliesTo: 'project',
  meta: {
    id: 'budget.not-a-number',
    severity: 'error',
    title: '预算数、财政资金或其他资金不是数字',
    message: '“{field}”的值“{text}”不是金额，请填写数字（单位：万元）',
    example: { bad: '预算数：约20万', good: '预算数：20.00' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    const cells = [
      { field: '预算数', cell: table.budget },
      { field: '财政资金', cell: table.fiscal },
      ...table.otherFunds.map((cell) => ({ field: '其他资金', cell })),
    ];
    for (const { field, cell } of cells) {
      if (cell && cell.value.status === 'invalid') hits.push({ row: cell.row, col: cell.col, params: { field, text: cell.text } });
    }
    return hits;
  },
};
export default rule;
