import type { IndicatorAssessment } from '../../grade/project-score';
import { BANDS, expectsPercent } from '../../grade/project-score';
import type { Profile } from '../../profile/profile-schema';

/**
 * 得分 formulas: the scoring of grade/project-score.ts (财预〔2020〕10号) as Excel formulas that Excel
 * 2010, WPS and LibreOffice all evaluate (IF, AND, OR, MIN, MAX, ISNUMBER, SEARCH, ROUND, SUM,
 * COUNT, IFERROR, VALUE, MID, SUBSTITUTE, TRIM), so the sheet keeps scoring with the add-in closed.
 * The 实际完成值 cell of a percentage target is formatted `0%`: Excel stores 95% as 0.95, hence ×100.
 */

/** Numbers in formulas as Excel reads them: no exponent, no binary noise. */
function num(n: number): string {
  return String(Math.round(n * 1e10) / 1e10);
}

export function isPercentTarget(a: IndicatorAssessment): boolean {
  const target = a.indicator.value?.value;
  return target !== undefined && expectsPercent(a.indicator, target);
}

/** The 得分 of one indicator row, or null when it has no target a formula can score. */
export function indicatorScoreFormula(a: IndicatorAssessment, actualRef: string): string | null {
  const target = a.indicator.value?.value;
  const w = num(a.item.weight);
  const blank = `${actualRef}=""`;
  if (target?.kind === 'qualitative') return qualitativeFormula(actualRef, a.item.weight);
  if (target?.kind !== 'quantitative') return null;
  const x = isPercentTarget(a) ? `(${actualRef}*100)` : actualRef;
  const t = target.number;
  const T = num(t);
  const numeric = (body: string) => `IF(${blank},"",IF(ISNUMBER(${actualRef}),${body},""))`;
  if (target.direction === 'reverse') {
    if (t > 0) return numeric(`IF(${x}<=${T},${w},IF(${x}>=${num(2 * t)},0,${w}*(1-(${x}-${T})/${T})))`);
    return numeric(`IF(${x}<=${T},${w},0)`);
  }
  if (target.direction === 'equal' && t === 0) return numeric(`IF(${x}<=0,${w},0)`);
  if (t > 0) return numeric(`IF(${x}>=${T},${w},${w}*MAX(0,${x})/${T})`);
  return numeric(`IF(${x}>=${T},${w},0)`);
}

/**
 * A qualitative 得分 from a level word, optionally followed by a share (`部分达成 75%`): alone, the
 * level scores as grade/project-score.ts says (达成 100 %, 部分达成 70 %, 未达成 30 %); a share is
 * clamped into the level's band. `未达成` and `部分达成` are tested before `达成`, which both contain.
 */
function qualitativeFormula(ref: string, weight: number): string {
  const w = num(weight);
  const level = (word: string, band: { low: number; high: number; alone: number }, otherwise: string) => {
    const share = `IFERROR(VALUE(SUBSTITUTE(SUBSTITUTE(TRIM(MID(${ref},SEARCH("${word}",${ref})+${word.length},20)),"%",""),"％","")),${band.alone})`;
    return `IF(ISNUMBER(SEARCH("${word}",${ref})),${w}*MIN(${band.high},MAX(${band.low},${share}))/100,${otherwise})`;
  };
  return `IF(${ref}="","",${level('未达成', BANDS.未达成, level('部分达成', BANDS.部分达成, level('达成', BANDS.达成, '""')))})`;
}

/** 预算执行率 = 全年执行数 / 预算数. */
export function executionRateFormula(executionRef: string, budgetRef: string): string {
  return `IF(OR(${executionRef}="",NOT(ISNUMBER(${budgetRef}))),"",IF(${budgetRef}<=0,"",MAX(0,${executionRef})/${budgetRef}))`;
}

/** 预算执行率得分 = weight × min(rate, 1). */
export function executionScoreFormula(rateRef: string, weight: number): string {
  return `IF(${rateRef}="","",${num(weight)}*MIN(${rateRef},1))`;
}

/** 总分: the sum of the scores given so far, to 2 decimals; empty until one is. */
export function totalFormula(scoreRefs: string[]): string {
  if (scoreRefs.length === 0) return '""';
  const list = scoreRefs.join(',');
  return `IF(COUNT(${list})=0,"",ROUND(SUM(${list}),2))`;
}

/** 等级 from 总分 by the profile's thresholds (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差). */
export function gradeFormula(totalRef: string, t: Profile['gradeThresholds']): string {
  return `IF(${totalRef}="","",IF(${totalRef}>=${num(t.优)},"优",IF(${totalRef}>=${num(t.良)},"良",IF(${totalRef}>=${num(t.中)},"中","差"))))`;
}
