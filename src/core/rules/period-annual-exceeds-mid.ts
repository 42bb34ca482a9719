import type { IndicatorRow } from '../model/indicator-row';
import { compactText } from '../text';
import { PERIOD_NAMES, addsUpOverYears, countUnitOf, namesAnAverage, type Period } from '../vocabulary';
import { ALL_KINDS, type Rule, type RuleHit } from './rule';
import { setIndicators } from './support/indicator-set-rows';

/** A target that adds up over the years: a floor or an exact amount (≥, =) of a count, length, area or sum of money. */
function cumulative(row: IndicatorRow): { number: number; unit: string } | null {
  const v = row.value?.value;
  if (v?.kind !== 'quantitative' || v.direction === 'reverse' || row.percent || !addsUpOverYears(v.unit) || namesAnAverage(row.level3?.value ?? '')) return null;
  return { number: v.number, unit: countUnitOf(v.unit) };
}

/** 财预〔2015〕88号 forms print each indicator for the 中期 (实施期, 长期) and for the year: the year's is part of the period's. */
const rule: Rule = {
  appliesTo: ALL_KINDS,
  meta: {
    id: 'period.annual-exceeds-mid',
    severity: 'warning',
    title: '年度指标值高于同一指标的中期（实施期、长期）指标值',
    message: '“{name}”的年度指标值“{annual}”高于{period}指标值“{mid}”；年度目标是{period}目标的一部分，请核对两栏的指标值',
    example: { bad: '完成治理行政村数量：中期 ≥60个，年度 ≥80个', good: '中期 ≥60个，年度 ≥20个' },
    criteria: { numbers: [39], source: '财预〔2015〕88号 项目支出绩效目标申报表（中期目标与年度目标、中期指标值与年度指标值）' },
  },
  check(table) {
    const rows = setIndicators(table);
    const periodOf = (row: IndicatorRow): Period | null => table.grids[row.grid]?.period ?? null;
    const longer = rows.filter((r) => { const p = periodOf(r); return p !== null && p !== 'annual'; });
    const hits: RuleHit[] = [];
    for (const row of rows) {
      const annual = periodOf(row) === 'annual' ? cumulative(row) : null;
      const name = compactText(row.level3?.value ?? '');
      if (!annual || name === '' || !row.value) continue;
      for (const other of longer) {
        const mid = compactText(other.level3?.value ?? '') === name ? cumulative(other) : null;
        const period = periodOf(other);
        if (!mid || period === null || mid.unit !== annual.unit || annual.number <= mid.number) continue;
        hits.push({ row: row.value.row, col: row.value.col, params: { name: row.level3?.value.trim() ?? '', annual: row.value.text.trim(), mid: other.value?.text.trim() ?? '', period: PERIOD_NAMES[period] } });
      }
    }
    return hits;
  },
};
export default rule;
