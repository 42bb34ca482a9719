import type { Rule, RuleHit } from './rule';
import type { DepartmentIndicator } from '../model/department-entry';
import { numericBands, rowUnits, type NumericEntry } from '../parse/band-scale';
import { indicatorLabel, indicatorsOf } from './support/dept-rows';

const RATE_UNITS: ReadonlySet<string> = new Set(['%', '‰']);

/** What the name says the row counts: extract decided it (vocabulary/measures.ts). */
function indicatorKind(indicator: DepartmentIndicator): 'count' | 'rate' | null {
  const kind = indicator.measure.kind;
  return kind === 'count' || kind === 'rate' ? kind : null;
}

const rule: Rule = {
  appliesTo: ['department'],
  meta: {
    id: 'band.unit-mismatch',
    severity: 'warning',
    title: '评价标准的单位与指标不符（次数按%评、比率按次评），或同一行单位不一',
    message: '指标“{indicator}”{problem}，请{fix}',
    example: { bad: '宣传教育次数：100% | 90% | 80% | 60%以下', good: '宣传教育次数：12次 | 10次 | 8次 | 低于8次' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const indicator of indicatorsOf(table)) {
      const entries = numericBands(indicator.bands);
      const units = rowUnits(indicator.bands);
      if (units.length === 0) continue;
      const kind = indicatorKind(indicator);
      const at = (pick: (e: NumericEntry) => boolean, problem: string, fix: string) => {
        const entry = entries.find(pick);
        if (entry) hits.push({ row: entry.cell.row, col: entry.cell.col, params: { indicator: indicatorLabel(indicator), problem, fix } });
      };
      if (kind === 'count' && units.includes('%')) {
        at((e) => e.band.unit === '%', '是计数指标，评价标准却以“%”计',
          '按次数、个数等填写各档（如“12次”“10次”“8次”“低于8次”），或把指标改为比率（如“…覆盖率”）');
      } else if (kind === 'rate' && units.some((u) => !RATE_UNITS.has(u))) {
        const unit = units.find((u) => !RATE_UNITS.has(u)) ?? '';
        at((e) => e.band.unit === unit, `是比率指标，评价标准却以“${unit}”计`,
          '按百分比填写各档（如“100%”“90%”“80%”“低于80%”），或把指标改为计数（如“…次数”）');
      } else if (units.length > 1) {
        at((e) => e.band.unit !== '' && e.band.unit !== units[0], `的评价标准单位不一致（${units.join('、')}）`, '各档统一使用同一单位');
      }
    }
    return hits;
  },
};
export default rule;
