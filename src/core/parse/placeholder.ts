/**
 * Template text left in a field: `目标内容1`, `**`, `XX`, `待定`, `请填写…` (domain.md §2, §5).
 */
import { normalizeText, displayText } from '../text';
import { LETTER_OR_NUMBER } from '../vocabulary';

/** One placeholder on its own; only these may make up a whole field. Matched on NFKC text. */
const PLACEHOLDER_ITEM = new RegExp(
  '^(?:' +
    [
      String.raw`(?:目标|指标)(?:内容\d*|\d+)`,
      String.raw`\*+`,
      '[xX]{2,}',
      '×{2,}',
      '待定',
      '待补充',
      '待填写?',
      '请(?:填写|输入|选择).*',
      // NFKC turns `…` into `...`.
      String.raw`\.{3,}`,
      '。{3,}',
      String.raw`\?{2,}`,
    ].join('|') +
    ')$',
  'u',
);

/**
 * Placeholders that also count inside longer text. A lone `*` (`7*4202=29414元` in the seed) and
 * an ellipsis are normal writing there, so they are left out; `目标1`/`指标1` only count as a
 * heading of their own (`1.目标1 保障…`), not inside a word (`年度目标1项`).
 * Where a placeholder must not follow a letter, a number or `期`, the character before is matched too (WPS's
 * Chromium has no lookbehind) and the placeholder is the group: as no two alternatives begin with
 * the same character, starting one character early changes no match.
 */
const PLACEHOLDER_INSIDE = new RegExp(
  [
    String.raw`(?:目标|指标)内容\d*`,
    String.raw`(?:^|[^${LETTER_OR_NUMBER}])((?:目标|指标)\d+)(?![${LETTER_OR_NUMBER}])`,
    String.raw`\*{2,}`,
    '(?:^|[^A-Za-z])((?:[xX]{2,}|×{2,}))(?![A-Za-z])',
    '(?:^|[^期])(待定)',
    '待补充',
    '待填写?',
    String.raw`请(?:填写|输入|选择)[^\s,;。]*`,
  ].join('|'),
  'u',
);

/** `1.`, `2、`, `(3)`, `一、`; NFKC has already folded `．` and `（）`. */
const NUMBERING = /(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、)](?!\d)|\(\d{1,2}\))/gu;
/** NFKC would turn `①` into a bare `1` glued to the text, so circled numbers go first. */
const CIRCLED_NUMBERS = /[\u2460-\u2473]/gu;
const ITEM_SEPARATORS = /[\s,;、。]+/u;

/**
 * The text with the numbering at the start of each item made a space. The character before is read,
 * not matched, so that `1、2、` loses both: the first match ends in the separator the second follows.
 */
function withoutNumbering(s: string): string {
  return s.replace(NUMBERING, (numbering: string, at: number) => (at === 0 || ITEM_SEPARATORS.test(s[at - 1] ?? '') ? ' ' : numbering));
}

/**
 * True when the whole field, numbering aside, is placeholders only: `目标内容1`, `**`,
 * `1、目标内容1 2、目标内容2`. Normal text that holds one (`XX村道路`) is not; see
 * {@link containsPlaceholder} for that.
 */
export function isPlaceholderText(text: string): boolean {
  const s = withoutNumbering(normalizeText(text.replace(CIRCLED_NUMBERS, ' '))).trim();
  // Whole first: `。。。` and `请填写…，…` hold the separators that split items.
  if (PLACEHOLDER_ITEM.test(s)) return true;
  const items = s.split(ITEM_SEPARATORS).filter((item) => item !== '');
  return items.length > 0 && items.every((item) => PLACEHOLDER_ITEM.test(item));
}

/**
 * The placeholder in a field: the field itself (folded spaces) when it is nothing else, else
 * the first fragment inside longer text (`1.提升服务 2.目标内容2` → `目标内容2`); null if none.
 */
export function containsPlaceholder(text: string): string | null {
  if (isPlaceholderText(text)) return displayText(text);
  const m = PLACEHOLDER_INSIDE.exec(normalizeText(text));
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[0]) : null;
}
