import type { GoalCell, Table } from '../model/table';
import { comparableUnit, quantitiesInText } from '../parse/text-quantities';
import { normalizeText } from '../text';
import { HAN } from '../vocabulary';
import { type Rule, type RuleHit } from './rule';
import { writtenGoals } from './support/goal-items';
import { valueRows, type ValueRow } from './support/indicator-value-rows';

/** Word pairs a clause and an indicator name must share to be about one thing: `三线民兵` is three, `完成` alone one. */
const MIN_SHARED = 2;

/** Where one clause of a target ends: `完成20个行政村生活污水治理，铺设污水管网60公里` is two. */
const CLAUSE_END = /[，,；;。、\n]/u;
const HAN_RUN = new RegExp(`[${HAN}]+`, 'gu');

/** Pairs of adjacent Chinese characters: what a clause and an indicator name say in common. */
function hanPairs(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(HAN_RUN) ?? []) {
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
  }
  return out;
}

/** The quantitative rows of the grids a target is for: its period's, or the one grid of a one-period table. */
function rowsFor(table: Table, goal: GoalCell): ValueRow[] {
  const own = table.grids.flatMap((g, i) => (g.period !== null && g.period === goal.period ? [i] : []));
  const single = table.grids.length === 1 && table.grids[0]?.period === null && (goal.period === null || goal.period === 'annual') ? [0] : [];
  const grids = own.length > 0 ? own : single;
  return valueRows(table).filter((v) => grids.includes(v.row.grid) && v.cell.value.kind === 'quantitative' && !v.cell.value.garbled);
}

const rule: Rule = {
  appliesTo: ['project', 'department'],
  meta: {
    id: 'target.indicator-mismatch',
    severity: 'warning',
    title: '绩效目标写的数量与衡量同一事项的指标值不一致',
    message: '绩效目标写{pairs}，两处不一致；请核对后统一，目标中的数量应与指标值一致',
    example: { bad: '绩效目标：为274名三线民兵发放补贴；数量指标：三线民兵数量 ≥270名', good: '数量指标：三线民兵数量 ≥274名' },
    criteria: { numbers: [11], source: '财预〔2015〕88号 相关性审核（K）；中诚政融《绩效目标设置的痼疾在哪里》（孤立化：目标与指标脱节）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const goal of writtenGoals(table)) {
      const rows = rowsFor(table, goal);
      const pairs: string[] = [];
      for (const clause of normalizeText(goal.cell.text).split(CLAUSE_END)) {
        for (const q of quantitiesInText(clause)) {
          const said = hanPairs(clause.slice(0, q.index) + ' ' + clause.slice(q.index + q.text.length));
          // The indicators of the same thing: the same unit, and a name sharing words with the clause.
          const same = rows.filter((v) => v.cell.value.kind === 'quantitative' && comparableUnit(v.cell.value.unit) === q.unit
            && [...hanPairs(v.name)].filter((p) => said.has(p)).length >= MIN_SHARED);
          const first = same[0];
          if (!first || same.some((v) => v.cell.value.kind === 'quantitative' && v.cell.value.number === q.number)) continue;
          pairs.push(`“${q.text}”，而指标“${first.nameText.trim()}”为“${first.cell.text.trim()}”`);
        }
      }
      if (pairs.length > 0) hits.push({ row: goal.cell.row, col: goal.cell.col, params: { pairs: pairs.join('；') } });
    }
    return hits;
  },
};
export default rule;
