import type { Table } from '../model/table';
import type { LocatedText } from '../model/located';
import { formatDate, formatSpan, outsideSpan, parseDateSpan, type DateSpan } from '../parse/date';
import type { Rule, RuleHit } from './rule';
import { budgetYearOf, type RuleContext } from './rule-context';

interface Period {
  span: DateSpan;
  /** How the message names it: `项目起止时间2024年3月—2026年12月`, `预算年度2024年`. */
  name: string;
  cell: LocatedText | null;
}

/** The table sets targets for more than one year: a 中期, 长期 or 实施期 grid or money block. */
function multiYear(table: Table): boolean {
  return [...table.grids, ...table.money].some((p) => p.period !== null && p.period !== 'annual');
}

/** The span the project runs: 项目起止时间 or 项目期 as printed, else the budget year of a one-year table. */
function periodOf(table: Table, context: RuleContext): Period | null {
  for (const [cell, label] of [[table.texts.startEnd, '项目起止时间'], [table.texts.projectPeriod, '项目期']] as const) {
    const span = cell ? parseDateSpan(cell.value) : null;
    if (cell && span) return { span, name: `${label}${formatSpan(span)}`, cell };
  }
  const year = budgetYearOf(table, context);
  if (year === null || multiYear(table)) return null;
  return { span: { start: { status: 'ok', year, month: 1, day: null }, end: { status: 'ok', year, month: 12, day: null } }, name: `预算年度${year}年`, cell: null };
}

const rule: Rule = {
  appliesTo: ['project'],
  meta: {
    id: 'schedule.outside-period',
    severity: 'warning',
    title: '项目实施进度计划的时间（或项目期）超出项目起止时间或预算年度',
    message: '{what}不在{period}内；进度计划应落在项目实施期限内、项目期应包含预算年度，请核对年份（是否沿用了往年的表）',
    example: { bad: '项目起止时间 2024年3月—2026年12月，某阶段完成时间 2027年6月', good: '完成时间 2026年6月' },
    criteria: { numbers: [26, 36], source: '绩效目标申报表填报说明（项目实施进度计划、项目起止时间；年度=预算所属年份）' },
  },
  check(table, context) {
    const period = periodOf(table, context);
    if (!period) return [];
    const hits: RuleHit[] = [];
    const year = budgetYearOf(table, context);
    if (period.cell && year !== null && (year < period.span.start.year || year > period.span.end.year)) {
      hits.push({ row: period.cell.row, col: period.cell.col, params: { what: `预算年度${year}年`, period: period.name } });
    }
    for (const r of table.schedule?.rows ?? []) {
      // One finding a stage: its first date outside the period.
      const dates = [{ label: '开始时间', cell: r.start }, { label: '完成时间', cell: r.end }];
      const outside = dates.find(({ cell }) => cell?.value.status === 'ok' && outsideSpan(cell.value, period.span));
      const cell = outside?.cell;
      if (!outside || cell?.value.status !== 'ok') continue;
      hits.push({ row: cell.row, col: cell.col, params: { what: `“${r.stage?.value || `第${r.row}行`}”的${outside.label}${formatDate(cell.value)}`, period: period.name } });
    }
    return hits;
  },
};
export default rule;
