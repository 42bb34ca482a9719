/**
 * 得分, 预算执行率, 总分 and 等级 formulas: the year-end scoring of grade/project-score.ts
 * (财预〔2020〕10号) as Excel formulas, so a sheet keeps scoring itself when someone types an actual
 * value with the add-in closed. test/plan/formulas-recalc.test.ts recalculates them in LibreOffice
 * Calc and checks every cell against the engine.
 *
 * Functions: IF, IFERROR, AND, OR, ISNUMBER, MIN, MAX, ROUND, SUM, COUNT, CHOOSE, NA, VALUE, CLEAN,
 * SUBSTITUTE, LEFT, FIND: all in Excel 2010, WPS and LibreOffice. No LET, IFS, TEXTJOIN, dynamic
 * arrays or custom functions. The longest formula (a qualitative 得分) is about 4,000 characters and
 * nests about 50 functions deep (Excel's limits: 8,192 and 64).
 *
 * Where formula and engine agree (the inputs a person types into the cells as the plan formats them):
 * - 实际完成值 typed as a number. Against a percentage target the plan formats the cell `0%`, so
 *   95 % is stored as 0.95 and the formula reads ROUND(x*100,12) (the engine: tidy(x*100)).
 * - 实际完成值 typed as text, in the forms of parse/typed-actual.ts, which both sides implement
 *   from the same word lists: a plain number with the target's own unit (`274名`), or with `%`,
 *   `％` or `百分比` against a percentage target; for a qualitative target a level word (`达成`,
 *   `已完成`, `部分达成年度指标`, `基本完成`, `未完成`, …) optionally followed by a share
 *   (`部分达成 75%`, `部分达成（75）`) or points (`部分达成 7.5分`).
 * - Anything else makes the 得分 cell empty, and the engine gives that row no score and reports it
 *   (`indicator.actual-invalid`). To make that so, the engine was narrowed: it no longer scores
 *   approximations (`约95%`), comparison words (`≥95%`), other units (`643900元` against `万元`),
 *   full-width digits, thousands separators or a sign in text, nor a qualitative share followed by
 *   other words; its message gives the number to write instead.
 * - 总分 appears once one of its cells holds a number, as the engine scores a table once one
 *   indicator has a score or the 预算执行率 can be worked out; while some 实际完成值 cells are still
 *   empty it says `已填 n/m` (the engine reports the same count and no grade); then it is
 *   ROUND(SUM(…),2) like the engine's round2, and 等级 compares it with the profile's thresholds.
 * - 预算执行率 = 全年执行数 / 预算数, both numbers in the table's money unit; score = weight × MIN(rate, 1),
 *   or by the profile's steps (江西), as check/execution-share.ts.
 *
 * Where they can differ (not the cells as the plan formats them):
 * - A cell whose format someone changed: a number typed into a percentage target's cell after its
 *   `0%` format was removed (the engine reads a bare 95 as 95 %, the formula as 9500 %), or `95%`
 *   typed into a count's cell (Excel stores 0.95 and formats it `0%`: the engine reports a
 *   percentage against a count, the formula scores 0.95). A formula cannot see a cell's format
 *   without CELL("format"), which Excel treats as volatile (every workbook would ask to be saved).
 * - VALUE follows the system's decimal separator: the formulas assume `.` (Chinese locales).
 * - 预算数 or 全年执行数 written as text (`64.39万元`): the engine reads it, the formula does not
 *   (the rate stays empty) unless `budgetFallback` gives the budget the check read.
 */
import type { IndicatorAssessment } from '../../check/assess-indicator';
import {
  LEVEL_WORDS, PERCENT_SIGNS, POINTS_MASKS, POINTS_WORD, QUALITATIVE_BANDS, SHARE_NOISE, SPACES, type QualitativeLevel,
} from '../../parse/typed-actual';
import type { Profile } from '../../profile/profile-schema';
import { stepsFromTop } from '../../check/execution-share';
import { FILLED_PREFIX } from '../../vocabulary';

/**
 * A number as a formula literal that reads back as the same double (so the formula computes with
 * the engine's very weights and targets); no exponent unless the number needs one.
 */
function num(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  const fixed = n.toFixed(20).replace(/\.?0+$/, '');
  return Number(fixed) === n ? fixed : s.toUpperCase();
}

