/**
 * Quantities written inside a sentence (a 绩效目标 text): `完成20个行政村生活污水治理` holds 20 个,
 * `处理率达到85%以上` holds 85 %. Years, months, days and money are not quantities of what is done.
 */
import { KNOWN_UNITS, normalizeUnit, readMoneyUnit } from '../vocabulary';
import { normalizeText } from '../text';
import { toNumber } from './quantity';

/** Time words measure when, not how much: `2024年`, `5年一遇`, `24小时`. */
const TIME_UNITS: ReadonlySet<string> = new Set(['天', '日', '周', '月', '年', '小时', '分钟', '季度']);
/** People are counted in 人 or 名: `11000名群众` and `≥11000人` are one count. */
const SAME_UNIT: Readonly<Record<string, string>> = { 名: '人' };

const UNITS = [...KNOWN_UNITS]
  .filter((u) => !TIME_UNITS.has(u) && readMoneyUnit(u) === null)
  .sort((a, b) => b.length - a.length);
const QUANTITY = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(${UNITS.join('|')})`, 'gu');
/** A digit or a point before a number makes it the tail of another: `1.5个` holds no `5个`. */
const NUMBER_BEFORE = /[\d.]/u;

export interface TextQuantity {
  number: number;
  /** Normalised as 指标值 units are (`百分比` → `%`), and `名` as `人`. */
  unit: string;
  /** The number and unit as written. */
  text: string;
  /** Where it starts in the normalised text. */
  index: number;
}

/** Every number-and-unit the text writes, in order. */
export function quantitiesInText(text: string): TextQuantity[] {
  const s = normalizeText(text);
  const out: TextQuantity[] = [];
  const quantity = new RegExp(QUANTITY);
  for (let m = quantity.exec(s); m !== null; m = quantity.exec(s)) {
    // The character before is read, not matched: `5个6人` holds two quantities.
    if (NUMBER_BEFORE.test(s[m.index - 1] ?? '')) {
      quantity.lastIndex = m.index + 1;
      continue;
    }
    const number = toNumber(m[1] ?? '');
    const unit = comparableUnit(m[2] ?? '');
    if (number !== null) out.push({ number, unit, text: m[0], index: m.index });
  }
  return out;
}

/** A unit as two counts of one thing compare: normalised, `名` as `人`. */
export function comparableUnit(unit: string): string {
  const u = normalizeUnit(unit);
  return SAME_UNIT[u] ?? u;
}
