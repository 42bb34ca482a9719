/**
 * One indicator's year-end score under 财预〔2020〕10号 (domain.md §4.2): the target against the
 * actual, positive, reverse, equal or qualitative, with what a rule should say about the actual.
 * assess-project.ts explains the decisions; the sheet's 得分 formulas (plan/formulas) compute the same.
 */
import type { IndicatorRow } from '../model/indicator-row';
import type { Profile } from '../profile/profile-schema';
import { displayText } from '../text';
import { tidy } from '../parse/quantity';
import { formatNumber, parseActualWithUnit, type ActualReading } from '../parse/actual-value';
import { QUALITATIVE_BANDS, outOfBand, readQualitative, readTypedQuantity, type QualitativeLevel } from '../parse/typed-actual';
import { moneyFactor, type Level1 } from '../vocabulary';

export type Branch = 'positive' | 'reverse' | 'equal' | 'qualitative' | 'none';

export interface IndicatorScore {
  row: number;
  level1: Level1;
  weight: number;
  score: number | null;
  /** Chinese: why there is no score, or which branch scored it and how. */
  reason: string | null;
  branch: Branch;
}

/** Something about one row's actual that a rule reports. */
export type IndicatorIssue =
  | { kind: 'ambiguous'; reason: string; /** The likelier reading, on the 0–100 scale. */ value: number }
  | { kind: 'invalid'; reason: string }
  | { kind: 'share-out-of-band'; level: QualitativeLevel; share: number; low: number; high: number }
  | { kind: 'over-achievement'; /** Actual over target; null against a target of 0. */ ratio: number | null };

export interface IndicatorAssessment {
  indicator: IndicatorRow;
  item: IndicatorScore;
  /** The actual as displayed, for messages (empty when there is none). */
  actualText: string;
  /** The target as displayed, for messages. */
  targetText: string;
  /** The target is read as a percentage (unit `%`, or no unit and a 三级 naming a rate). */
  percent: boolean;
  issues: IndicatorIssue[];
}

export function assessIndicator(row: IndicatorRow, level1: Level1, weight: number, profile: Profile): IndicatorAssessment {
  const target = row.value?.value ?? { kind: 'empty' as const };
  const targetText = displayText(row.value?.text ?? '');
  const percent = row.percent;
  const detail = row.actual ? parseActualWithUnit({ ...row.actual.value, text: row.actual.text }, percent) : null;
  const reading: ActualReading = detail?.reading ?? { status: 'empty' };
  const actualText = reading.status === 'empty' ? '' : actualDisplay(row, reading);
  const raw = row.actual?.value.raw ?? null;
  const base = { indicator: row, actualText, targetText, percent };
  const none = (reason: string, issues: IndicatorIssue[] = []): IndicatorAssessment => ({
    ...base, issues, item: { row: row.row, level1, weight, score: null, reason, branch: 'none' },
  });

  if (target.kind === 'empty') return none('指标值为空，无法评分');
  if (target.kind === 'placeholder') return none(`指标值“${targetText}”是模板占位内容，无法评分`);
  if (target.kind === 'not-set') return none('该指标未设定');
  if (reading.status === 'empty') return none('未填写实际完成值');

  if (target.kind === 'qualitative') {
    const q = readQualitative(raw, weight);
    if (q === null && (reading.status === 'number' || reading.status === 'ambiguous')) {
      const reason = `定性指标的实际完成值应写评价等级，“${actualText}”是数值；请写“达成”“部分达成 70%”或“未达成 30%”`;
      return none(reason, [{ kind: 'invalid', reason }]);
    }
    if (q === null) {
      const reason = `“${actualText}”不是评价等级；定性指标请写“达成”“部分达成 70%”或“未达成 30%”（等级后可写得分比例）`;
      return none(reason, [{ kind: 'invalid', reason }]);
    }
    const band = QUALITATIVE_BANDS[q.level];
    const issues: IndicatorIssue[] = [];
    let share = q.share ?? band.alone;
    let reason = q.share === null
      ? `定性指标：${q.level}，未写比例，按${formatNumber(band.alone)}%计`
      : `定性指标：${q.level}，按${formatNumber(share)}%计`;
    if (outOfBand(q.level, share)) {
      issues.push({ kind: 'share-out-of-band', level: q.level, share, low: band.low, high: band.high });
      const clamped = Math.min(band.high, Math.max(band.low, share));
      reason = `定性指标：${q.level}的得分比例应在${band.low}%–${band.high}%之间，“${actualText}”的${formatNumber(share)}%超出，按${formatNumber(clamped)}%计`;
      share = clamped;
    }
    return { ...base, issues, item: { row: row.row, level1, weight, score: tidy((weight * share) / 100), reason, branch: 'qualitative' } };
  }

  // Quantitative.
  const issues: IndicatorIssue[] = [];
  const notes: string[] = [];
  let actual: number;
  if (typeof raw === 'string') {
    // Text: only the forms the sheet's 得分 formula reads (parse/typed-actual.ts).
    const typed = readTypedQuantity(raw, percent, target.unitText);
    if (typed === null) {
      const reason = untypedReason(reading, detail?.unitText ?? '', { percent, actualText, targetText, number: target.number, unit: target.unit, unitText: target.unitText });
      return none(reason, [{ kind: 'invalid', reason }]);
    }
    actual = typed;
  } else if (reading.status === 'text') {
    const reason = `实际完成值“${actualText}”不是数值，指标值为“${targetText}”；请填写数值（如“${formatNumber(target.number)}${target.unitText}”）`;
    return none(reason, [{ kind: 'invalid', reason }]);
  } else if (reading.status === 'ambiguous') {
    actual = reading.value;
    issues.push({ kind: 'ambiguous', reason: reading.reason, value: actual });
    notes.push(`实际完成值${actualText}含义不明，按${formatNumber(actual)}%计`);
  } else {
    actual = reading.value;
    if (percent && reading.unit !== '%') {
      const reason = `指标值“${targetText}”是百分比，实际完成值“${actualText}”${reading.note ? `的${reading.note}` : '不是百分比'}；请写成百分比（如“${formatNumber(target.number)}%”）`;
      return none(reason, [{ kind: 'invalid', reason }]);
    }
    if (!percent && reading.unit === '%' && target.unit !== '') {
      const reason = `指标值“${targetText}”的单位是“${target.unitText}”，实际完成值“${actualText}”却是百分比；请按“${target.unitText}”填写`;
      return none(reason, [{ kind: 'invalid', reason }]);
    }
    if (reading.note) notes.push(reading.note);
  }
  if (!Number.isFinite(actual) || !Number.isFinite(target.number)) {
    const reason = `实际完成值“${actualText}”不是有效数值`;
    return none(reason, [{ kind: 'invalid', reason }]);
  }

  const t = target.number;
  const unit = percent ? '%' : target.unit;
  const a = `实际${formatNumber(actual)}${unit}`;
  const g = `目标${formatNumber(t)}${unit}`;
  let share: number;
  let how: string;
  const direction = target.direction;
  if (direction === 'reverse') {
    if (t > 0) {
      if (actual <= t) { share = 1; how = `反向指标：${a}不高于${g}，得满分`; }
      else if (actual >= 2 * t) { share = 0; how = `反向指标：${a}达到${g}的2倍及以上，得0分`; }
      else { share = 1 - (actual - t) / t; how = `反向指标：${a}超出${g}，按1−(实际−目标)/目标计`; }
    } else {
      share = actual <= t ? 1 : 0;
      how = `反向指标：${g}，${a}${actual <= t ? '不高于目标，得满分' : '高于目标，得0分'}`;
    }
  } else {
    const label = direction === 'positive' ? '正向指标' : '等值指标（按正向计）';
    if (direction === 'equal' && t === 0) {
      share = actual <= 0 ? 1 : 0;
      how = `等值指标：${g}，${a}${actual <= 0 ? '，得满分' : '不为0，得0分'}`;
    } else if (t > 0) {
      if (actual >= t) { share = 1; how = `${label}：${a}不低于${g}，得满分`; }
      else { share = Math.max(0, actual) / t; how = `${label}：${a}低于${g}，按实际/目标计`; }
    } else {
      share = actual >= t ? 1 : 0;
      how = `${label}：${g}，${a}${actual >= t ? '不低于目标，得满分' : '低于目标，得0分'}`;
    }
    if (t > 0 && actual >= profile.overAchievementRatio * t) issues.push({ kind: 'over-achievement', ratio: tidy(actual / t) });
    const atZero = profile.overAchievementAtZeroTarget;
    if (t === 0 && direction === 'positive' && atZero !== null && actual >= atZero) issues.push({ kind: 'over-achievement', ratio: null });
  }
  const reason = [how, ...notes].join('；');
  return { ...base, issues, item: { row: row.row, level1, weight, score: tidy(weight * share), reason, branch: direction } };
}

