/**
 * Rows that end a table (templates.md): a total row is the form's last row and inside it; a note
 * line (`注：…`) and a signature line (`填报人：…`) printed under the form are outside it; a closing
 * block (其他说明的问题, 主管部门审核意见 with its 单位公章 and 年 月 日) is inside.
 */
import { labelBase } from './label-text';
import { normalizeText } from '../text';

const TOTAL_WORDS: ReadonlySet<string> = new Set(['总分', '合计', '总计', '金额合计', '分值合计', '得分合计', '总得分', '小计']);

/** The first cell of a total row: `总分`, `合计`, `金额合计`. */
export function isTotalLabel(text: string): boolean {
  return TOTAL_WORDS.has(labelBase(text));
}

const NOTE = /^(?:注|说明|备注)\s*[:：、.]|^注\s*\d/u;
const SIGNATURE = /^(?:填报人|填表人|单位负责人|填报日期|填表日期|财务负责人|审核人|经办人|制表人|制表日期|分管领导|联系人)\s*[:：]?/u;
const STAMP = /(?:盖章|公章)\)?$|^\(?(?:盖章|公章)\)?$|^(?:\d{4})?\s*年\s*月\s*日$/u;

/** `注：本表分值…`: a note under the form. */
export function isNoteLine(text: string): boolean {
  return NOTE.test(normalizeText(text));
}

/** `填报人：张三 联系电话：…`: a signature line under the form. */
export function isSignatureLine(text: string): boolean {
  return SIGNATURE.test(normalizeText(text));
}

/** `单位公章`, `（盖章）`, `年 月 日`: the closing cells of a form's own review block. */
export function isStampLine(text: string): boolean {
  return STAMP.test(normalizeText(text).replace(/\s+/gu, ' ').trim()) || /年\s+月\s+日/u.test(normalizeText(text));
}
