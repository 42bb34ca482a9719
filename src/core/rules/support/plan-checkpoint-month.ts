import { normalizeLabel } from '../../text';

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

/**
 * The month a checkpoint label ends in: `3月底`, `6月`, `1-6月`, `十月底` → that month; `一季度`,
 * `第2季度`, `Q3` → the quarter's last month; `上半年` → 6, `全年`/`年底` → 12. Null when unknown.
 */
export function checkpointMonth(label: string): number | null {
  const t = normalizeLabel(label);
  const month = /(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:底|末|份)?$/.exec(t)?.[1];
  if (month) {
    const n = /\d/.test(month) ? Number(month) : CN_DIGITS[month];
    return n !== undefined && n >= 1 && n <= 12 ? n : null;
  }
  const quarter = /(?:第)?([1-4一二三四])季度|^Q([1-4])$/i.exec(t);
  const q = quarter?.[1] ?? quarter?.[2];
  if (q) return 3 * (/\d/.test(q) ? Number(q) : (CN_DIGITS[q] as number));
  if (/上半年/.test(t)) return 6;
  if (/下半年|全年|年底|年末/.test(t)) return 12;
  return null;
}
