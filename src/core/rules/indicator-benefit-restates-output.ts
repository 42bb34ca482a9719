import { normalizeLabel } from '../text';
import { measuredThing } from '../vocabulary';
import { TARGET_KINDS, type Rule, type RuleHit } from './rule';
import { bareText, valueRows, type ValueRow } from './support/indicator-value-rows';

/** Shorter than this, what is left of a name or a sentence says too little to call two of them the same. */
const MIN_KEY = 2;
const MIN_SENTENCE = 4;

/** How an 效益 row repeats an 产出 row, or null when it does not. */
function restates(effect: ValueRow, output: ValueRow): string | null {
  const thing = measuredThing(effect.nameText);
  // The very same name is indicator.duplicate's finding at this cell.
  if (normalizeLabel(effect.nameText) === normalizeLabel(output.nameText)) return null;
  if (thing.length >= MIN_KEY && thing === measuredThing(output.nameText)) return '名称只差“完成”“数量”“率”等字';
  const e = effect.cell.value;
  const o = output.cell.value;
  if (e.kind !== 'qualitative' || o.kind !== 'qualitative') return null;
  const said = bareText(e.text);
  return said.length >= MIN_SENTENCE && said === bareText(o.text) ? `指标值同为“${e.text}”` : null;
}

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'indicator.benefit-restates-output',
    severity: 'warning',
    title: '效益指标重复了某个产出指标（名称只差“完成、数量、率”，或指标值相同），复核时只计其一',
    message: '效益指标“{name}”与第{otherRow}行的产出指标“{other}”重复（{how}），复核时只计其一；效益指标应写产出带来的效果，如“群众越级上访次数同比下降 ≥10%”“林木受灾率 ≤2%”',
    example: { bad: '产出：隐患整改完成率 100%；效益：隐患整改率 100%', good: '效益：辖区安全生产事故起数同比下降 ≥10%' },
    criteria: { numbers: [13], source: '四川某会计师事务所绩效自评复核口径 标准9（产出与效益重复设置只计其一）' },
  },
  check(table) {
    const rows = valueRows(table);
    const hits: RuleHit[] = [];
    for (const effect of rows) {
      const cell = effect.row.level3;
      if (!cell || effect.level1 !== '效益指标') continue;
      for (const output of rows) {
        if (output.level1 !== '产出指标' || output.row.grid !== effect.row.grid || !output.row.level3) continue;
        const how = restates(effect, output);
        if (how === null) continue;
        hits.push({ row: cell.row, col: cell.col, params: { name: cell.value.trim(), other: output.nameText.trim(), otherRow: output.row.level3.row, how } });
        break;
      }
    }
    return hits;
  },
};
export default rule;
