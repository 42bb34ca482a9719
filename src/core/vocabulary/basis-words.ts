/**
 * What a 指标值确定依据 must name: a performance standard (财预〔2021〕101号: 计划标准, 历史标准,
 * 行业标准, 预算支出标准, 其他标准), by the words such standards are written with.
 */
import { compactText } from '../text';

const STANDARD_WORDS = /《|预案|制度|纪要|计划|规划|方案|目标|要点|文件|[号令]|标准|规范|办法|细则|意见|通知|条例|法|上年|历史|近[三五两]年|以前年度|往年|测算|定额|合同|协议|招标|采购|统计|预算|批复|实际/u;

/** True when a 依据 names a kind of standard (a plan, a document, history, a calculation, a contract). */
export function namesAStandard(basis: string): boolean {
  return STANDARD_WORDS.test(compactText(basis));
}
