/**
 * Year-end assessment of a project or self-evaluation table (绩效自评, domain.md §4.2, 财预〔2020〕10号
 * as practised by the budget systems): every scored row's weight, score and issues, and the
 * 预算执行率. The rules check it, grade/ totals it, and the write plan writes it as formulas.
 *
 * Decisions beyond §4.2, in one place:
 * - Rows scored: the set rows (extract's `status`) of the year's grid (a 中期, 长期 or 实施期 grid sets
 *   multi-year targets and is not scored at year end) whose 一级 is known (extract's `level1.name`:
 *   from the 一级 cell, else the 二级). 成本指标 shares 产出's weight.
 * - Weights: when every scored row prints a 分值/权重, those are the points as written; else when
 *   every first level's cell prints its points (`产出指标（50分）`), those are split evenly over its
 *   rows; else each first level takes the profile's weight (50/30/10) split evenly over its rows, and
 *   a first level without a set row gives its weight to the others in proportion to theirs.
 *   预算执行率 keeps its own weight: the 项目资金 table's 分值 where printed, else the profile's (10);
 *   its share of that weight follows the profile (check/execution-share.ts).
 *   Sheet weights are never rescaled.
 * - Quantitative: the operator's direction decides; `>` and `<` score like `≥` and `≤`. A target of
 *   0 scores all or nothing; a negative target too. A negative actual counts as 0 against a positive
 *   target. A percentage against a non-percentage target (or the other way round) is not scored.
 * - Actuals written as text are scored only in the forms the sheet's 得分 formula reads
 *   (parse/typed-actual.ts); anything else is reported by `indicator.actual-invalid` with the
 *   number to write instead. An ambiguous bare 0.95 against a percentage is scored as 95 % and reported.
 * - Qualitative: a level alone scores at the top of 达成's band (100 %) and at the middle of the
 *   others (部分达成 70 %, 未达成 30 %); a share outside its level's band is clamped into it and reported.
 * - Item scores keep full precision; only the total is rounded (grade/project-score.ts).
 * - A table is being scored once one indicator has a score or the 预算执行率 can be worked out.
 * - `execution.rate` is a ratio (1.05 = 105 %).
 */
import type { Table } from '../model/table';
import type { IndicatorRow } from '../model/indicator-row';
import type { Profile } from '../profile/profile-schema';
import { tidy } from '../parse/quantity';
import { WEIGHTED_LEVELS, weightPool, type Level1, type WeightedLevel } from '../vocabulary';
import { assessIndicator, type IndicatorAssessment } from './assess-indicator';
import { executionShare } from './execution-share';

export interface ProjectAssessment {
  /** True when the table is being scored: an indicator has an actual, or 全年执行数 is given. */
  scoring: boolean;
  assessments: IndicatorAssessment[];
  /** How the weights were set: the rows' 分值, the 一级 cells' points, or the profile's even split. */
  weighting: 'sheet' | 'level' | 'even';
  /** First levels with no set indicator whose weight went to the others (even split only). */
  redistributed: { level: WeightedLevel; weight: number }[];
  execution: { rate: number; score: number; weight: number } | null;
}

/** Rows the year-end score counts: set rows of the year's grid, with a known 一级. */
export function scoredRows(table: Table): (IndicatorRow & { level1: { name: Level1 } })[] {
  const yearGrids = new Set(table.grids.map((g, i) => (g.period === null || g.period === 'annual' ? i : -1)));
  return table.indicators.filter((r): r is IndicatorRow & { level1: { name: Level1 } } =>
    r.status === 'set' && r.level1.name !== null && yearGrids.has(r.grid));
}

const assessed = new WeakMap<Table, { profile: Profile; assessment: ProjectAssessment }>();

/** Worked out once per table and profile: the engine, the rules and the plan all ask for it. */
export function assessProject(table: Table, profile: Profile): ProjectAssessment {
  const hit = assessed.get(table);
  if (hit && hit.profile === profile) return hit.assessment;
  const assessment = computeAssessment(table, profile);
  assessed.set(table, { profile, assessment });
  return assessment;
}

function computeAssessment(table: Table, profile: Profile): ProjectAssessment {
  const rows = scoredRows(table);
  const sheetWeights = rows.map((r) => r.weight?.value ?? null);
  const useSheet = rows.length > 0 && sheetWeights.every((w) => w !== null && w >= 0);
  const pools = WEIGHTED_LEVELS.filter((l) => rows.some((r) => weightPool(r.level1.name) === l));
  const cellWeights = new Map<WeightedLevel, number>();
  for (const r of rows) if (r.level1.weight !== null) cellWeights.set(weightPool(r.level1.name), r.level1.weight);
  const useLevels = !useSheet && pools.length > 0 && pools.every((l) => cellWeights.has(l));

  const redistributed: ProjectAssessment['redistributed'] = [];
  const levelWeight = new Map<WeightedLevel, number>(useLevels ? cellWeights : []);
  if (!useSheet && !useLevels) {
    const base: Record<WeightedLevel, number> = { 产出指标: profile.weights.output, 效益指标: profile.weights.effect, 满意度指标: profile.weights.satisfaction };
    const missing = WEIGHTED_LEVELS.filter((l) => !pools.includes(l));
    const presentSum = pools.reduce((s, l) => s + base[l], 0);
    const missingSum = missing.reduce((s, l) => s + base[l], 0);
    for (const l of missing) if (pools.length > 0) redistributed.push({ level: l, weight: base[l] });
    for (const l of pools) levelWeight.set(l, presentSum > 0 ? base[l] + (missingSum * base[l]) / presentSum : missingSum / pools.length);
  }
  const counts = new Map<WeightedLevel, number>();
  for (const r of rows) counts.set(weightPool(r.level1.name), (counts.get(weightPool(r.level1.name)) ?? 0) + 1);

  const assessments = rows.map((r, i) => {
    const pool = weightPool(r.level1.name);
    const weight = useSheet ? (sheetWeights[i] ?? 0) : tidy((levelWeight.get(pool) ?? 0) / (counts.get(pool) ?? 1));
    return assessIndicator(r, r.level1.name, weight, profile);
  });
  const execution = executionScore(table, profile);
  const scoring = assessments.some((x) => x.item.score !== null) || execution !== null;
  return { scoring, assessments, weighting: useSheet ? 'sheet' : useLevels ? 'level' : 'even', redistributed, execution };
}

/** 预算执行率 = 全年执行数 / 预算数 (全年预算数 in a self-evaluation); score = weight × the profile's share (min(rate, 1) by default). */
function executionScore(table: Table, profile: Profile): ProjectAssessment['execution'] {
  const spent = table.execution?.value.wan ?? null;
  const budget = table.budget?.value.wan ?? null;
  if (spent === null || budget === null || !Number.isFinite(spent) || !Number.isFinite(budget) || budget <= 0) return null;
  const weight = table.funds?.executionWeight ?? profile.weights.budgetExecution;
  const rate = tidy(Math.max(0, spent) / budget);
  return { rate, score: tidy(weight * executionShare(rate, profile)), weight };
}
