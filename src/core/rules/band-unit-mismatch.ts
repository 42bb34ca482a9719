import type { Rule, RuleHit } from './rule';
import type { DepartmentIndicator } from '../model/department-entry';
import { isCountUnit, numericBands, rowUnits, type NumericEntry } from '../parse/band-scale';
import { indicatorLabel, indicatorsOf } from './support/dept-rows';
import { compactText } from '../text';
import { normalizeUnit } from '../vocabulary';

/** A unit the name declares at its end: `服务覆盖度(％)`, `巡查次数（次）`. */
const DECLARED_UNIT = /\(([^()]{1,4})\)$/u;
/** Names of counts: `…次数`, `聘用人数`, `整改问题数`, `…数量` (not 指数, 系数, 分数, 倍数). */
const COUNT_NAME = /(?:数量|场次|批次|(?<![指系分倍基参函均])数)$/u;
/** Names of rates: `…率`, `满意度`, `占比`. */
const RATE_NAME = /(?:率|满意度|占比|比例|比重)$/u;
const RATE_UNITS: ReadonlySet<string> = new Set(['%', '‰']);

type Kind = 'count' | 'rate' | null;

function indicatorKind(indicator: DepartmentIndicator): Kind {
  const name = compactText(indicator.name.value);
  const declared = DECLARED_UNIT.exec(name);
  if (declared) {
    const unit = normalizeUnit(declared[1] ?? '');
    if (RATE_UNITS.has(unit)) return 'rate';
    if (isCountUnit(unit)) return 'count';
    return null;
  }
  if (RATE_NAME.test(name)) return 'rate';
  if (COUNT_NAME.test(name)) return 'count';
  return null;
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
