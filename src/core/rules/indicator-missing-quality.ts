import { TARGET_KINDS, type Rule, type RuleHit } from './rule';
import { setIndicatorsByGrid } from './support/indicator-set-rows';

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'indicator.missing-quality',
    severity: 'info',
    title: '产出指标中没有质量指标',
    message: '产出指标中没有设置质量指标；请写明产出要达到的标准，如“验收合格率 ≥95%”“发放准确率 100%”',
    example: { bad: '质量指标：无', good: '质量指标：工程验收合格率 100%' },
    criteria: { numbers: [5], source: '财预〔2021〕101号 附件（产出指标细化为数量、质量、时效、成本指标）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    setIndicatorsByGrid(table).forEach((set, i) => {
      const outputs = set.filter((s) => s.level1.name === '产出指标');
      // A grid without 二级 names cannot say which kind a row is.
      if (outputs.length === 0 || !outputs.some((s) => s.level2.known) || outputs.some((s) => s.level2.name === '质量指标')) return;
      const own = table.indicators.find((r) => r.grid === i && r.level2.name === '质量指标');
      const cell = own?.level3 ?? own?.level2.cell ?? outputs[0]?.level2.cell;
      if (cell) hits.push({ row: cell.row, col: cell.col, params: {} });
    });
    return hits;
  },
};
export default rule;
