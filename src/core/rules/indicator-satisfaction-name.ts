import { speaksOfApproval } from '../vocabulary';
import { TARGET_KINDS, type Rule, type RuleHit } from './rule';
import { setIndicators } from './support/indicator-set-rows';

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'indicator.satisfaction-name',
    severity: 'info',
    title: '满意度指标没有写成服务对象的满意度',
    message: '满意度指标“{name}”没有说明是谁的满意或认可；满意度指标应反映服务对象对产出的认可，如“受益群众满意度 ≥90%”',
    example: { bad: '服务对象满意度指标：环境卫生整治 ≥90%', good: '服务对象满意度指标：村民对环境卫生整治的满意度 ≥90%' },
    criteria: { numbers: [14], source: '财预〔2021〕101号 附件（满意度指标反映服务对象对产出及效果的认可程度）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const row of setIndicators(table)) {
      if (row.level1.name !== '满意度指标' || !row.level3 || row.level3.value.trim() === '') continue;
      if (speaksOfApproval(row.measure.name)) continue;
      hits.push({ row: row.level3.row, col: row.level3.col, params: { name: row.level3.value.trim() } });
    }
    return hits;
  },
};
export default rule;
