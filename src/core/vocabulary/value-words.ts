/** Words a cell holds instead of a value. */
import { compactText } from '../text';

/** `无`, `暂无`, `-`, `—`, `/`: "none here" (an indicator not set, a source with no money). */
const NONE = /^(?:无|暂无|[-—–/\\]+)$/u;

export function isNoneText(text: string): boolean {
  return NONE.test(compactText(text));
}

/** A time limit a 时效 value can state: a date, a month or quarter, a number of days, a deadline word. */
const DEADLINE = /\d{4}年|\d{1,2}月|[一二三四1-4]季度|季度|上半年|下半年|年底|年末|年内|月底|月末|\d+\s*(?:个)?(?:工作日|日|天|小时|周|个月)|当[天日月年]|即时|实时|随时|[0-9.]+\s*%|百分比/u;

/** True when a 时效 value says by when (or how promptly, as a rate): `2023年12月底前完成`, `≤3个工作日`. */
export function statesDeadline(text: string): boolean {
  return DEADLINE.test(compactText(text));
}
