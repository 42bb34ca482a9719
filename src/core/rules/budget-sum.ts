import type { ProjectRule } from './rule';

/** Amounts are in 万元 with two decimals; anything under half a cent of 万元 is rounding. */
const TOLERANCE_WAN = 0.005;

const rule: ProjectRule = {
  appliesTo: 'project',
  meta: {
    id: 'budget.sum',
    severity: 'error',
    title: '预算数不等于财政资金与其他资金之和',
    message: '预算数{budget}万元不等于财政资金{fiscal}万元与其他资金{other}万元之和{sum}万元，请核对',
    example: { bad: '预算数 20.00，财政资金 18.00，其他资金 空', good: '预算数 20.00，财政资金 18.00，其他资金 2.00' },
  },
  check(table) {
    const { budget, fiscal } = table;
    if (!budget || budget.value.wan === null || !table.fields.includes('budget')) return [];
    const parts = [fiscal, ...table.otherFunds].filter((m) => m !== null);
    if (parts.some((m) => m.value.status === 'invalid')) return [];
    const fiscalWan = fiscal?.value.wan ?? 0;
    const otherWan = table.otherFunds.reduce((s, m) => s + (m.value.wan ?? 0), 0);
    if (parts.every((m) => m.value.wan === null)) return [];
    const sum = fiscalWan + otherWan;
    if (Math.abs(budget.value.wan - sum) <= TOLERANCE_WAN) return [];
    const fmt = (n: number) => n.toFixed(2);
    return [{
      row: budget.row,
      col: budget.col,
      params: { budget: fmt(budget.value.wan), fiscal: fmt(fiscalWan), other: fmt(otherWan), sum: fmt(sum) },
    }];
  },
};
export default rule;
