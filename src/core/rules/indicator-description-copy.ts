import { compactText } from '../text';
import { TARGET_KINDS, type Rule } from './rule';
import { setIndicators } from './support/indicator-set-rows';

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'indicator.description-copy',
    severity: 'info',
    title: '绩效指标描述照抄了指标名称（每张表提示一次）',
    message: '{copied}个指标的“绩效指标描述”与三级指标名称相同（共{described}个），没有说明含义和口径；请写明怎样计算，如“资金发放率：实际发放人数/应发放人数”',
    example: { bad: '三级指标“补贴发放人数”，绩效指标描述“补贴发放人数”', good: '绩效指标描述“按花名册实际发放补贴的民兵人数”' },
    criteria: { numbers: [22], source: '预算管理一体化系统（指标解释）；财预〔2021〕101号 附件（定量指标说明计算公式）' },
  },
  check(table) {
    const described = setIndicators(table).filter((r) => r.description && r.level3 && compactText(r.description.value) !== '');
    const copied = described.filter((r) => compactText(r.description?.value ?? '') === compactText(r.level3?.value ?? ''));
    const first = copied[0]?.description;
    // One row copying its name is a slip; most of them is how the table was filled: say it once.
    if (!first || copied.length * 2 < described.length) return [];
    return [{ row: first.row, col: first.col, params: { copied: copied.length, described: described.length } }];
  },
};
export default rule;
