/**
 * What an indicator's name says it measures: a rate (asks for %), a count (asks for 次, 人, 个), an
 * amount, or nothing in particular. The only place the engine tells a rate or a count from a name:
 * extract records the answer on every indicator row, and the rules, the score, the band checks and
 * the write plan read it from there.
 */
import { compactText } from '../text';
import { COUNT_UNITS, PERCENT_UNITS, normalizeUnit, readMoneyUnit } from './units';
import { PUNCTUATION_OR_SYMBOL } from './char-classes';

export type MeasureKind = 'rate' | 'count' | 'amount' | 'other';

export interface NameMeasure {
  kind: MeasureKind;
  /** Ends in `…率` (or declares `(%)`): the names a reviewer insists on seeing in %. */
  strictRate: boolean;
  /** Names a satisfaction (`…满意度`, `…满意率`). */
  satisfaction: boolean;
  /** A unit the name declares in brackets at its end: `经费使用率(%)` → `%`, `巡查次数（次）` → `次`. */
  declaredUnit: string;
  /** The unit a count name implies, for examples: `对企业巡查督导次数` → `次`; `个` when it says none. */
  countUnit: string;
  /** The name without trailing punctuation and without its declared unit, compacted. */
  name: string;
}

const TRAILING_PUNCTUATION = /[。.，,；;、:：]+$/u;
const DECLARED_UNIT = /\(([^()]{1,6})\)$/u;
/** `…率` but not 频率, 功率, 速率, 汇率, which have units of their own. */
const STRICT_RATE = /(?:^|[^频功速汇])率$/u;
const OTHER_RATE = /(?:满意|覆盖|知晓|达标)度$|(?:占比|比例|比重)$/u;
const SATISFACTION = /满意[度率]/u;
/** A name speaking of the service users' approval: what a 满意度 indicator must be about. */
const APPROVAL = /满意|认可|评价|好评|认同|投诉/u;
/** Money put in or paid out (资金拨付率, 预算执行率, 投入资金): an input, never an output. */
const FUNDS_INPUT = /(?:资金|经费|预算|财政|补助|补贴|款项)(?:拨付|支付|到位|执行|使用|下达|兑付)(?:率|进度|及时率|情况)?$|预算执行率|资金执行率|(?:投入|到位)资金$/u;

const COUNT_SUFFIXES: readonly (readonly [RegExp, string])[] = [
  [/人次$/u, '人次'],
  [/场次$/u, '场次'],
  [/批次$/u, '批'],
  [/次数$/u, '次'],
  [/人数$/u, '人'],
  [/户数$/u, '户'],
  [/件数$/u, '件'],
  [/项数$/u, '项'],
  [/家数$/u, '家'],
  [/天数$/u, '天'],
  [/亩数$/u, '亩'],
  [/面积$/u, '平方米'],
  [/金额$/u, '万元'],
];
/** `…数`, `…数量`, but not 指数, 系数, 分数, 倍数 and the like. */
const COUNT_NAME = /数量?$/u;
const NOT_A_COUNT = /(?:指|系|倍|参|函|基|多|少|无|岁|分|均)数$/u;

/** An average or a per-unit figure (人均, 亩均, 平均, 每户): it does not add up over the years. */
const AVERAGE = /均|每/u;

const cache = new Map<string, NameMeasure>();
const CACHE_LIMIT = 20_000;

/** True when a 满意度 name says whose approval it measures (受益群众满意度, 服务对象认可度). */
export function speaksOfApproval(name: string): boolean {
  return APPROVAL.test(compactText(name));
}

/** True when a name measures money put in or paid out rather than what it buys. */
export function measuresFundsInput(name: string): boolean {
  return FUNDS_INPUT.test(compactText(name));
}

/** True when a name speaks of an average or a per-unit figure rather than a total. */
export function namesAnAverage(name: string): boolean {
  return AVERAGE.test(compactText(name));
}

/** Words that say how a thing is measured, not what: `工作完成率`, `工作完成数量` and `工作` name one thing. */
const MEASURE_WORDS = new RegExp(`完成|数量|次数|人数|个数|情况|程度|水平|[率数的]|[${PUNCTUATION_OR_SYMBOL}\\s]`, 'gu');

/** What a name measures, without the words that say how (for telling two indicators of one thing). */
export function measuredThing(name: string): string {
  return compactText(name).replace(MEASURE_WORDS, '');
}

/** Reads a 三级 (or a department 绩效指标) name. */
export function measureOfName(text: string): NameMeasure {
  let hit = cache.get(text);
  if (hit === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    hit = read(text);
    cache.set(text, hit);
  }
  return hit;
}

function read(text: string): NameMeasure {
  let name = compactText(text).replace(TRAILING_PUNCTUATION, '');
  let declaredUnit = '';
  const bracket = DECLARED_UNIT.exec(name);
  if (bracket) {
    declaredUnit = normalizeUnit(bracket[1] ?? '');
    name = name.slice(0, bracket.index).replace(TRAILING_PUNCTUATION, '');
  }
  const suffix = COUNT_SUFFIXES.find(([re]) => re.test(name));
  const countUnit = suffix?.[1] ?? '个';
  const satisfaction = SATISFACTION.test(name);
  const strictRate = STRICT_RATE.test(name) || declaredUnit === '%';
  let kind: MeasureKind = 'other';
  if (declaredUnit !== '') {
    if (PERCENT_UNITS.has(declaredUnit)) kind = 'rate';
    else if (COUNT_UNITS.has(declaredUnit)) kind = 'count';
    else if (readMoneyUnit(declaredUnit) !== null) kind = 'amount';
  } else if (strictRate || OTHER_RATE.test(name) || satisfaction) {
    kind = 'rate';
  } else if (suffix?.[1] === '万元') {
    kind = 'amount';
  } else if (suffix || (COUNT_NAME.test(name) && !NOT_A_COUNT.test(name))) {
    kind = 'count';
  }
  return { kind, strictRate, satisfaction, declaredUnit, countUnit, name };
}
