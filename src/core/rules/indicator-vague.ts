import { PROJECT_KINDS, type Rule, type RuleHit } from './rule';
import type { ValueRow } from './support/indicator-value-rows';
import { hasNumber, strayPrefix, unquantified, unitOnly, valueRows } from './support/indicator-value-rows';
import { compactText } from '../text';

/** Words that say things will get better without saying how much (domain.md §2). */
const VAGUE_WORDS = [
  '进一步', '明显', '有效', '不断', '提升', '改善', '提高', '加强', '促进', '得到', '增强', '逐步', '稳步', '大力',
  '积极', '切实', '显著', '大幅', '有所', '推动', '加快', '减少', '降低', '缓解', '有利于', '产生影响',
];
const VAGUE = new RegExp(VAGUE_WORDS.join('|'), 'u');

/**
 * A result that can be checked at year end even without a number: all of it, none of it, on time,
 * done, up to standard (`隐患全部整改到位`, `不发生安全生产事故`, `按季度发放`, `制度健全`).
 */
const CONCRETE = /全部|全额|足额|所有|均已|^无|不发生|未发生|不出现|杜绝|零|按时|按期|按季|按月|按年|按标准|按要求|每[年季月周日天]|到位|达标|合格|完成|齐全|健全|全覆盖|清零/u;
const PUNCTUATION = /[\p{P}\p{S}\s]/gu;
const bare = (s: string) => compactText(s).replace(PUNCTUATION, '');

function vagueness(v: ValueRow): string | null {
  if (v.cell.value.kind !== 'qualitative') return null;
  const text = v.cell.value.text;
  // indicator.garbled and indicator.no-number report these; one finding per cell is enough.
  if (hasNumber(text) || unitOnly(text) !== null || strayPrefix(v) !== null) return null;
  const why = unquantified(v);
  if (why?.strict) return null;
  const t = bare(text);
  if (t.startsWith('是否')) return '写成了“是否…”的问句，没有写出要达到的结果';
  if (v.name !== '' && t === bare(v.name) && !CONCRETE.test(t)) return '只是重复了三级指标名称';
  if (why?.measure) return `没有数值，而三级指标“${v.nameText.trim()}”是${why.measure}`;
  if (CONCRETE.test(t)) return null;
  const word = VAGUE.exec(t)?.[0];
  if (word !== undefined) return `只有“${word}”之类的笼统说法，没有衡量标准`;
  return null;
}

const rule: Rule = {
  appliesTo: PROJECT_KINDS,
  meta: {
    id: 'indicator.vague',
    severity: 'warning',
    title: '定性指标值无法衡量：重复三级指标名称、只有“进一步、提升、改善”等笼统说法、写成问句，或比率类指标只写了文字',
    message: '指标值“{value}”{reason}，年底无法据此考核；请写出可衡量的目标，如数值、比率、完成时限，或“全部…”“不发生…”等明确结果',
    example: { bad: '减少群众上访：减少群众上访', good: '减少群众上访：群众越级上访次数 ≤2次' },
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
