/**
 * What a 指标值确定依据 must name: a performance standard (财预〔2021〕101号: 计划标准, 历史标准,
 * 行业标准, 预算支出标准, 其他标准), by the words such standards are written with.
 */
import { compactText } from '../text';

/** A plan or a target the unit set itself (计划标准), or what it counted (统计, 实际). */
const PLANNED = '计划|规划|方案|目标|要点|统计|实际';
/** A document: a title in 《》, a numbered file, a regulation or a norm (行业标准, 其他标准). */
const DOCUMENTS = '《|预案|制度|纪要|文件|[号令]|规范|办法|细则|意见|通知|条例|法';
/** Earlier years (历史标准). */
const HISTORY = '上年|历史|近[三五两]年|以前年度|往年';
/** A price or a cost standard (预算支出标准): a quota, a calculation, a contract, a tender, a budget. */
const PRICES = '标准|测算|定额|合同|协议|招标|中标|采购|询价|报价|价格|概算|评审|预算|批复';

const STANDARD_WORDS = new RegExp([PLANNED, DOCUMENTS, HISTORY, PRICES].join('|'), 'u');
/** A cost's target is set by a price or a spending standard, a document stating one, or past costs; a work plan is no price. */
const COST_STANDARD_WORDS = new RegExp([DOCUMENTS, HISTORY, PRICES].join('|'), 'u');

/** True when a 依据 names a kind of standard (a plan, a document, history, a calculation, a contract). */
export function namesAStandard(basis: string): boolean {
  return STANDARD_WORDS.test(compactText(basis));
}

/** True when a cost indicator's 依据 names what its amount is priced by (预算支出标准, a contract, a document, past costs). */
export function namesACostStandard(basis: string): boolean {
  return COST_STANDARD_WORDS.test(compactText(basis));
}
