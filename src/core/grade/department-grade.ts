/**
 * Grade of one department indicator (部门整体绩效目标, domain.md §4.1) from its 评价标准 and the
 * 实际完成值.
 *
 * - Numeric rows run up (优 above 差: higher is better) or down. Going up: 优 when the actual
 *   reaches 优's bound, else 良 when it reaches 良's, else 中 when it reaches 中's, else 差; going
 *   down the same with ≤. An empty middle band is skipped. A written comparison is kept (`大于5%`
 *   is > 5, `低于10%` is < 10); a range `a-b` is entered at its end on the 差 side, so an actual
 *   inside a range gets that range's grade. The thresholds are {@link gradeSteps}, which an Excel
 *   formula can use as they are.
 * - Word rows (`合规`/`不合规`): the 优 text gives 优, the 差 text gives 差, anything else needs a person.
 * - A person must grade when the bands cannot be read, run no clear way, mix words and numbers, or
 *   when the actual is empty, ambiguous, not a number, or in another unit than the bands.
 */
import type { DepartmentIndicator } from '../model/department-entry';
import type { Grade } from '../vocabulary';
import type { ActualReading } from '../parse/actual-value';
import {
  BAND_NAMES, type Bands, gradeSteps, numericBands, orderProblem, rowShape, rowUnits,
} from '../parse/band-scale';
import { compactText } from '../text';

export { gradeDirection, gradeSteps } from '../parse/band-scale';
export type { GradeStep } from '../parse/band-scale';

export type DepartmentGradeResult =
  | { status: 'graded'; grade: Grade }
  /** `reason`, in Chinese: why a person must grade it. */
  | { status: 'ungraded'; reason: string };


/**
 * Whether the 实际完成值 should be read on the percent scale (the `expectsPercent` of
 * `parseActual`): the bands are in %, or they have no unit and the indicator names a rate.
 */
export function departmentExpectsPercent(indicator: DepartmentIndicator): boolean {
  const units = rowUnits(indicator.bands);
  if (units.length > 0) return units.includes('%');
  return numericBands(indicator.bands).length > 0 && indicator.measure.kind === 'rate';
}

export function gradeDepartmentIndicator(indicator: DepartmentIndicator, actual: ActualReading): DepartmentGradeResult {
  const { bands } = indicator;
  const shape = rowShape(bands);
  const ungraded = (reason: string): DepartmentGradeResult => ({ status: 'ungraded', reason });

  if (shape === 'empty') return ungraded('评价标准（优、良、中、差）全部为空，无法评定，请先填写评价标准');
  if (shape === 'invalid') {
    const bad = BAND_NAMES.filter((n) => bands[n].value.kind === 'invalid').map((n) => `${n}档“${bands[n].text.trim()}”`);
    return ungraded(`评价标准${bad.join('、')}无法识别，需人工评定`);
  }
  if (shape === 'mixed') return ungraded('评价标准中文字与数值混用，无法按数值比较，需人工评定');
  if (actual.status === 'empty') return ungraded('实际完成值未填写');
  if (actual.status === 'ambiguous') return ungraded(actual.reason);
  if (shape === 'words') return gradeWords(bands, actual);

  const steps = gradeSteps(bands);
  if (steps === null) return ungraded(numericReason(bands));
  if (actual.status === 'text') return ungraded(`实际完成值“${actual.text}”不是数值，评价标准是数值，需人工评定或改填数值`);
  const units = rowUnits(bands);
  if (units.length > 1) return ungraded(`评价标准的单位不一致（${units.join('、')}），需人工评定`);
  const unit = units[0] ?? '';
  if (unit === '%' && actual.unit !== '%') return ungraded('评价标准是百分比，实际完成值不是百分比，需人工评定');
  if (unit !== '%' && actual.unit === '%' && !(unit === '' && departmentExpectsPercent(indicator))) {
    return ungraded(`评价标准以“${unit || '数值'}”计，实际完成值是百分比，需人工评定`);
  }
  const x = actual.value;
  for (const step of steps.steps) {
    const reached = steps.direction === 'up'
      ? (step.inclusive ? x >= step.bound : x > step.bound)
      : (step.inclusive ? x <= step.bound : x < step.bound);
    if (reached) return { status: 'graded', grade: step.grade };
  }
  return { status: 'graded', grade: '差' };
}

function gradeWords(bands: Bands, actual: Exclude<ActualReading, { status: 'empty' | 'ambiguous' }>): DepartmentGradeResult {
  const text = actual.status === 'text' ? actual.text : `${actual.value}${actual.unit}`;
  const said = compactText(text);
  for (const grade of ['优', '差'] as const) {
    const band = bands[grade].value;
    if (band.kind === 'word' && compactText(band.text) === said) return { status: 'graded', grade };
  }
  const best = bands.优.value;
  const worst = bands.差.value;
  const named = [best, worst].filter((b) => b.kind === 'word').map((b) => `“${b.text}”`).join('或');
  return {
    status: 'ungraded',
    reason: named === ''
      ? `实际完成值“${text}”需人工评定`
      : `实际完成值“${text}”不是评价标准中的${named}，需人工评定`,
  };
}

function numericReason(bands: Bands): string {
  if (numericBands(bands).length < 2) return '评价标准只有一档数值，无法分出等级，需人工评定';
  const problem = orderProblem(bands);
  if (problem?.kind === 'no-direction') return '评价标准看不出数值越高越好还是越低越好，需人工评定';
  if (problem) return '评价标准各档次序不一致，需人工评定';
  return '评价标准无法按数值评定，需人工评定';
}
