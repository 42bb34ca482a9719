/**
 * The text forms of a year-end 实际完成值 that the year-end score accepts. They are exactly the
 * forms the sheet's own 得分 formulas read (plan/formulas/project-formulas.ts builds its formulas
 * from the word lists below), so a score computed here and one recalculated by Excel, WPS or
 * LibreOffice with the add-in closed are the same. Each step is one an Excel 2010 formula can take:
 *
 * - `cellText`: CLEAN (characters below U+0020 go), then every ASCII and full-width space goes.
 * - a plain number is ASCII digits with at most one `.` (`75`, `7.5`, `5.`, `.5`): what is left
 *   when SUBSTITUTE removes the digits and one `.` must be nothing, and VALUE must accept the rest.
 *   No sign, no thousands separator, no full-width digits, no exponent.
 * - a quantitative actual written as text is a plain number, optionally followed by the target's
 *   own unit as the 指标值 writes it (`274名` for `≥274名`); against a percentage target the text
 *   must carry `%`, `％` or `百分比` (`95%`). A number typed into the cell is read as a number.
 * - a qualitative actual starts with a level word ({@link LEVEL_WORDS}); what follows, once every
 *   word of {@link SHARE_NOISE} is removed (SUBSTITUTE, in that order), is nothing (the level
 *   alone) or a plain number: the share in % of the weight, or points when a `分` is left once
 *   `部分`, `得分` and `百分比` are taken out (`部分达成 7.5分`).
 */
import type { CellValue } from '../snapshot';
import { tidy } from './quantity';

export type QualitativeLevel = '达成' | '部分达成' | '未达成';

/**
 * How each level may be written at the start of a qualitative actual. No word of one level opens a
 * word of another, so the order of the tests does not matter (a test keeps it that way).
 */
export const LEVEL_WORDS: readonly { level: QualitativeLevel; words: readonly string[] }[] = [
  { level: '未达成', words: ['未达成', '未完成'] },
  { level: '部分达成', words: ['部分达成', '基本达成', '部分完成', '基本完成'] },
  { level: '达成', words: ['达成', '完成', '已达成', '已完成', '全部达成', '全部完成'] },
];

/**
 * Removed, in this order, from a qualitative actual to leave its share: the rest of the level's
 * wording (`部分达成年度指标并具有一定效果`), `得分`, separators, closing punctuation and the unit.
 */
export const SHARE_NOISE: readonly string[] = [
  '年度指标', '并具有一定效果', '且效果较差', '部分', '基本', '全部', '达成', '完成', '未', '已',
  '得分', '得', ',', '，', ':', '：', '、', '(', '（', ')', '）', '。', '；', ';',
  '百分比', '％', '%', '分',
];

/** Taken out, in this order, before looking for a `分` that makes the share points. */
export const POINTS_MASKS: readonly string[] = ['部分', '得分', '百分比'];
export const POINTS_WORD = '分';

/** The percent signs a percentage written as text may carry. */
export const PERCENT_SIGNS: readonly string[] = ['百分比', '％', '%'];

/** The spaces removed from every typed actual: ASCII and ideographic (full-width). */
export const SPACES: readonly string[] = [' ', '\u3000'];

/** SUBSTITUTE(text, word, "") for each word in turn. */
export function removeAll(text: string, words: readonly string[]): string {
  return words.reduce((s, w) => s.split(w).join(''), text);
}

/** CLEAN, then no spaces. */
export function cellText(raw: string): string {
  // eslint-disable-next-line no-control-regex
  return removeAll(raw.replace(/[\u0000-\u001f]/g, ''), SPACES);
}

/** ASCII digits with at most one `.`; null for anything else (and for ``, `.`). */
export function readPlainNumber(core: string): number | null {
  if (!/^[0-9]*\.?[0-9]*$/.test(core) || core === '' || core === '.') return null;
  const n = Number(core);
  return Number.isFinite(n) ? n : null;
}

/**
 * A quantitative actual typed as text, on the target's scale (95 for `95%`), or null when it is
 * not a plain number with the target's unit (or a percent sign, against a percentage target).
 */
export function readTypedQuantity(raw: string, percent: boolean, unitText: string): number | null {
  const s = cellText(raw);
  if (percent) {
    const core = removeAll(s, PERCENT_SIGNS);
    return core === s ? null : readPlainNumber(core);
  }
  return readPlainNumber(unitText === '' ? s : removeAll(s, [unitText]));
}

export interface QualitativeActual {
  level: QualitativeLevel;
  /** Per cent of the weight as written (points converted); null when only the level is given. */
  share: number | null;
}

/** The level a qualitative actual starts with, or null. */
export function levelOf(text: string): QualitativeLevel | null {
  const c = cellText(text);
  return LEVEL_WORDS.find((l) => l.words.some((w) => c.startsWith(w)))?.level ?? null;
}

/**
 * Reads a qualitative actual: a level, optionally followed by a share (`部分达成 75%`, `部分达成75`:
 * per cent of the weight) or points (`部分达成 7.5分`, converted by `weight`; 0 when the weight is
 * 0). Null when it opens with no level word or what follows is not a plain number.
 */
export function readQualitative(raw: CellValue, weight: number): QualitativeActual | null {
  if (typeof raw !== 'string') return null;
  const level = levelOf(raw);
  if (level === null) return null;
  const c = cellText(raw);
  const rest = removeAll(c, SHARE_NOISE);
  if (rest === '') return { level, share: null };
  const n = readPlainNumber(rest);
  if (n === null) return null;
  if (!removeAll(c, POINTS_MASKS).includes(POINTS_WORD)) return { level, share: n };
  // tidy: 8分 of 10 is 80 %, not 80.00000000000001 % (outside 部分达成's band); the formula's clamp
  // makes the same score of either.
  return { level, share: weight > 0 ? tidy(n / (weight / 100)) : 0 };
}

/**
 * The share of the weight (in %) each qualitative level may score, as 财预〔2020〕10号 writes them
 * (100–80 %（含）, 80–60 %（含）, 60–0 %): 80 % belongs to 达成 only and 60 % to 部分达成 only, so
 * 部分达成 and 未达成 stop short of their `high`. `alone` is what the level scores when no share is
 * written.
 */
export const QUALITATIVE_BANDS: Readonly<Record<QualitativeLevel, { low: number; high: number; highIncluded: boolean; alone: number }>> = {
  达成: { low: 80, high: 100, highIncluded: true, alone: 100 },
  部分达成: { low: 60, high: 80, highIncluded: false, alone: 70 },
  未达成: { low: 0, high: 60, highIncluded: false, alone: 30 },
};

/** A share (in % of the weight) its level does not allow. */
export function outOfBand(level: QualitativeLevel, share: number): boolean {
  const b = QUALITATIVE_BANDS[level];
  return share < b.low || share > b.high || (share === b.high && !b.highIncluded);
}

/** The level a share belongs to: 80 % is 达成, 60 % is 部分达成. */
export function levelForShare(share: number): QualitativeLevel {
  if (share >= QUALITATIVE_BANDS.达成.low) return '达成';
  if (share >= QUALITATIVE_BANDS.部分达成.low) return '部分达成';
  return '未达成';
}
