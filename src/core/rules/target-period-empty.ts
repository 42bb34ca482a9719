import { FIELD_NAMES, PERIOD_NAMES } from '../vocabulary';
import { TARGET_KINDS, type Rule } from './rule';
import { emptyPeriodGoals } from './support/period-goals';

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'target.period-empty',
    severity: 'error',
    title: '表中设有中期（长期、实施期）目标和年度目标两栏，其中一栏未填写',
    message: '表中设有“{field}”和“{other}”两栏，“{field}”未填写；请写明{period}要达到的产出和效果（数量、质量、时限），两栏目标都要填写',
    example: { bad: '中期目标：（空）；年度目标：2024年完成20个行政村生活污水治理', good: '中期目标：2024—2026年完成60个行政村生活污水治理，处理率达到85%以上' },
    criteria: { numbers: [2], source: '绩效目标申报表填报说明（长期目标、年度目标两栏）；财预〔2015〕88号 中期与年度目标表样' },
  },
  check(table) {
    return emptyPeriodGoals(table).map(({ goal, written }) => ({
      row: goal.cell.row,
      col: goal.cell.col,
      params: { field: FIELD_NAMES[goal.field], other: FIELD_NAMES[written.field], period: goal.period === null ? '该期' : `${PERIOD_NAMES[goal.period]}内` },
    }));
  },
};
export default rule;