/** A string literal. */
function str(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** SUBSTITUTE(text, word, "") for each word in turn, as parse/typed-actual.ts's removeAll. */
function removeAll(text: string, words: readonly string[]): string {
  return words.reduce((t, w) => `SUBSTITUTE(${t},${str(w)},"")`, text);
}

/** parse/typed-actual.ts's cellText: CLEAN, then no spaces. */
function cellText(ref: string): string {
  return removeAll(`CLEAN(${ref})`, SPACES);
}

/** VALUE of a plain number (digits, at most one `.`), else #N/A: readPlainNumber. */
function plainNumber(core: string): string {
  const digits = removeAll(core, ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.']);
  // VALUE rejects ``, `.` and a second `.`, as readPlainNumber does.
  return `IF(${digits}="",VALUE(${core}),NA())`;
}

export function isPercentTarget(a: IndicatorAssessment): boolean {
  return a.percent;
}

/** Empty when the cell is; empty on any error (text that is not a form the engine scores). */
function guarded(ref: string, body: string): string {
  return `IFERROR(IF(${ref}="","",${body}),"")`;
}

/**
 * The 得分 of one indicator row, or null when it has no target a formula can score. `weightRef`,
 * the row's own 分值 cell (a self-evaluation's), makes the weight live as well.
 */
export function indicatorScoreFormula(a: IndicatorAssessment, actualRef: string, weightRef?: string): string | null {
  const target = a.indicator.value?.value;
  const weight = a.item.weight;
  if (target?.kind === 'qualitative') return guarded(actualRef, qualitativeScore(actualRef, weight, weightRef));
  if (target?.kind !== 'quantitative') return null;
  const w = weightRef ?? num(weight);
  const t = target.number;
  const T = num(t);
  const x = actualValue(actualRef, isPercentTarget(a), target.unitText);
  // The branches of check/assess-indicator.ts's assessIndicator, each reading the actual once.
  let body: string;
  if (target.direction === 'reverse') {
    // x ≤ t: 1; x ≥ 2t: 0; else 1 − (x − t)/t.
    body = t > 0 ? `${w}*MAX(0,MIN(1,1-(${x}-${T})/${T}))` : `IF(${x}<=${T},${w},0)`;
  } else if (target.direction === 'equal' && t === 0) {
    body = `IF(${x}<=0,${w},0)`;
  } else {
    // x ≥ t: 1; else max(0, x)/t.
    body = t > 0 ? `${w}*MIN(1,MAX(0,${x})/${T})` : `IF(${x}>=${T},${w},0)`;
  }
  return guarded(actualRef, body);
}

/**
 * A quantitative actual on the target's scale: a number as typed (×100 in a percentage target's
 * `0%` cell), or text in the forms of typed-actual.ts's readTypedQuantity; #N/A otherwise.
 */
function actualValue(ref: string, percent: boolean, unitText: string): string {
  const s = cellText(ref);
  if (percent) {
    const core = removeAll(s, PERCENT_SIGNS);
    return `IF(ISNUMBER(${ref}),ROUND(${ref}*100,12),IF(${core}=${s},NA(),${plainNumber(core)}))`;
  }
  const core = unitText === '' ? s : removeAll(s, [unitText]);
  return `IF(ISNUMBER(${ref}),${ref},${plainNumber(core)})`;
}

/**
 * A qualitative 得分 as typed-actual.ts's readQualitative and project-score.ts read it: the level
 * from the words the text opens with; the share from what is left once SHARE_NOISE is removed
 * (nothing: the level's `alone`; points when a `分` remains); clamped into the level's band.
 */
function qualitativeScore(ref: string, weight: number, weightRef?: string): string {
  const c = cellText(ref);
  // A level's words of one length k are tested at once: FIND("|"&LEFT(c,k)&"|", "|w1|w2|").
  const opens = (words: readonly string[]) => {
    const lengths = [...new Set(words.map((w) => w.length))];
    const tests = lengths.map((k) => `ISNUMBER(FIND("|"&LEFT(${c},${k})&"|",${str(`|${words.filter((w) => w.length === k).join('|')}|`)}))`);
    return tests.length === 1 ? (tests[0] as string) : `OR(${tests.join(',')})`;
  };
  const index = LEVEL_WORDS.reduceRight((otherwise, l, i) => `IF(${opens(l.words)},${i + 1},${otherwise})`, 'NA()');
  const pick = (field: 'low' | 'high' | 'alone') =>
    `CHOOSE(${index},${LEVEL_WORDS.map((l) => num(QUALITATIVE_BANDS[l.level as QualitativeLevel][field])).join(',')})`;
  const rest = removeAll(c, SHARE_NOISE);
  const points = `ISNUMBER(FIND(${str(POINTS_WORD)},${removeAll(c, POINTS_MASKS)}))`;
  const w = weightRef ?? num(weight);
  // Points are a share of the weight: n / (weight / 100), or 0 when the weight is 0.
  const perPoint = weightRef ? `IF(${weightRef}>0,${weightRef}/100,NA())` : num(weight / 100);
  const shareOf = weight > 0 || weightRef ? `VALUE(${rest})/IF(${points},${perPoint},1)` : `VALUE(${rest})*IF(${points},0,1)`;
  const digits = removeAll(rest, ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.']);
  const share = `IF(${rest}="",${pick('alone')},IF(${digits}="",${shareOf},NA()))`;
  return `${w}*MIN(${pick('high')},MAX(${pick('low')},${share}))/100`;
}

/**
 * 预算执行率 = 全年执行数 / 预算数 (both in the table's money unit), empty until 全年执行数 is a
 * number. `budgetFallback`, the 预算数 the check read in the same unit, stands in for a budget cell
 * that holds text (`64.39万元`).
 */
export function executionRateFormula(executionRef: string, budgetRef: string, budgetFallback?: number | null): string {
  const budget = budgetFallback === undefined || budgetFallback === null
    ? budgetRef
    : `IF(ISNUMBER(${budgetRef}),${budgetRef},${num(budgetFallback)})`;
  return `IFERROR(IF(ISNUMBER(${executionRef}),IF(${budget}>0,MAX(0,${executionRef})/${budget},""),""),"")`;
}

/**
 * The share of its weight a 预算执行率 earns, as check/execution-share.ts's executionShare: MIN(rate, 1),
 * or nested IFs over the profile's steps from the highest rate down (the rate in %, rounded as tidy).
 */
export function executionShareFormula(rate: string, scoring: Profile['budgetExecution']): string {
  if (scoring.scoring === 'linear') return `MIN(${rate},1)`;
  const percent = `ROUND(${rate}*100,10)`;
  return stepsFromTop(scoring.steps).reduceRight((otherwise, s) => `IF(${percent}>=${num(s.minPercent)},${num(s.sharePercent / 100)},${otherwise})`, '0');
}

/** 预算执行率得分 = weight × the profile's share of it (min(rate, 1) by default). */
export function executionScoreFormula(rateRef: string, weight: number, scoring: Profile['budgetExecution']): string {
  return `IF(ISNUMBER(${rateRef}),${num(weight)}*${executionShareFormula(rateRef, scoring)},"")`;
}

/**
 * 总分: empty until a score is given; `已填 1/9` while some of the rows' 实际完成值 cells are still
 * empty (a partial sum would grade the table 差); then the sum, to 2 decimals.
 */
export function totalFormula(scoreRefs: string[], actualRefs: string[]): string {
  if (scoreRefs.length === 0) return '""';
  const list = scoreRefs.join(',');
  const sum = `ROUND(SUM(${list}),2)`;
  if (actualRefs.length === 0) return `IF(COUNT(${list})=0,"",${sum})`;
  // Not COUNTA: a cell holding only spaces counts as empty, as it does for the engine.
  const typed = `(${actualRefs.map((r) => `(${cellText(r)}<>"")`).join('+')})`;
  return `IF(COUNT(${list})=0,"",IF(${typed}<${actualRefs.length},"${FILLED_PREFIX}"&${typed}&"/${actualRefs.length}",${sum}))`;
}

/** 等级 from 总分 by the profile's thresholds (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差). */
export function gradeFormula(totalRef: string, t: Profile['gradeThresholds']): string {
  return `IF(ISNUMBER(${totalRef}),IF(${totalRef}>=${num(t.优)},"优",IF(${totalRef}>=${num(t.良)},"良",IF(${totalRef}>=${num(t.中)},"中","差"))),"")`;
}

/**
 * A self-evaluation's 核算总分: the sum of its rows' 核算得分 and the 预算执行率 score over the 项目资金
 * cells (分值 × the profile's share of 全年执行数 / 全年预算数), to 2 decimals; empty until one row is scored.
 */
export function selfTotalFormula(
  scoreRefs: string[], funds: { executed: string | null; budget: string | null; weight: string | null }, weight: number,
  scoring: Profile['budgetExecution'],
): string {
  const w = funds.weight ? `IF(ISNUMBER(${funds.weight}),${funds.weight},${num(weight)})` : num(weight);
  const execution = funds.executed && funds.budget
    ? `IFERROR(IF(AND(ISNUMBER(${funds.executed}),${funds.budget}>0),${w}*${executionShareFormula(`MAX(0,${funds.executed})/${funds.budget}`, scoring)},0),0)`
    : '0';
  if (scoreRefs.length === 0) return '""';
  const list = scoreRefs.join(',');
  return `IF(COUNT(${list})=0,"",ROUND(SUM(${list})+${execution},2))`;
}
