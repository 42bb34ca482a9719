import { TARGET_KINDS, type Rule, type RuleHit } from './rule';
import type { ValueRow } from './support/indicator-value-rows';
import { bareText, hasNumber, strayPrefix, unquantified, unitOnly, valueRows } from './support/indicator-value-rows';
import { CONCRETE_RESULT, VAGUE_WORDS } from '../vocabulary';

function vagueness(v: ValueRow): string | null {
  if (v.cell.value.kind !== 'qualitative') return null;
  const text = v.cell.value.text;
  // indicator.garbled and indicator.no-number report these; one finding per cell is enough.
  if (hasNumber(text) || unitOnly(text) !== null || strayPrefix(v) !== null) return null;
  const why = unquantified(v);
  if (why?.strict) return null;
  const t = bareText(text);
  if (t.startsWith('是否')) return '写成了“是否…”的问句，没有写出要达到的结果';
  if (v.name !== '' && t === bareText(v.name) && !CONCRETE_RESULT.test(t)) return '只是重复了三级指标名称';
  if (why?.measure) return `没有数值，而三级指标“${v.nameText.trim()}”是${why.measure}`;
  if (CONCRETE_RESULT.test(t)) return null;
  const word = VAGUE_WORDS.exec(t)?.[0];
  if (word !== undefined) return `只有“${word}”之类的笼统说法，没有衡量标准`;
  return null;
}

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'indicator.vague',
    severity: 'warning',
    title: '定性指标值无法衡量：重复三级指标名称、只有“进一步、提升、改善”等笼统说法、写成问句，或比率类指标只写了文字',
    message: '指标值“{value}”{reason}，年底无法据此考核；请写出可衡量的目标，如数值、比率、完成时限，或“全部…”“不发生…”等明确结果',
    example: { bad: '减少群众上访：减少群众上访', good: '减少群众上访：群众越级上访次数 ≤2次' },
    criteria: { numbers: [19, 61], source: '中诚政融《绩效目标设置的痼疾在哪里》（模糊化：进一步提高、明显改善）；财预〔2021〕101号（部门整体指标同样要可衡量）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const v of valueRows(table)) {
      const reason = vagueness(v);
      if (reason !== null) hits.push({ row: v.cell.row, col: v.cell.col, params: { value: v.cell.text.trim(), reason } });
    }
    return hits;
  },
};
export default rule;
