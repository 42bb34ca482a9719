import { ALL_KINDS, type Rule, type RuleHit } from './rule';
import { PERIOD_NAMES } from '../vocabulary';

const TOLERANCE_WAN = 0.005;

/** 财预〔2015〕88号 forms: the year's money is part of the period's, so never more than it. */
const rule: Rule = {
  appliesTo: ALL_KINDS,
  meta: {
    id: 'budget.annual-exceeds-mid',
    severity: 'error',
    title: '年度资金总额高于中期（实施期）资金总额',
    message: '年度资金总额{annual}万元高于{period}资金总额{mid}万元，年度资金应包含在{period}资金之内，请核对',
    example: { bad: '中期资金总额 300.00，年度资金总额 350.00', good: '中期资金总额 900.00，年度资金总额 300.00' },
    criteria: { numbers: [38], source: '财预〔2015〕88号 项目支出绩效目标申报表（中期与年度资金）' },
  },
  check(table) {
    const annual = table.money.find((b) => b.period === 'annual')?.total?.value;
    const hits: RuleHit[] = [];
    if (!annual || annual.value.wan === null) return hits;
    for (const b of table.money) {
      const total = b.total?.value.value.wan;
      if (b.period === null || b.period === 'annual' || total === null || total === undefined) continue;
      if (annual.value.wan > total + TOLERANCE_WAN) {
        hits.push({ row: annual.row, col: annual.col, params: { annual: annual.value.wan.toFixed(2), mid: total.toFixed(2), period: PERIOD_NAMES[b.period] } });
      }
    }
    return hits;
  },
};
export default rule;
