import { statesDeadline } from '../vocabulary';
import { TARGET_KINDS, type Rule, type RuleHit } from './rule';
import { valueRows } from './support/indicator-value-rows';

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'indicator.timeliness-no-deadline',
    severity: 'warning',
    title: '时效指标没有写明完成时限',
    message: '时效指标“{name}”的指标值“{value}”没有完成时限，无法考核是否按时；请写明时限，如“2023年12月底前完成”或“≤3个工作日”，或写成及时率，如“≥95%”',
    example: { bad: '时效指标：补贴发放时间 按时限要求完成', good: '时效指标：补贴发放时间 2023年12月底前完成' },
    criteria: { numbers: [26], source: '财预〔2021〕101号 附件（时效指标：完成的时间期限）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const v of valueRows(table)) {
      if (v.level2 !== '时效指标' || v.row.measure.kind === 'rate') continue;
      if (v.cell.value.kind === 'quantitative' || statesDeadline(v.cell.text)) continue;
      hits.push({ row: v.cell.row, col: v.cell.col, params: { name: v.nameText.trim(), value: v.cell.text.trim() } });
    }
    return hits;
  },
};
export default rule;
