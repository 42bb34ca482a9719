import { TARGET_KINDS, type Rule } from './rule';
import { missingLevel1Hits } from './support/missing-level1';

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'indicator.missing-satisfaction',
    // 10号 lets an unset 满意度's points move to 产出 and 效益: a reviewer asks for it, the form is not wrong.
    severity: 'warning',
    title: '没有设置满意度指标',
    message: '{where}没有设置任何{category}；满意度反映服务对象对产出的认可，一般应设置一项，如“受益群众满意度 ≥90%”；确实不设的，其分值按规定调整到产出、效益指标',
    example: { bad: '满意度指标一行的三级指标和指标值都是“无”', good: '服务对象满意度指标：群众满意度 ≥90%' },
    criteria: { numbers: [3, 6], source: '财预〔2020〕10号 附件（未设满意度指标的，其分值调整至产出、效益指标）' },
  },
  check: (table) => missingLevel1Hits(table, ['满意度指标']),
};
export default rule;
