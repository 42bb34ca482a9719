/**
 * Shared reading of 指标值 rows for the `indicator.*` value rules: which rows carry a target, what
 * kind of indicator a row is, what its 三级 name asks for, and where its unit is written.
 */
import type { IndicatorRow, ProjectTable } from '../model/project-table';
import type { Located } from '../model/located';
import type { IndicatorValue } from '../parse/indicator-value';
import { PREFIX_SOURCE, SUFFIX_SOURCE } from '../parse/quantity';
import { normalizeText, compactText } from '../text';
import { setIndicators } from './indicator-set-rows';
import type { Level1 } from './indicator-taxonomy-table';

export interface ValueRow {
  row: IndicatorRow;
  /** The 指标值 cell; never empty, a placeholder or `无` here. */
  cell: Located<IndicatorValue>;
  level1: Level1 | null;
  /** Canonical 二级 (`数量指标`), or '' when the form has no 二级 column. */
  level2: string;
  /** 三级 compacted, without a trailing full stop or unit bracket (`服务及时性(％)` → `服务及时性`); '' when absent. */
  name: string;
  /** The 三级 cell as written, for messages. */
  nameText: string;
  /** A unit the 三级 name gives in brackets: `经费使用率(%)` → `%`. */
  nameUnit: string;
  /** 三级 and 绩效指标描述 together, compacted, for keyword tests. */
  words: string;
}

const TRAILING_PUNCTUATION = /[。.，,；;、:：]+$/u;
const NAME_UNIT = /\(([^()]{1,6})\)$/u;

/**
 * Rows that set a target, in a form that has a 指标值 column: not left blank, not `无`, and not
 * empty or template text (required.* report those).
 */
/** Every indicator rule reads the same rows of the same table: read them once. */
const cache = new WeakMap<ProjectTable, ValueRow[]>();

export function valueRows(table: ProjectTable): ValueRow[] {
  let rows = cache.get(table);
  if (!rows) {
    rows = readValueRows(table);
    cache.set(table, rows);
  }
  return rows;
}

function readValueRows(table: ProjectTable): ValueRow[] {
  if (!table.fields.includes('value')) return [];
  const out: ValueRow[] = [];
  for (const { row, level1, level2 } of setIndicators(table)) {
    const cell = row.value;
    if (!cell || cell.value.kind === 'empty' || cell.value.kind === 'placeholder' || cell.value.kind === 'not-set') continue;
    const level3 = table.fields.includes('level3') ? row.level3 : null;
    let name = compactText(level3?.value ?? '').replace(TRAILING_PUNCTUATION, '');
    let nameUnit = '';
    const bracket = NAME_UNIT.exec(name);
    if (bracket) {
      nameUnit = percentOrSelf(bracket[1] ?? '');
      name = name.slice(0, bracket.index).replace(TRAILING_PUNCTUATION, '');
    }
    out.push({
      row,
      cell,
      level1: table.fields.includes('level1') ? level1 : null,
      level2: table.fields.includes('level2') ? level2 : '',
      name,
      nameText: level3?.value ?? '',
      nameUnit,
      words: compactText(`${level3?.value ?? ''} ${row.description?.value ?? ''}`),
    });
  }
  return out;
}

function percentOrSelf(unit: string): string {
  return unit === '百分比' || unit === '%' || unit === '％' ? '%' : unit;
}

export function isSatisfaction(v: ValueRow): boolean {
  return v.level1 === '满意度指标' || v.level2.includes('满意度') || /满意[度率]/u.test(v.name);
}

/** A rate: `…率` (but not 频率, 功率, 速率, 汇率, which have units of their own), `…满意度`, `…覆盖度`, or `(%)` in the name. */
export function isRateName(v: ValueRow): boolean {
  return /(?<![频功速汇])率$|(?:满意|覆盖|知晓|达标)度$/u.test(v.name) || v.nameUnit === '%';
}

/** `…率` strictly, the names a reviewer expects in %. */
export function isStrictRateName(v: ValueRow): boolean {
  return /(?<![频功速汇])率$/u.test(v.name) || v.nameUnit === '%';
}

