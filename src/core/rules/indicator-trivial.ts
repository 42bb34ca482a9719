import { TARGET_KINDS, type Rule, type RuleHit } from './rule';
import { GROWTH, valueRows } from './support/indicator-value-rows';

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'indicator.trivial',
    severity: 'warning',
    title: '指标值是不可能达不到的目标（≥0，或百分比≤100%）',
    message: '指标值“{value}”{why}，这个目标怎样都能达到，起不到考核作用；请写出实际要达到的目标，如“{example}”',
    example: { bad: '宣传活动次数：≥0次', good: '宣传活动次数：≥4次' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const v of valueRows(table)) {
      const q = v.cell.value;
      if (q.kind !== 'quantitative' || q.garbled) continue;
      let why: string | null = null;
      let example = '';
      // `>0` (at least something) and `=0` / `≤0` (none at all) are real targets; `≥0` is not.
      if (q.operator === '>=' && q.number === 0) {
        why = '只要求不少于0';
        example = q.unit === '%' ? '≥90%' : `≥4${q.unit}`;
      } else if (q.operator === '<=' && q.unit === '%' && q.number === 100 && !GROWTH.test(v.words)) {
        why = '只要求不超过100%';
        example = '≤5%';
      }
      if (why !== null) hits.push({ row: v.cell.row, col: v.cell.col, params: { value: v.cell.text.trim(), why, example } });
    }
    return hits;
  },
};
export default rule;
