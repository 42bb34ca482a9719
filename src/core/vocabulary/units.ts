/** Units the tables write after numbers (domain.md §2): percentages, counts, money, time. */

/** `百分比`, `％` and `%` are one unit; other units stay as written. */
export function normalizeUnit(unitText: string): string {
  return unitText === '百分比' || unitText === '%' || unitText === '％' ? '%' : unitText;
}

/** Units a rate may be written in. */
export const PERCENT_UNITS: ReadonlySet<string> = new Set(['%', '‰', '百分点', '个百分点', '千分比']);

/** Units that count whole things: `15次` and `16次` have nothing between them. */
export const COUNT_UNITS: ReadonlySet<string> = new Set([
  '次', '个', '人', '名', '项', '件', '家', '户', '场', '起', '处', '座', '所', '期', '篇', '条', '份',
  '批', '台', '辆', '人次', '户次', '场次', '天', '村', '门',
]);

/**
 * The money units, with their size in 万元: the one table behind every question about money units
 * (is it money, how big, how to convert). `万` alone is 万元 with the 元 left out.
 */
const MONEY_SIZES: Readonly<Record<string, { base: '元' | '万元' | '亿元'; wan: number }>> = {
  元: { base: '元', wan: 1 / 10000 },
  万元: { base: '万元', wan: 1 },
  万: { base: '万元', wan: 1 },
  亿元: { base: '亿元', wan: 10000 },
};

/** Units of time: a duration (`≤30天`) does not add up over the years. */
const TIME_UNITS: readonly string[] = ['天', '日', '周', '月', '年', '小时', '分钟', '季度'];

/** Every unit seen in 指标值 cells; a value that is only one of these has no number. */
export const KNOWN_UNITS: ReadonlySet<string> = new Set([
  '%', '％', '‰', '百分比', '百分点', '个百分点', '千分比',
  '次', '人次', '个', '人', '名', '户', '家', '项', '件', '座', '处', '套', '间', '台', '辆', '张', '本', '册', '份',
  '场', '期', '批', '所', '条', '只', '头', '株', '棵', '篇', '部', '支', '组', '村',
  '亩', '公顷', '平方米', '㎡', '米', '公里', '千米', '吨',
  ...Object.keys(MONEY_SIZES), ...TIME_UNITS,
]);

/** A count word typed where its unit belongs: `≥12次数` means `≥12次`. */
export const COUNT_WORD_UNITS: Readonly<Record<string, string>> = {
  次数: '次', 人次数: '人次', 个数: '个', 人数: '人', 户数: '户', 件数: '件', 项数: '项',
  家数: '家', 场数: '场', 台数: '台', 天数: '天', 亩数: '亩', 村数: '个', 座数: '座', 所数: '所',
};

/** A money unit read apart: `元/人·月` is 元 per 人 per 月. */
export interface MoneyUnit {
  base: '元' | '万元' | '亿元';
  /** One of the unit in 万元. */
  wan: number;
  /** What the amount is per, as written after `/` (`人·月`, `个`); empty for a total. */
  per: string;
}

/** `元`, `万元`, `万`, `亿元`, alone or per something (`元/人`, `万元/个`, `元/人·月`); null for any other unit. */
export function readMoneyUnit(unit: string): MoneyUnit | null {
  const slash = unit.search(/[/／]/u);
  const head = slash < 0 ? unit : unit.slice(0, slash);
  const size = MONEY_SIZES[head];
  if (!size) return null;
  return { ...size, per: slash < 0 ? '' : unit.slice(slash + 1) };
}

/**
 * What one `from` is worth in `to`, when both are money per the same thing (`元` → `万元` is
 * 1/10000); 1 for any other pair, which is taken as written.
 */
export function moneyFactor(to: string, from: string): number {
  const a = readMoneyUnit(to);
  const b = readMoneyUnit(from);
  return a && b && a.per === b.per ? b.wan / a.wan : 1;
}

/** Units that count the same things: 人 and 名, 公里 and 千米, 平方米 and ㎡. */
const SAME_COUNT: readonly (readonly string[])[] = [['人', '名', '位'], ['公里', '千米'], ['平方米', '㎡']];

/** The unit a count is written in, with its synonyms made one (`名` → `人`); others as written. */
export function countUnitOf(unit: string): string {
  return SAME_COUNT.find((group) => group.includes(unit))?.[0] ?? unit;
}

/**
 * A unit whose amounts add up over the years (counts, lengths, areas, weights, money): a 年度 target
 * is part of the 中期 one. Rates, amounts per something (`元/人`, `吨/日`) and durations do not add up.
 */
export function addsUpOverYears(unit: string): boolean {
  const u = normalizeUnit(unit);
  return u !== '' && !PERCENT_UNITS.has(u) && !TIME_UNITS.includes(u) && !/[/／]/u.test(u);
}