const COUNT_UNITS: readonly [RegExp, string][] = [
  [/人次$/u, '人次'],
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

/** A count or an amount: `…次数`, `…人数`, `…数量`, `整改问题数`, `…金额`, `…面积`; not `幸福指数`. */
export function isCountName(v: ValueRow): boolean {
  if (COUNT_UNITS.some(([re]) => re.test(v.name))) return true;
  return /数量?$/u.test(v.name) && !/(?:指|系|倍|参|函|基|多|少|无|岁|分)数$/u.test(v.name);
}

/** The unit a count name implies, for examples in messages: `对企业巡查督导次数` → `次`. */
export function countUnitOf(v: ValueRow): string {
  return COUNT_UNITS.find(([re]) => re.test(v.name))?.[1] ?? '个';
}

/** An example target for a row, for messages: `≥95%` for a rate, `≥10次` for a count. */
export function exampleTarget(v: ValueRow): string {
  if (isSatisfaction(v)) return '≥90%';
  if (isRateName(v)) return '≥95%';
  return `≥10${countUnitOf(v)}`;
}

const CN_DIGIT = '零〇一二两三四五六七八九十';
/** `每季度一次`, `全年两次`, `百分之九十`: numbers written in words are numbers too. */
const CN_MEASURE = new RegExp(
  `百分之[${CN_DIGIT}百]+|[${CN_DIGIT}百千万]*[${CN_DIGIT}][${CN_DIGIT}百千万]*(?:次|个|人|名|户|项|件|批|场|期|所|座|处|套|间|天|日|周|月|季度|年|小时|万元|元|亩|公里|米)`,
  'u',
);
/** Item numbers (`1、…；2、…`) and ages (`60岁以上`) are digits that measure nothing. */
const NOT_A_MEASURE = /(?:^|[；;。，,、\s])\d{1,2}[、.)](?!\d)|\d+周?岁/gu;

/** True when the text gives a number (in digits or words) that could be checked at year end. */
export function hasNumber(text: string): boolean {
  const t = normalizeText(text).replace(NOT_A_MEASURE, ' ');
  return /\d/u.test(t) || CN_MEASURE.test(t);
}

/** Units seen in 指标值 cells; a value that is only one of these (and maybe an operator) has no number. */
const KNOWN_UNITS: ReadonlySet<string> = new Set([
  '%', '％', '‰', '百分比', '百分点', '个百分点', '千分比',
  '次', '人次', '个', '人', '名', '户', '家', '项', '件', '座', '处', '套', '间', '台', '辆', '张', '本', '册', '份',
  '场', '期', '批', '所', '条', '只', '头', '株', '棵', '篇', '部', '支', '组', '村', '元', '万元', '亿元', '万',
  '亩', '公顷', '平方米', '㎡', '米', '公里', '千米', '吨', '天', '日', '周', '月', '年', '小时', '分钟', '季度',
]);
const UNIT_ONLY = new RegExp(`^(?:${PREFIX_SOURCE})?(.+?)(?:${SUFFIX_SOURCE})?$`, 'u');

/** The unit of a value that is nothing but a unit (`百分比`, `≥%`, `次`); null otherwise. */
export function unitOnly(text: string): string | null {
  const middle = UNIT_ONLY.exec(compactText(text))?.[1] ?? '';
  return KNOWN_UNITS.has(middle) ? middle : null;
}

export interface Unquantified {
  /** A reviewer would insist on a number: an error, not a warning. */
  strict: boolean;
  reason: string;
  example: string;
  /** For a rate or count name answered with words: what the name asks for. */
  measure?: '比率' | '数量';
}

/**
 * Why a written value needs a number it does not have, or null. Strict: only a unit was written;
 * or a 数量指标, a 满意度 indicator, or a rate or count named under 质量/时效 was answered with
 * words. A rate or count named under 效益 or 成本 answered with words is not strict: those
 * sentences are often what the local template expects.
 */
export function unquantified(v: ValueRow): Unquantified | null {
  if (v.cell.value.kind !== 'qualitative') return null;
  const text = v.cell.value.text;
  const unit = unitOnly(text);
  if (unit !== null) {
    const percent = percentOrSelf(unit) === '%';
    return { strict: true, reason: `只写了单位“${unit}”`, example: percent ? (isSatisfaction(v) ? '≥90%' : '≥95%') : `≥10${unit}` };
  }
  if (hasNumber(text)) return null;
  const example = exampleTarget(v);
  if (v.level2 === '数量指标') return { strict: true, reason: '数量指标必须写明数量', example };
  if (isSatisfaction(v)) return { strict: true, reason: '满意度指标应写明百分比', example: '≥90%' };
  const rate = isRateName(v);
  if (!rate && !isCountName(v)) return null;
  const strict = v.level2 === '质量指标' || v.level2 === '时效指标';
  const measure = rate ? '比率' : '数量';
  return { strict, reason: `三级指标“${v.nameText.trim()}”是${measure}，应写明数值`, example, measure };
}

