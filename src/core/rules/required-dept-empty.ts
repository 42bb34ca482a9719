import type { Rule, RuleHit } from './rule';
import { BAND_NAMES, rowShape } from '../parse/band-scale';
import { isBlankText } from '../text';
import { bandText, indicatorsOf, shortText, targetEntries } from './support/dept-rows';

const rule: Rule = {
  appliesTo: ['department'],
  meta: {
    id: 'required.dept-empty',
    severity: 'error',
    title: '部门整体绩效目标表的必填单元格为空：职责活动的内容描述、绩效目标、绩效指标，已填评价标准的指标名称',
    message: '{where}的“{field}”未填写，请填写后再报送',
    example: { bad: '绩效指标：（空），评价标准：100% | 90% | 80% | 60%以下', good: '绩效指标：国防宣传覆盖率' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    const indicatorCol = indicatorsOf(table)[0]?.name.col;
    for (const entry of targetEntries(table)) {
      const where = `职责活动“${shortText(entry.name.value)}”`;
      for (const [field, cell] of [['内容描述', entry.content], ['绩效目标', entry.goal]] as const) {
        if (isBlankText(cell.text)) hits.push({ row: cell.row, col: cell.col, params: { where, field } });
      }
      if (entry.indicators.length === 0) {
        // The 绩效指标 column as the table's other indicators show it; with none, the activity's own cell.
        hits.push({ row: entry.name.row, col: indicatorCol ?? entry.name.col, params: { where, field: '绩效指标' } });
      }
    }
    for (const indicator of indicatorsOf(table)) {
      if (!isBlankText(indicator.name.text) || rowShape(indicator.bands) === 'empty') continue;
      const bands = BAND_NAMES.map((b) => bandText(indicator, b) || '（空）').join(' | ');
      hits.push({ row: indicator.name.row, col: indicator.name.col, params: { where: `评价标准为“${bands}”的一行`, field: '绩效指标' } });
    }
    return hits.sort((a, b) => a.row - b.row || a.col - b.col);
  },
};
export default rule;
