import { TARGET_KINDS, type Rule, type RuleHit } from './rule';
import { strayPrefix, valueRows } from './support/indicator-value-rows';
import { compactText } from '../text';

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'indicator.garbled',
    severity: 'error',
    title: '指标值文字错乱：一格写了多个数值、比较符号前后矛盾，或文字前残留“百分比”的字',
    message: '指标值“{value}”{problem}，请{fix}',
    example: { bad: '1000每人每月1000元；百提升灭火综合能力', good: '≤1000元/人·月；提升防灭火综合能力' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const v of valueRows(table)) {
      const q = v.cell.value;
      const at = { row: v.cell.row, col: v.cell.col };
      const value = v.cell.text.trim();
      if (q.kind === 'quantitative' && q.garbled) {
        const numbers = compactText(v.cell.text).match(/\d+(?:\.\d+)?/gu)?.length ?? 0;
        const conflict = numbers <= 1 && q.operatorText.includes('…');
        const problem = conflict ? `的比较符号前后矛盾（${q.operatorText.replace('…', '与')}）` : '含有多个数值或数值写在了说明文字之后';
        hits.push({ ...at, params: { value, problem, fix: '只写一个比较符号、一个数值和单位，如“≥90%”“≤1000元/人·月”' } });
        continue;
      }
      const stray = strayPrefix(v);
      if (stray) {
        hits.push({ ...at, params: { value, problem: `开头多了“${stray.stray}”`, fix: `删去，改为“${stray.rest}”` }, suggestion: stray.rest });
      }
    }
    return hits;
  },
};
export default rule;
