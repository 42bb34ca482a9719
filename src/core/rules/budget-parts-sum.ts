import type { Rule, RuleHit } from './rule';

const TOLERANCE_WAN = 0.005;
const TOLERANCE_PERCENT = 0.05;

/** 项目预算成本构成 (and 收入构成 / 支出构成): the parts add up to the 合计, the shares to 100 %. */
const rule: Rule = {
  appliesTo: ['project', 'department'],
  meta: {
    id: 'budget.parts-sum',
    severity: 'error',
    title: '成本构成（收入、支出构成）各项之和不等于合计，或占比之和不是100%',
    message: '{what}，请核对各项金额和合计',
    example: { bad: '人员经费 20.00、公用经费 10.00，合计 35.00', good: '合计 30.00' },
    criteria: { numbers: [29, 32], source: '市级项目支出绩效目标申报表（项目预算成本构成，合计）' },
  },
  check(table) {
    const parts = table.costParts;
    const total = parts?.total;
    if (!parts || !total) return [];
    const hits: RuleHit[] = [];
    const amounts = parts.rows.map((r) => r.amount?.value.wan ?? null);
    const sum = amounts.reduce<number>((s, a) => s + (a ?? 0), 0);
    const printed = total.amount?.value.wan ?? null;
    if (total.amount && printed !== null && amounts.some((a) => a !== null) && Math.abs(printed - sum) > TOLERANCE_WAN) {
      hits.push({ row: total.amount.row, col: total.amount.col, params: { what: `各项金额之和${sum.toFixed(2)}万元，合计写的是${printed.toFixed(2)}万元` }, suggestion: sum.toFixed(2) });
    }
    const shares = parts.rows.map((r) => (r.share?.value.status === 'ok' ? r.share.value.percent : null));
    if (shares.some((s) => s !== null)) {
      const shareSum = shares.reduce<number>((s, x) => s + (x ?? 0), 0);
      const cell = total.share ?? parts.rows.find((r) => r.share)?.share;
      if (cell && Math.abs(shareSum - 100) > TOLERANCE_PERCENT) {
        hits.push({ row: cell.row, col: cell.col, params: { what: `各项占比之和为${Math.round(shareSum * 100) / 100}%，应为100%` } });
      }
    }
    return hits;
  },
};
export default rule;
