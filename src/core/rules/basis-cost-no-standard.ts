import { compactText } from '../text';
import { namesACostStandard } from '../vocabulary';
import { PROJECT_KINDS, type Rule, type RuleHit } from './rule';
import { basisFault } from './support/basis-fault';
import { costAmounts } from './support/budget-cost-rows';

const rule: Rule = {
  appliesTo: PROJECT_KINDS,
  meta: {
    id: 'basis.cost-no-standard',
    severity: 'info',
    title: '成本指标的确定依据没有写出支出标准或测算依据',
    message: '成本指标“{name}”{value}的确定依据“{basis}”没有说明金额从哪里来；成本指标应按预算支出标准、定额或测算取值，请写明如“××补助标准（××〔2022〕5号）”“预算测算：每人每月1000元×7人×12个月”“采购合同”',
    example: { bad: '预算控制数 ≤64.39万元，确定依据“部门年初工作目标”', good: '确定依据“冀组发〔2018〕14号补助标准测算”' },
    criteria: { numbers: [9], source: '预算管理一体化系统 绩效标准（预算支出标准：用于成本指标的取值，不得超出规定的预算支出标准设置目标值）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const c of costAmounts(table)) {
      const basis = c.row.basis;
      // A basis that names no standard at all is basis.not-a-standard's; this one names a plan, not a price.
      if (!basis || compactText(basis.value) === '' || basisFault(c.row) !== null || namesACostStandard(basis.value)) continue;
      hits.push({ row: basis.row, col: basis.col, params: { name: c.row.level3?.value.trim() ?? '', value: c.cell.text.trim(), basis: basis.value.trim() } });
    }
    return hits;
  },
};
export default rule;
