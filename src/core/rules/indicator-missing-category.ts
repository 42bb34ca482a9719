import { TARGET_KINDS, type Rule } from './rule';
import { missingLevel1Hits } from './support/missing-level1';

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'indicator.missing-category',
    severity: 'error',
    title: '缺少产出或效益指标（至少各设一项，不能全为“无”）',
    message: '{where}没有设置任何{category}，请至少设置一项{category}并填写指标值',
    example: { bad: '效益指标一行的三级指标和指标值都是“无”', good: '社会效益指标：群众安全感提升 ≥95%' },
    criteria: { numbers: [3, 61], source: '财预〔2021〕101号 附件（绩效指标包括产出、效益、满意度等）' },
  },
  check: (table) => missingLevel1Hits(table, ['产出指标', '效益指标']),
};
export default rule;
