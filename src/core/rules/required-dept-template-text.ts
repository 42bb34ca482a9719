import type { Rule, RuleHit } from './rule';
import { BAND_NAMES } from '../parse/band-scale';
import { containsPlaceholder } from '../parse/placeholder';

const rule: Rule = {
  appliesTo: ['department'],
  meta: {
    id: 'required.dept-template-text',
    severity: 'error',
    title: '部门整体绩效目标表仍有模板文字（目标内容1、**、XX、待定等）：职责活动、预算、内容描述、绩效目标、绩效指标、评价标准',
    message: '“{field}”仍是模板文字“{text}”，请改为本单位的实际内容',
    example: { bad: '绩效目标：1、目标内容1', good: '绩效目标：1、落实党要管党、从严治党，全年召开专题党委会20次' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    const look = (field: string, cell: { row: number; col: number; text: string }) => {
      const text = containsPlaceholder(cell.text);
      if (text !== null) hits.push({ row: cell.row, col: cell.col, params: { field, text } });
    };
    for (const entry of table.entries) {
      look('职责活动', entry.name);
      look('年度预算数', entry.budget);
      look('内容描述', entry.content);
      look('绩效目标', entry.goal);
      for (const indicator of entry.indicators) {
        look('绩效指标', indicator.name);
        for (const band of BAND_NAMES) look(`评价标准（${band}）`, indicator.bands[band]);
      }
    }
    return hits.sort((a, b) => a.row - b.row || a.col - b.col);
  },
};
export default rule;
