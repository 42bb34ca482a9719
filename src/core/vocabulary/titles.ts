/**
 * What a title, a year line, a unit line or a closing line says (templates.md, "What all of them
 * share" and §7). Titles are matched on their label base, so numbering (`1.`) and brackets go.
 */
import { labelBase } from './label-text';
import { normalizeText } from '../text';

export type TitleKind = 'project' | 'self-evaluation' | 'monitoring' | 'department' | 'other';

const DEPARTMENT_TITLE = /部门(?:单位)?整体(?:支出)?绩效(?:目标)?(?:申报)?表?$/u;
const SELF_EVALUATION_TITLE = /(?:绩效)?自评(?:价)?表$/u;
const MONITORING_TITLE = /监控(?:情况)?表$/u;
const PROJECT_TITLE = /绩效目标(?:申报|设定|审核)?表$/u;
const OTHER_TITLE = /绩效.{0,12}表$/u;

/** The kind of table a title announces, or null when the text is no 绩效 table's title. */
export function titleKind(text: string): TitleKind | null {
  const t = labelBase(text);
  if (t.length < 4) return null;
  if (DEPARTMENT_TITLE.test(t)) return 'department';
  if (SELF_EVALUATION_TITLE.test(t) && t.includes('绩效')) return 'self-evaluation';
  if (MONITORING_TITLE.test(t) && t.includes('绩效')) return 'monitoring';
  if (PROJECT_TITLE.test(t)) return 'project';
  if (OTHER_TITLE.test(t)) return 'other';
  return null;
}

const YEAR = /(?:^|\D)((?:19|20)\d\d)\s*年/u;
/** A line that gives only the year: `（2022年度）`, `(  年度)`, `2024年`. */
const YEAR_LINE = /^\(?(?:(?:19|20)\d\d)?年度?\)?$/u;

/** The budget year a title or year line prints, or null. */
export function printedYear(text: string): number | null {
  const m = YEAR.exec(normalizeText(text));
  return m ? Number(m[1]) : null;
}

export function isYearLine(text: string): boolean {
  return YEAR_LINE.test(normalizeText(text).replace(/\s/gu, ''));
}

/** `单位：万元` or `金额单位:元` above a table: the unit its money cells are in. */
export function moneyUnitLine(text: string): '万元' | '元' | null {
  const m = /^(?:金额)?单位[:：]?(万元|元)$/u.exec(normalizeText(text).replace(/\s/gu, ''));
  return m ? (m[1] as '万元' | '元') : null;
}

/** Sheets that hold no table whatever they mention: covers, tables of contents, instructions. */
const NOT_A_TABLE = /^(?:目录|填报说明|填表说明|填写说明|封面|说明)$/u;

export function isNonTableHeading(text: string): boolean {
  return NOT_A_TABLE.test(labelBase(text));
}
