/**
 * Template text left in a field: `目标内容1`, `**`, `XX`, `待定`, `请填写…` (domain.md §2, §5).
 */
import { normalizeText, displayText } from '../text';

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
 */
const PLACEHOLDER_INSIDE = new RegExp(
  [
    String.raw`(?:目标|指标)内容\d*`,
    String.raw`(?<![\p{L}\p{N}])(?:目标|指标)\d+(?![\p{L}\p{N}])`,
    String.raw`\*{2,}`,
    '(?<![A-Za-z])(?:[xX]{2,}|×{2,})(?![A-Za-z])',
    '(?<!期)待定',
    '待补充',
    '待填写?',
    String.raw`请(?:填写|输入|选择)[^\s,;。]*`,
  ].join('|'),
  'u',
);

/** `1.`, `2、`, `(3)`, `一、` at the start of an item; NFKC has already folded `．` and `（）`. */
const NUMBERING = /(?<=^|[\s,;、。])(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、)](?!\d)|\(\d{1,2}\))/gu;
/** NFKC would turn `①` into a bare `1` glued to the text, so circled numbers go first. */
const CIRCLED_NUMBERS = /[\u2460-\u2473]/gu;
const ITEM_SEPARATORS = /[\s,;、。]+/u;

/**
 * True when the whole field, numbering aside, is placeholders only: `目标内容1`, `**`,
 * `1、目标内容1 2、目标内容2`. Normal text that holds one (`XX村道路`) is not; see
 * {@link containsPlaceholder} for that.
 */
export function isPlaceholderText(text: string): boolean {
  const s = normalizeText(text.replace(CIRCLED_NUMBERS, ' ')).replace(NUMBERING, ' ').trim();
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
  return m ? m[0] : null;
}
