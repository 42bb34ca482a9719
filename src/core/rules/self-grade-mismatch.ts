import type { Rule } from './rule';
import { gradeOf } from '../profile/grade-of';
import { GRADES } from '../vocabulary';
import { points } from './support/self-rows';

/** A printed 自评等级 / 自评结论 against the grade its own 总分 earns under the profile's bands. */
const rule: Rule = {
  appliesTo: ['self-evaluation'],
  meta: {
    id: 'self.grade-mismatch',
    severity: 'warning',
    title: '自评等级（结论）与总分对应的等级不符',
    message: '总分{total}分对应等级“{expected}”（优≥{top}、良≥{good}、中≥{pass}），表中自评等级为“{printed}”',
    example: { bad: '总分85，自评等级：优', good: '自评等级：良' },
    criteria: { numbers: [53], source: '财预〔2020〕10号（优≥90、良80–90、中60–80、差<60）；省级系统版本见检查方案' },
  },
  check(table, context) {
    const cell = table.texts.selfGrade;
    const total = table.totalRow?.score?.value ?? null;
    if (!cell || total === null) return [];
    const printed = GRADES.find((g) => cell.value.includes(g));
    if (printed === undefined) return [];
    const expected = gradeOf(total, context.profile);
    if (printed === expected) return [];
    const t = context.profile.gradeThresholds;
    return [{ row: cell.row, col: cell.col, params: { total: points(total), expected, printed, top: t.优, good: t.良, pass: t.中 }, suggestion: expected }];
  },
};
export default rule;