/** Where a row's unit is typed: its own 计量单位 cell when the form has one, else the value cell. */
export interface UnitPlace {
  cell: { row: number; col: number; text: string };
  /** The cell holds the unit alone. */
  unitCell: boolean;
}

export function unitPlace(v: ValueRow): UnitPlace {
  const unit = v.row.unit;
  if (unit && /\d$/u.test(normalizeText(v.cell.text))) return { cell: unit, unitCell: true };
  return { cell: v.cell, unitCell: false };
}

/** A unit fix: the cell to change, its new text, and the value as it will then read (for messages). */
export interface UnitFix {
  cell: UnitPlace['cell'];
  suggestion: string;
  reads: string;
}

/**
 * The cell text with the value's unit replaced by `to`: `≥12次数` → `≥12次`. Null when the unit as
 * read cannot be found in the text.
 */
export function replaceUnit(v: ValueRow, to: string): UnitFix | null {
  if (v.cell.value.kind !== 'quantitative') return null;
  const place = unitPlace(v);
  if (place.unitCell) return { cell: place.cell, suggestion: to, reads: `${v.cell.text.trim()}${to}` };
  const from = v.cell.value.unitText;
  for (const base of [v.cell.text.trim(), compactText(v.cell.text)]) {
    const at = from === '' ? -1 : base.lastIndexOf(from);
    if (at < 0) continue;
    const suggestion = base.slice(0, at) + to + base.slice(at + from.length);
    return { cell: place.cell, suggestion, reads: suggestion };
  }
  return null;
}

/** The cell text with `unit` written after its last number: `≥90` → `≥90%`, `90以上` → `90%以上`. */
export function addUnit(v: ValueRow, unit: string): UnitFix | null {
  const place = unitPlace(v);
  if (place.unitCell) return { cell: place.cell, suggestion: unit, reads: `${v.cell.text.trim()}${unit}` };
  const base = v.cell.text.trim();
  const m = /\d(?:[\d,]*\d)?(?:\.\d+)?(?!.*\d)/su.exec(base);
  if (!m) return null;
  const end = m.index + m[0].length;
  const suggestion = base.slice(0, end) + unit + base.slice(end);
  return { cell: place.cell, suggestion, reads: suggestion };
}

/** Words of indicators that may rise above 100 % or fall below 0 (增长率 120 %, 降幅 −5 %). */
export const GROWTH = /增长|增幅|增速|增加|增量|提高|提升|涨幅|上升|同比|环比|比上年|倍/u;
export const CHANGE = /增长|增幅|增速|增加|增量|提高|提升|涨幅|上升|同比|环比|比上年|下降|降低|减少|降幅|压减|变化|变动/u;

/** What is left of `百分比` when a sentence was typed over it: `百提升灭火综合能力`, `%保障运行`. */
const STRAY_PERCENT = /^(?:百分比|[%％]|百(?!分之))(?=\D)/u;
const PUNCTUATION = /[\p{P}\p{S}\s]/gu;

/** True when every character of `part` appears in `whole`, in order. */
function isSubsequence(part: string, whole: string): boolean {
  const chars = Array.from(part);
  let i = 0;
  for (const ch of whole) if (ch === chars[i]) i++;
  return i === chars.length;
}

/**
 * A sentence with a stray piece of `百分比` in front. A lone `百` only counts when the rest of the
 * text comes from the 三级 name or description and the whole text does not (`百姓…` stays a word).
 */
export function strayPrefix(v: ValueRow): { stray: string; rest: string } | null {
  if (v.cell.value.kind !== 'qualitative' || unitOnly(v.cell.text) !== null) return null;
  const raw = v.cell.text.trim();
  const m = STRAY_PERCENT.exec(raw);
  if (!m) return null;
  const rest = raw.slice(m[0].length).trimStart();
  if (m[0] !== '百') return rest === '' ? null : { stray: m[0], rest };
  const bare = (s: string) => compactText(s).replace(PUNCTUATION, '');
  const restBare = bare(rest);
  const sources = [v.row.level3?.value ?? '', v.row.description?.value ?? ''].map(bare).filter((s) => s !== '');
  const fromSource = restBare.length >= 4 && sources.some((s) => isSubsequence(restBare, s));
  const wholeFromSource = sources.some((s) => isSubsequence(bare(raw), s));
  return fromSource && !wholeFromSource ? { stray: m[0], rest } : null;
}
