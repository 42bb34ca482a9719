/**
 * Year-end self-evaluation score of a project table (绩效自评, domain.md §4.2, 财预〔2020〕10号 as
 * practised by the budget systems).
 *
 * Decisions beyond §4.2, in one place:
 * - First levels: 产出, 效益, 满意度 take the profile's weights (50/30/10) and 预算执行率 the rest
 *   (10). A 成本指标 一级 (post-2021 layout) shares 产出's weight: the profile has no weight of its
 *   own for it. A row's 一级 comes from its 一级 cell, else from its 二级 (`数量指标` → 产出).
 *   Rows whose 一级 cannot be told are not scored (the taxonomy rules report them).
 * - A row is *set* unless its 指标值 is `无` (or `-`, `/`), or it is empty and its 三级 is `无` or
 *   the whole row is blank. A set row without a usable target (empty, placeholder) keeps its share
 *   of the weight and scores nothing.
 * - Weights: when every set row has a numeric 权重/分值 (`10`, `10分`, `10%`), those are the
 *   indicators' points as written; otherwise each first level is split evenly over its set rows, and
 *   a first level without one gives its weight to the other first levels in proportion to theirs
 *   (预算执行率 keeps its own). Sheet weights are never rescaled.
 * - Quantitative: the operator's direction decides; `>` and `<` score like `≥` and `≤`. A target of
 *   0 scores all or nothing; a negative target too (a ratio to it means nothing). A negative actual
 *   counts as 0 against a positive target. A percentage against a non-percentage target (or the
 *   other way round) cannot be scored. A target without a unit whose 三级 names a rate (`…率`,
 *   `满意度`, `比例`, `占比`) is read as a percentage.
 * - The sheet scores itself with formulas (plan/formulas/project-formulas.ts) that must give the
 *   same scores, so an actual written as text is scored only in the forms a formula can read
 *   (grade/typed-actual.ts): a plain number with the target's own unit (`274名`), or with a percent
 *   sign against a percentage target (`95%`). Approximations (`约95%`), comparison words, other
 *   units (`643900元` against `万元`), full-width digits and thousands separators in text are not
 *   scored: `indicator.actual-invalid` reports them with the number to write instead.
 * - An ambiguous number (0.95 typed into a cell without a % format, against a percentage) is scored
 *   at its likelier reading (95 %) and reported.
 * - Qualitative: the actual opens with a level word (grade/typed-actual.ts). A level alone scores at
 *   the top of 达成's band (100 %) and at the middle of the others (部分达成 70 %, 未达成 30 %). A
 *   level followed by a share (`部分达成 75%`, `部分达成75`) scores that share of the weight;
 *   `7.5分` is points. A share outside its level's band is clamped into it (and reported as an
 *   error by `indicator.qualitative-share`).
 * - Item scores keep full precision; only the total is rounded (to 2 decimals) before grading.
 * - A table is scored once one indicator has a score or the 预算执行率 can be worked out (as the
 *   sheet's 总分 formula shows a total once one of its cells holds a number).
 * - `execution.rate` is a ratio (1.05 = 105 %).
 */
import type { IndicatorRow, ProjectTable } from '../model/project-table';
import type { IndicatorValue } from '../parse/indicator-value';
import type { Grade } from '../model/department-table';
import type { Profile } from '../profile/profile-schema';
import { normalizeLabel, compactText, displayText } from '../text';
import { isUnusedRow } from '../rules/required-fields';
import { NUMBER_SOURCE, tidy, toNumber } from '../parse/quantity';
import { formatNumber, parseActualWithUnit, type ActualReading } from './actual-value';
import { readQualitative, readTypedQuantity, type QualitativeActual, type QualitativeLevel } from './typed-actual';

export type { QualitativeLevel } from './typed-actual';

export type Level1 = '产出' | '效益' | '满意度' | '成本';
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

export interface ProjectScore {
  total: number;
  grade: Grade;
  items: IndicatorScore[];
  /** `rate` is 全年执行数 / 预算数 as a ratio; `score` is the 预算执行率 points. */
  execution: { rate: number; score: number } | null;
  /** Every set indicator had an actual, and 全年执行数 was there. */
  complete: boolean;
}

/** The three first levels that carry weight; 成本 rows share 产出's. */
export type WeightedLevel = '产出' | '效益' | '满意度';
export const WEIGHTED_LEVELS: readonly WeightedLevel[] = ['产出', '效益', '满意度'];

