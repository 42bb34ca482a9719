import type { Rule, RuleHit } from './rule';
import type { DepartmentIndicator } from '../model/department-entry';
import {
  goodnessSpan, isCountUnit, numericBands, orderProblem, rawDirection, rowUnits, type Direction, type Edge, type NumericEntry,
} from '../parse/band-scale';
import { tidy } from '../parse/quantity';
import { indicatorLabel, indicatorsOf } from './support/dept-rows';
import { displayText } from '../text';


/**
 * Where two neighbouring bands meet, on the goodness axis: the better band's lower edge against the
 * worse band's upper edge. Null when either edge is implicit (a threshold like `90%` ends where the
 * band above begins), so threshold rows never show a gap: by §4.1 everything under 中 is 差 anyway.
 */
type Meeting =
  | { kind: 'overlap'; from: number; to: number }
  | { kind: 'gap'; from: number; to: number };

function meeting(a: Edge, b: Edge, integers: boolean): Meeting | null {
  if (integers) {
    // Whole numbers: `>3` starts at 4, `<10` ends at 9.
    const start = a.closed ? Math.ceil(a.value) : Math.floor(a.value) + 1;
    const end = b.closed ? Math.floor(b.value) : Math.ceil(b.value) - 1;
    if (end >= start) return { kind: 'overlap', from: start, to: end };
    if (start - end > 1) return { kind: 'gap', from: end, to: start };
    return null;
  }
  if (b.value > a.value || (b.value === a.value && a.closed && b.closed)) return { kind: 'overlap', from: a.value, to: b.value };
  if (b.value < a.value) return { kind: 'gap', from: b.value, to: a.value };
  return null;
}

function isIntegerRow(indicator: DepartmentIndicator): boolean {
  const units = rowUnits(indicator.bands);
  if (units.length > 0) return units.every(isCountUnit);
  // Counted things (`…次数`, `…人数`): `10-15次` and `16-20次` leave nothing between them.
  return indicator.measure.kind === 'count';
}

const fmt = (n: number) => String(tidy(n));

const rule: Rule = {
  appliesTo: ['department'],
  meta: {
    id: 'band.gap',
    severity: 'warning',
    title: '相邻两档评价标准重叠（同一数值落入两档）或数值区间之间留有空档',
    message: '指标“{indicator}”的{previous}档“{previousText}”与{band}档“{text}”{detail}，请调整界限，使相邻两档首尾相接、互不重叠',
    example: { bad: '中：50%，差：50%以下（50%既是中又是差）', good: '中：50%，差：低于50%' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const indicator of indicatorsOf(table)) {
      if (orderProblem(indicator.bands) !== null) continue;
      const entries = numericBands(indicator.bands);
      const direction = rawDirection(entries);
      if (direction === null || entries.length < 2) continue;
      const integers = isIntegerRow(indicator);
      for (let i = 1; i < entries.length; i++) {
        const better = entries[i - 1] as NumericEntry;
        const worse = entries[i] as NumericEntry;
        const a = goodnessSpan(better.name, better.band, direction).lo;
        const b = goodnessSpan(worse.name, worse.band, direction).hi;
        if (a === null || b === null) continue;
        const m = meeting(a, b, integers);
        if (m === null) continue;
        const ranged = better.band.kind === 'range' || worse.band.kind === 'range';
        // A gap under a threshold (`80%` then `60%以下`) is graded 差 by §4.1: only ranges that leave a hole are reported.
        if (m.kind === 'gap' && !ranged) continue;
        hits.push(hitFor(indicator, better, worse, m, direction));
      }
    }
    return hits;
  },
};

function hitFor(indicator: DepartmentIndicator, better: NumericEntry, worse: NumericEntry, m: Meeting, direction: Direction): RuleHit {
  const unit = worse.band.unit || better.band.unit;
  // Back from the goodness axis to the values as written.
  const raw = (n: number) => (direction === 'up' ? n : -n);
  const [low, high] = [raw(m.from), raw(m.to)].sort((x, y) => x - y) as [number, number];
  let detail: string;
  if (m.kind === 'gap') detail = `之间留有空档：${fmt(low)}${unit}到${fmt(high)}${unit}之间的数值不属于任何一档`;
  else if (low === high) detail = `都包含${fmt(low)}${unit}，正好${fmt(low)}${unit}时该评哪一档不明确`;
  else detail = `在${fmt(low)}${unit}到${fmt(high)}${unit}之间重叠`;
  // `50%` then `50%以下`: the worse band should stop just short of the shared value.
  let suggestion: string | undefined;
  if (m.kind === 'overlap' && low === high && worse.band.kind === 'number' && worse.band.value === low) {
    suggestion = `${direction === 'up' ? '低于' : '高于'}${fmt(worse.band.value)}${worse.band.unit}`;
  }
  return {
    row: worse.cell.row,
    col: worse.cell.col,
    params: {
      indicator: indicatorLabel(indicator),
      previous: better.name,
      previousText: displayText(better.cell.text),
      band: worse.name,
      text: displayText(worse.cell.text),
      detail,
    },
    ...(suggestion === undefined ? {} : { suggestion }),
  };
}

export default rule;
