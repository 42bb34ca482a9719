/**
 * Shared reading of 指标值 rows for the `indicator.*` value rules: the set rows that carry a target,
 * with the facts extract recorded on them (level, name, what the name measures), and where a row's
 * unit is written.
 */
import type { Table } from '../../model/table';
import type { IndicatorRow } from '../../model/indicator-row';
import type { Located } from '../../model/located';
import type { IndicatorValue } from '../../parse/indicator-value';
import { PREFIX_SOURCE, SUFFIX_SOURCE } from '../../parse/quantity';
import { compactText, normalizeText } from '../../text';
import { KNOWN_UNITS, PUNCTUATION_OR_SYMBOL, normalizeUnit, type Level1 } from '../../vocabulary';
import { setIndicators } from './indicator-set-rows';

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

/** Every indicator rule reads the same rows of the same table: read them once. */
const cache = new WeakMap<Table, ValueRow[]>();

export function valueRows(table: Table): ValueRow[] {
  let rows = cache.get(table);
  if (!rows) {
    rows = readValueRows(table);
    cache.set(table, rows);
  }
  return rows;
}

function readValueRows(table: Table): ValueRow[] {
  const out: ValueRow[] = [];
  for (const row of setIndicators(table)) {
    const cell = row.value;
    if (!cell || cell.value.kind === 'empty' || cell.value.kind === 'placeholder' || cell.value.kind === 'not-set') continue;
    out.push({
      row,
      cell,
      level1: row.level1.name,
      level2: row.level2.cell ? row.level2.name : '',
      name: row.measure.name,
      nameText: row.level3?.value ?? '',
      nameUnit: row.measure.declaredUnit,
      words: compactText(`${row.level3?.value ?? ''} ${row.description?.value ?? ''}`),
    });
  }
  return out;
}

/** A rate by its name: `…率`, `…满意度`, `…覆盖度`, `(%)` in the name (vocabulary/measures.ts). */
export function isRateName(v: ValueRow): boolean {
  return v.row.measure.kind === 'rate';
}

/** An example target for a row, for messages: `≥95%` for a rate, `≥10次` for a count. */
export function exampleTarget(v: ValueRow): string {
  if (v.row.satisfaction) return '≥90%';
  if (isRateName(v)) return '≥95%';
  return `≥10${v.row.measure.countUnit}`;
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
 * or the row's 计算符号 or 指标性质 declares it quantitative (`≥`, `定量`); or a 数量指标, a 满意度
 * indicator, or a rate or count named under 质量/时效 was answered with words. A row declared
 * `定性` needs no number; a rate or count named under 效益 or 成本 answered with words is not
 * strict: those sentences are often what the local template expects.
 */
export function unquantified(v: ValueRow): Unquantified | null {
  if (v.cell.value.kind !== 'qualitative') return null;
  const text = v.cell.value.text;
  const unit = unitOnly(text);
  if (unit !== null) {
    const percent = normalizeUnit(unit) === '%';
    return { strict: true, reason: `只写了单位“${unit}”`, example: percent ? (v.row.satisfaction ? '≥90%' : '≥95%') : `≥10${unit}` };
  }
  const declared = v.row.declared;
  if (hasNumber(text) || declared?.nature === 'qualitative') return null;
  const example = exampleTarget(v);
  if (declared?.nature === 'quantitative') {
    const cell = declared.by === 'operator' ? v.row.operatorCell : v.row.natureCell;
    const said = `${declared.by === 'operator' ? '计算符号' : '指标性质'}为“${cell?.value.trim() ?? ''}”`;
    // The export's own 计量单位 says what the number counts.
    const unit = compactText(v.row.unitCell?.value ?? '');
    const inUnit = unit === '' ? example : normalizeUnit(unit) === '%' ? '≥95%' : `≥10${unit}`;
    return { strict: true, reason: `${said}，应填写数值`, example: inUnit };
  }
  if (v.level2 === '数量指标') return { strict: true, reason: '数量指标必须写明数量', example };
  if (v.row.satisfaction) return { strict: true, reason: '满意度指标应写明百分比', example: '≥90%' };
  const rate = isRateName(v);
  if (!rate && v.row.measure.kind !== 'count' && v.row.measure.kind !== 'amount') return null;
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
  const unit = v.row.unitCell;
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
  const m = /\d(?:[\d,]*\d)?(?:\.\d+)?(?![^]*\d)/u.exec(base);
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
const PUNCTUATION = new RegExp(`[${PUNCTUATION_OR_SYMBOL}\\s]`, 'gu');
/** Text without spaces and punctuation, for comparing what two cells say. */
export const bareText = (s: string): string => compactText(s).replace(PUNCTUATION, '');

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
  const restBare = bareText(rest);
  const sources = [v.row.level3?.value ?? '', v.row.description?.value ?? ''].map(bareText).filter((s) => s !== '');
  const fromSource = restBare.length >= 4 && sources.some((s) => isSubsequence(restBare, s));
  const wholeFromSource = sources.some((s) => isSubsequence(bareText(raw), s));
  return fromSource && !wholeFromSource ? { stray: m[0], rest } : null;
}
