import { ALL_KINDS, type Rule, type RuleHit } from './rule';
import { PERIOD_NAMES } from '../vocabulary';

/** Amounts are in 万元 with two decimals; anything under half a cent of 万元 is rounding. */
const TOLERANCE_WAN = 0.005;

/** Each money block adds up on its own: its total is the sum of its sources, however many (财政拨款, 自有资金, 事业收入…). */
const rule: Rule = {
  appliesTo: ALL_KINDS,
  meta: {
    id: 'budget.sum',
    severity: 'error',
    title: '资金总额（预算数）不等于各项资金来源之和',
    message: '{block}{budget}万元不等于{parts}之和{sum}万元，请核对',
    example: { bad: '预算数 20.00，财政资金 18.00，其他资金 空', good: '预算数 20.00，财政资金 18.00，其他资金 2.00' },
    criteria: { numbers: [37, 38], source: 'domain.md §5；财预〔2015〕88号表样（中期、年度资金各自成合计）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const block of table.money) {
      const total = block.total?.value;
      if (!total || total.value.wan === null || block.sources.length === 0) continue;
      if (block.sources.some((s) => s.value.value.status === 'invalid')) continue;
      if (block.sources.every((s) => s.value.value.wan === null)) continue;
      const sum = block.sources.reduce((s, m) => s + (m.value.value.wan ?? 0), 0);
      if (Math.abs(total.value.wan - sum) <= TOLERANCE_WAN) continue;
      const fmt = (n: number) => n.toFixed(2);
      const parts = block.sources.map((s) => `${s.label.value.replace(/^其中[:：]\s*/u, '')}${fmt(s.value.value.wan ?? 0)}万元`).join('与');
      const name = (block.total?.label.value ?? '预算数').replace(/[:：]$/u, '');
      const period = block.period !== null && table.money.length > 1 && !name.includes(PERIOD_NAMES[block.period]) ? `${PERIOD_NAMES[block.period]}` : '';
      hits.push({ row: total.row, col: total.col, params: { block: `${period}${name}`, budget: fmt(total.value.wan), parts, sum: fmt(sum) } });
    }
    return hits;
  },
};
export default rule;
