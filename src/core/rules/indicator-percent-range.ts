import { TARGET_KINDS, type Rule, type RuleHit } from './rule';
import { CHANGE, GROWTH, valueRows } from './support/indicator-value-rows';

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'indicator.percent-range',
    severity: 'error',
    title: '百分比指标值超出0–100%（增长、提高类指标除外）',
    message: '指标值“{value}”{problem}，比率只能在0–100%之间，请核对数值（如确为增长幅度，请在三级指标中写明“增长率”“提高幅度”）',
    example: { bad: '资金发放率：≥120%', good: '资金发放率：≥95%' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const v of valueRows(table)) {
      const q = v.cell.value;
      if (q.kind !== 'quantitative' || q.garbled || q.unit !== '%') continue;
      const words = `${v.words} ${v.cell.text}`;
      let problem: string | null = null;
      if (q.number > 100 && !GROWTH.test(words)) problem = '超过了100%';
      else if (q.number < 0 && !CHANGE.test(words)) problem = '是负数';
      if (problem !== null) hits.push({ row: v.cell.row, col: v.cell.col, params: { value: v.cell.text.trim(), problem } });
    }
    return hits;
  },
};
export default rule;