/** Something about one row's actual that a rule reports. */
export type IndicatorIssue =
  | { kind: 'ambiguous'; reason: string; /** The likelier reading, on the 0–100 scale. */ value: number }
  | { kind: 'invalid'; reason: string }
  | { kind: 'share-out-of-band'; level: QualitativeLevel; share: number; low: number; high: number }
  | { kind: 'over-achievement'; ratio: number };

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

export interface ProjectAssessment {
  /** True when the table is being scored: an indicator has an actual, or 全年执行数 is given. */
  scoring: boolean;
  assessments: IndicatorAssessment[];
  /** How the weights were set: from the sheet's 权重 column, or by the profile's even split. */
  weighting: 'sheet' | 'even';
  /** First levels with no set indicator whose weight went to the others (even split only). */
  redistributed: { level: WeightedLevel; weight: number }[];
  execution: { rate: number; score: number } | null;
}

/** Scores the table, or null when nothing has been typed for year end (no actual, no 全年执行数). */
export function scoreProject(table: ProjectTable, profile: Profile): ProjectScore | null {
  const a = assessProject(table, profile);
  if (!a.scoring) return null;
  const items = a.assessments.map((x) => x.item);
  const sum = items.reduce((s, i) => s + (i.score ?? 0), 0) + (a.execution?.score ?? 0);
  const total = round2(sum);
  const complete = a.execution !== null && a.assessments.every((x) => x.actualText !== '');
  return { total, grade: gradeOf(total, profile), items, execution: a.execution, complete };
}

export function gradeOf(total: number, profile: Profile): Grade {
  const t = profile.gradeThresholds;
  if (total >= t.优) return '优';
  if (total >= t.良) return '良';
  if (total >= t.中) return '中';
  return '差';
}

/** Rounds half away from zero to 2 decimals, without binary noise (89.995 → 90). */
export function round2(n: number): number {
  return Math.round(tidy(n * 100)) / 100;
}

/**
 * Everything the score, the year-end rules and the write plan need, row by row. The engine, five
 * rules and the plan all ask for it per table, so it is worked out once per table and profile.
 */
export function assessProject(table: ProjectTable, profile: Profile): ProjectAssessment {
  const hit = assessed.get(table);
  if (hit && hit.profile === profile) return hit.assessment;
  const assessment = computeAssessment(table, profile);
  assessed.set(table, { profile, assessment });
  return assessment;
}

const assessed = new WeakMap<ProjectTable, { profile: Profile; assessment: ProjectAssessment }>();

function computeAssessment(table: ProjectTable, profile: Profile): ProjectAssessment {
  const rows = table.indicators
    .map((indicator) => ({ indicator, level1: level1Of(indicator) }))
    .filter((r): r is { indicator: IndicatorRow; level1: Level1 } => r.level1 !== null && isSet(r.indicator));

  const sheetWeights = rows.map((r) => parseWeight(r.indicator.weight?.value ?? ''));
  const useSheet = rows.length > 0 && sheetWeights.every((w) => w !== null);
  const redistributed: ProjectAssessment['redistributed'] = [];
  const levelWeight = new Map<WeightedLevel, number>();
  if (!useSheet) {
    const base: Record<WeightedLevel, number> = { 产出: profile.weights.output, 效益: profile.weights.effect, 满意度: profile.weights.satisfaction };
    const present = WEIGHTED_LEVELS.filter((l) => rows.some((r) => pool(r.level1) === l));
    const missing = WEIGHTED_LEVELS.filter((l) => !present.includes(l));
    const presentSum = present.reduce((s, l) => s + base[l], 0);
    const missingSum = missing.reduce((s, l) => s + base[l], 0);
    for (const l of missing) if (present.length > 0) redistributed.push({ level: l, weight: base[l] });
    for (const l of present) levelWeight.set(l, presentSum > 0 ? base[l] + (missingSum * base[l]) / presentSum : missingSum / present.length);
  }

  const assessments = rows.map((r, i) => {
    const count = rows.filter((o) => pool(o.level1) === pool(r.level1)).length;
    const weight = useSheet ? (sheetWeights[i] ?? 0) : tidy((levelWeight.get(pool(r.level1)) ?? 0) / count);
    return assessIndicator(r.indicator, r.level1, weight, profile);
  });

  const execution = executionScore(table, profile);
  const scoring = assessments.some((x) => x.item.score !== null) || execution !== null;
  return { scoring, assessments, weighting: useSheet ? 'sheet' : 'even', redistributed, execution };
}

function pool(level: Level1): WeightedLevel {
  return level === '成本' ? '产出' : level;
}

