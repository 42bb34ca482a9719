/**
 * What a printed label says once its decorations are gone. Templates decorate the same label in
 * many ways that do not change the field (templates.md, "What all of them share"): a leading `*` for
 * a required column, numbering (`1.`, `一、`, `（二）`, `附1：`), `其中：`, hints, units and weights in
 * brackets (`（万元）`, `（A）`, `（B/A）`, `（20分）`, `（定量填数字…）`) and a trailing colon.
 */
import { normalizeLabel } from '../text';

const REQUIRED_MARK = /^[*★☆]+/u;
const NUMBERING = /^(?:附(?:件|表)?\d+[:.、]?|\(?[一二三四五六七八九十]{1,3}[)、.]|\(\d{1,2}\)|\d{1,2}[.、](?!\d))/u;
const OF_WHICH = /^其中[:,]?/u;
const BRACKETS = /\([^()]*\)|\[[^\][]*\]|【[^】]*】|〔[^〕]*〕/gu;
const TRAILING_COLONS = /[:：]+$/u;

/** The hints a label's brackets may carry: a money unit, a weight in points, a percent sign. */
export interface LabelHints {
  moneyUnit: '万元' | '元' | null;
  /** `（50分）` → 50. */
  points: number | null;
  percent: boolean;
}

const baseCache = new Map<string, string>();
const BASE_CACHE_LIMIT = 50_000;

/** A label's identity: normalizeLabel (NFKC, no spaces, no trailing colon), then no decorations. */
export function labelBase(text: string): string {
  let hit = baseCache.get(text);
  if (hit === undefined) {
    if (baseCache.size >= BASE_CACHE_LIMIT) baseCache.clear();
    hit = stripDecorations(normalizeLabel(text));
    baseCache.set(text, hit);
  }
  return hit;
}

function stripDecorations(label: string): string {
  let s = label.replace(REQUIRED_MARK, '');
  // Brackets may nest once (`（定量填数字（含单位））`): strip twice.
  s = s.replace(BRACKETS, '').replace(BRACKETS, '');
  s = s.replace(NUMBERING, '').replace(OF_WHICH, '').replace(TRAILING_COLONS, '');
  return s;
}

/** The hints in a label's brackets. */
export function labelHints(text: string): LabelHints {
  const s = normalizeLabel(text);
  const inside = [...s.matchAll(/\(([^()]*)\)/gu)].map((m) => m[1] ?? '');
  const unit = inside.find((t) => t === '万元' || t === '元');
  const points = inside.map((t) => /^(\d+(?:\.\d+)?)分$/u.exec(t)?.[1]).find((p) => p !== undefined);
  return {
    moneyUnit: unit === '万元' || unit === '元' ? unit : null,
    points: points === undefined ? null : Number(points),
    percent: inside.includes('%'),
  };
}
