import { TARGET_KINDS, type Rule, type RuleHit } from './rule';
import type { UnitFix, ValueRow } from './support/indicator-value-rows';
import { replaceUnit, unitPlace, valueRows } from './support/indicator-value-rows';
import { COUNT_WORD_UNITS, PERCENT_UNITS, measureOfName } from '../vocabulary';

/** `≤6.45万` under a 成本 indicator or a money name is 万元 with the 元 left out. */
const MONEY_WORDS = /预算|资金|金额|经费|费|成本|投入|支出|补贴|补助|工资|报酬|价/u;

interface Mismatch {
  problem: string;
  fix: UnitFix | null;
  /** Shown when there is no mechanical fix. */
  advice: string;
}

function mismatch(v: ValueRow, unit: string): Mismatch | null {
  // A rate or indicator name typed as the unit: `≥90工作完成率`, `≥95满意度`.
  if (measureOfName(unit).kind === 'rate') return { problem: '是指标名称，不是计量单位', fix: replaceUnit(v, '%'), advice: '改用%' };
  const count = COUNT_WORD_UNITS[unit];
  if (count !== undefined) return { problem: '不是计量单位', fix: replaceUnit(v, count), advice: `改用“${count}”` };
  if (unit === '万' && (v.level2 === '成本指标' || v.level1 === '成本指标' || MONEY_WORDS.test(v.words))) {
    return { problem: '不完整', fix: replaceUnit(v, '万元'), advice: '改用“万元”' };
  }
  if (v.row.measure.strictRate && !PERCENT_UNITS.has(unit)) {
    return { problem: `与比率指标“${v.nameText.trim()}”不符，比率应以%表示`, fix: null, advice: '按%填写目标，或把三级指标改为与单位相符的名称' };
  }
  return null;
}

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'indicator.unit-mismatch',
    severity: 'warning',
    title: '指标值的单位写错：把指标名称或“次数”等写成了单位，“万”缺“元”，或比率指标不以%计',
    message: '指标值“{value}”的单位“{unit}”{problem}，请{fix}',
    example: { bad: '验收抽查次数：≥12次数；工作完成率：≥90工作完成率', good: '≥12次；≥90%' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const v of valueRows(table)) {
      const q = v.cell.value;
      if (q.kind !== 'quantitative' || q.garbled || q.unit === '') continue;
      const m = mismatch(v, q.unit);
      if (!m) continue;
      const at = m.fix?.cell ?? unitPlace(v).cell;
      hits.push({
        row: at.row,
        col: at.col,
        params: { value: v.cell.text.trim(), unit: q.unitText, problem: m.problem, fix: m.fix ? `改为“${m.fix.reads}”` : m.advice },
        ...(m.fix ? { suggestion: m.fix.suggestion } : {}),
      });
    }
    return hits;
  },
};
export default rule;