/** 一级 of a row, from its 一级 cell, else from its 二级. */
export function level1Of(row: IndicatorRow): Level1 | null {
  const l1 = normalizeLabel(row.level1?.value ?? '');
  if (l1.includes('产出')) return '产出';
  if (l1.includes('效益')) return '效益';
  if (l1.includes('满意')) return '满意度';
  if (l1.includes('成本')) return '成本';
  const l2 = normalizeLabel(row.level2?.value ?? '');
  if (l2.includes('满意')) return '满意度';
  if (l2.includes('效益') || l2.includes('可持续')) return '效益';
  if (/经济成本|社会成本|生态环境成本|生态成本/u.test(l2)) return '成本';
  if (/数量|质量|时效|成本/u.test(l2)) return '产出';
  return null;
}

/**
 * A row the project sets, as opposed to one marked `无` (not set for this project) or one the
 * template left blank ({@link isUnusedRow}). A row with a 三级 but no 指标值 is set (and unscorable).
 */
export function isSet(row: IndicatorRow): boolean {
  const kind = row.value?.value.kind ?? 'empty';
  if (kind === 'not-set') return false;
  if (kind !== 'empty') return true;
  return !/^(?:无|暂无|[-—–/\\]+)$/u.test(compactText(row.level3?.value ?? '')) && !isUnusedRow(row);
}

const WEIGHT = new RegExp(`^(${NUMBER_SOURCE})(分|%)?$`, 'u');

/** A 权重/分值 cell as points: `10`, `10分`, `10%`; null when it is not one. */
export function parseWeight(text: string): number | null {
  const m = WEIGHT.exec(compactText(text));
  const n = m ? toNumber(m[1] ?? '') : null;
  return n !== null && n >= 0 ? n : null;
}

function executionScore(table: ProjectTable, profile: Profile): { rate: number; score: number } | null {
  const spent = table.execution?.value.wan ?? null;
  const budget = table.budget?.value.wan ?? null;
  if (spent === null || budget === null || !Number.isFinite(spent) || !Number.isFinite(budget) || budget <= 0) return null;
  const rate = tidy(Math.max(0, spent) / budget);
  return { rate, score: tidy(profile.weights.budgetExecution * Math.min(rate, 1)) };
}

/** A unit-less target whose 三级 names a rate is a percentage: `群众满意度 ≥90`. */
const RATE_NAME = /率|满意度|比例|占比/u;

export function expectsPercent(row: IndicatorRow, target: IndicatorValue): boolean {
  if (target.kind !== 'quantitative') return false;
  return target.unit === '%' || (target.unit === '' && RATE_NAME.test(row.level3?.value ?? ''));
}

/** Converts between the money units the domain uses (for suggestions); other units are taken as written. */
const UNIT_FACTORS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  万元: { 元: 1 / 10000 },
  元: { 万元: 10000, 万: 10000 },
};

function assessIndicator(row: IndicatorRow, level1: Level1, weight: number, profile: Profile): IndicatorAssessment {
  const target = row.value?.value ?? { kind: 'empty' as const };
  const targetText = displayText(row.value?.text ?? '');
  const percent = expectsPercent(row, target);
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
    const band = BANDS[q.level];
    const issues: IndicatorIssue[] = [];
    let share = q.share ?? band.alone;
    let reason = q.share === null
      ? `定性指标：${q.level}，未写比例，按${formatNumber(band.alone)}%计`
      : `定性指标：${q.level}，按${formatNumber(share)}%计`;
    if (share < band.low || share > band.high) {
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
    // Text: only the forms the sheet's 得分 formula reads (grade/typed-actual.ts).
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
  const value = tidy(reading.value * (UNIT_FACTORS[t.unit]?.[writtenUnit] ?? 1));
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

/** The share of the weight (in %) each level may score, and what a level alone scores. */
export const BANDS: Readonly<Record<QualitativeLevel, { low: number; high: number; alone: number }>> = {
  达成: { low: 80, high: 100, alone: 100 },
  部分达成: { low: 60, high: 80, alone: 70 },
  未达成: { low: 0, high: 60, alone: 30 },
};

/**
 * Reads a qualitative actual: a level, optionally followed by a share (`部分达成 75%`,
 * `部分达成75`: per cent of the weight) or points (`部分达成 7.5分`). Null when it names no level
 * or what follows is not a share; the forms are those of grade/typed-actual.ts.
 */
export function parseQualitativeActual(text: string, weight: number): QualitativeActual | null {
  return readQualitative(text, weight);
}
