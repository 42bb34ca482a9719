import { PROJECT_KINDS, type Rule, type RuleHit } from './rule';
import { assessProject } from '../check/assess-project';
import { formatNumber } from '../parse/actual-value';

/**
 * §4.2: at year end, a first level (产出/效益/满意度) without a set indicator gives its weight to the
 * others. Only when the table is being scored (an actual or 全年执行数 is there) and the weights
 * are the profile's even split; `indicator.missing-category` and `indicator.missing-satisfaction` cover the missing rows themselves.
 */
const rule: Rule = {
  appliesTo: PROJECT_KINDS,
  meta: {
    id: 'indicator.weight-redistributed',
    severity: 'warning',
    title: '年终自评时某一级指标（产出/效益/满意度）没有设定指标，其权重被分给其他一级指标',
    message: '{levels}没有设定指标，自评时其{weight}分已按比例分给其他一级指标；请补充{levels}，或说明不设的理由',
    example: { bad: '满意度指标各行均为“无”，已填实际完成值', good: '满意度指标：服务对象满意度 ≥90%，实际完成值95%' },
  },
  check(table, context) {
    const a = assessProject(table, context.profile);
    if (!a.scoring || a.weighting !== 'even' || a.redistributed.length === 0) return [];
    const first = table.indicators[0];
    const cell = first?.level1.cell ?? first?.level2.cell ?? first?.level3 ?? first?.value ?? { row: table.area.top, col: table.area.left };
    const hit: RuleHit = {
      row: cell.row,
      col: cell.col,
      params: {
        levels: a.redistributed.map((r) => r.level).join('、'),
        weight: formatNumber(a.redistributed.reduce((s, r) => s + r.weight, 0)),
      },
    };
    return [hit];
  },
};
export default rule;
