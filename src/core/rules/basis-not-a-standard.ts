import { TARGET_KINDS, type Rule, type RuleHit } from './rule';
import { basisFault } from './support/basis-fault';
import { setIndicators } from './support/indicator-set-rows';

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'basis.not-a-standard',
    severity: 'warning',
    title: '指标值确定依据没有写出一种绩效标准',
    message: '指标值确定依据“{basis}”{why}；请写明指标值从哪里来：计划标准、历史标准、行业标准或预算支出标准，如“部门年初工作计划”“上年完成值”“××〔2022〕3号文件”',
    example: { bad: '隐患整改率：指标值“100%”，确定依据“100%”', good: '隐患整改率：指标值“100%”，确定依据“《安全生产隐患排查治理办法》”' },
    criteria: { numbers: [8], source: '财预〔2021〕101号 附件（指标值设定依据：计划、历史、行业、预算支出标准）；预算管理一体化系统 INDEXSTANDARDS' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const row of setIndicators(table)) {
      const why = basisFault(row);
      if (row.basis && why !== null) hits.push({ row: row.basis.row, col: row.basis.col, params: { basis: row.basis.value.trim(), why } });
    }
    return hits;
  },
};
export default rule;
