import { TARGET_KINDS, type Rule, type RuleHit } from './rule';
import { valueRows } from './support/indicator-value-rows';

/**
 * Things of which fewer is better, or a deliberate cap: a 数量指标 about these may use ≤ or <.
 * Matched on the 三级 name and the description.
 */
const REVERSE = new RegExp(
  [
    '事故', '投诉', '案件', '发案', '发生', '火灾', '火情', '山火', '上访', '信访', '犯罪', '违法', '违规', '违纪', '违章',
    '失误', '差错', '错误', '死亡', '伤亡', '受灾', '灾害', '损失', '污染', '超标', '排放', '能耗', '成本', '费用', '支出',
    '金额', '经费', '预算', '时间', '时长', '用时', '周期', '不合格', '返工', '拖欠', '逾期', '延误', '超支', '浪费', '纠纷',
    '矛盾', '隐患', '故障', '缺陷', '闲置', '空置', '积压', '减少', '下降', '降低', '控制', '压减', '上限', '最多',
  ].join('|'),
  'u',
);

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'indicator.quantity-upper-bound',
    severity: 'warning',
    title: '数量指标用了“≤”“<”，等于给要完成的数量设了上限（事故、投诉等越少越好的指标除外）',
    message: '数量指标“{name}”的指标值“{value}”用了“{operator}”，只规定了最多做多少；请写成“≥{number}{unit}”或“{number}{unit}”（事故、投诉等越少越好的指标可保留）',
    example: { bad: '建设微型消防站数量：≤23个', good: '建设微型消防站数量：≥23个' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const v of valueRows(table)) {
      const q = v.cell.value;
      if (v.level2 !== '数量指标' || q.kind !== 'quantitative' || q.garbled || q.direction !== 'reverse') continue;
      if (REVERSE.test(v.words)) continue;
      hits.push({
        row: v.cell.row,
        col: v.cell.col,
        params: { name: v.nameText.trim(), value: v.cell.text.trim(), operator: q.operatorText || q.operator, number: q.number, unit: q.unitText },
      });
    }
    return hits;
  },
};
export default rule;
