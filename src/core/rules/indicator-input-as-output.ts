import { measuresFundsInput } from '../vocabulary';
import { TARGET_KINDS, type Rule, type RuleHit } from './rule';
import { setIndicators } from './support/indicator-set-rows';

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'indicator.input-as-output',
    severity: 'warning',
    title: '资金拨付、预算执行类指标被当作产出或效益指标',
    message: '“{name}”反映的是资金投入或执行，不是产出或效益；预算执行率在自评中单独计分，请改为反映提供的产品和服务的指标，如“完成维修校舍面积 ≥1200平方米”',
    example: { bad: '数量指标：资金拨付率 100%', good: '数量指标：完成维修校舍面积 ≥1200平方米' },
    criteria: { numbers: [12], source: '财预〔2021〕101号 附件（产出指标反映提供的公共产品和服务）；会计师事务所评审标准10（资金拨付类不作产出）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const row of setIndicators(table)) {
      const level1 = row.level1.name;
      if (!row.level3 || (level1 !== '产出指标' && level1 !== '效益指标')) continue;
      if (row.level2.name === '成本指标' || !measuresFundsInput(row.measure.name)) continue;
      hits.push({ row: row.level3.row, col: row.level3.col, params: { name: row.level3.value.trim() } });
    }
    return hits;
  },
};
export default rule;