/**
 * Why a quantitative actual written as text is not scored, with the text to write instead when the
 * reader of actual-value.ts can tell what was meant (`约95%` → `95%`, `643900元` → `64.39万元`).
 */
function untypedReason(
  reading: ActualReading, writtenUnit: string,
  t: { percent: boolean; actualText: string; targetText: string; number: number; unit: string; unitText: string },
): string {
  if (reading.status === 'number' && t.percent && reading.unit !== '%') {
    return `指标值“${t.targetText}”是百分比，实际完成值“${t.actualText}”${reading.note ? `的${reading.note}` : '不是百分比'}；请写成百分比（如“${formatNumber(t.number)}%”）`;
  }
  if (reading.status === 'number' && !t.percent && reading.unit === '%' && t.unit !== '') {
    return `指标值“${t.targetText}”的单位是“${t.unitText}”，实际完成值“${t.actualText}”却是百分比；请按“${t.unitText}”填写`;
  }
  if (reading.status !== 'number' && reading.status !== 'ambiguous') {
    return `实际完成值“${t.actualText}”不是数值，指标值为“${t.targetText}”；请填写数值（如“${formatNumber(t.number)}${t.unitText}”）`;
  }
  const value = tidy(reading.value * moneyFactor(t.unit, writtenUnit));
  const fix = t.percent ? `${formatNumber(value)}%` : `${formatNumber(value)}${t.unitText}`;
  const form = t.percent ? '数字加百分号' : t.unitText === '' ? '数字' : `数字（可带单位“${t.unitText}”）`;
  return `实际完成值“${t.actualText}”请只写${form}，如“${fix}”：表中的得分公式只认这种写法（不写约数、比较词、其他单位或全角数字）`;
}

function actualDisplay(row: IndicatorRow, reading: ActualReading): string {
  const shown = displayText(row.actual?.text ?? '');
  if (shown !== '') return shown;
  if (reading.status === 'text') return reading.text;
  if (reading.status === 'number' || reading.status === 'ambiguous') return formatNumber(reading.value);
  return '';
}
