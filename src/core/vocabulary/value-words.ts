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

/**
 * Words that say things will get better without saying how much (domain.md §2; 中诚政融 “模糊化”:
 * 进一步提高, 明显改善, 有效促进, 确保…顺利实施), in an 指标值 or in the 绩效目标 text.
 */
export const VAGUE_WORDS = /进一步|明显|有效|不断|提升|改善|提高|加强|促进|得到|增强|逐步|稳步|大力|积极|切实|显著|大幅|有所|推动|加快|减少|降低|缓解|有利于|产生影响|顺利/u;

/**
 * A result that can be checked at year end even without a number: all of it, none of it, on time,
 * done, up to standard (`隐患全部整改到位`, `不发生安全生产事故`, `按季度发放`, `制度健全`).
 */
export const CONCRETE_RESULT = /全部|全额|足额|所有|均已|^无|不发生|未发生|不出现|杜绝|零|按时|按期|按季|按月|按年|按标准|按要求|每[年季月周日天]|到位|达标|合格|完成|齐全|健全|全覆盖|清零/u;
