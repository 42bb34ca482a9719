import { CONCRETE_RESULT, VAGUE_WORDS } from '../vocabulary';
import { type Rule, type RuleHit } from './rule';
import { goalItems, writtenGoals } from './support/goal-items';
import { hasNumber } from './support/indicator-value-rows';

const VAGUE_ALL = new RegExp(VAGUE_WORDS.source, 'gu');

const rule: Rule = {
  // The tables that set targets (a department's 年度总体目标 too): at year end and mid-year the target
  // is what was approved. The 绩效目标 beside each 职责活动 of the seed's department form states duties,
  // measured by the row's indicators and 评价标准; it is not a target field and is not read here.
  appliesTo: ['project', 'department'],
  meta: {
    id: 'target.vague',
    severity: 'warning',
    title: '绩效目标的某一条只有“提高、加强、改善、进一步”等笼统说法，没有数量、对象、质量或时限',
    message: '绩效目标“{items}”只有“{words}”一类的笼统说法，年底无法据此考核；请写出做什么、做多少、达到什么标准、何时完成，如“全年清运生活垃圾1200吨，主次干道保洁覆盖率100%”',
    example: { bad: '绩效目标：1.进一步优化公共环境，提升居民幸福感', good: '绩效目标：1.全年清运生活垃圾1200吨，主次干道保洁覆盖率100%' },
    criteria: { numbers: [20], source: '中诚政融《绩效目标设置的痼疾在哪里》（模糊化：进一步提高、明显改善、有效促进）；财政支出绩效评价管理暂行办法（具体细化、尽量定量）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const { cell } of writtenGoals(table)) {
      const vague = goalItems(cell.text).filter((item) => !hasNumber(item) && !CONCRETE_RESULT.test(item) && VAGUE_WORDS.test(item));
      if (vague.length === 0) continue;
      const words = [...new Set(vague.flatMap((item) => [...item.matchAll(VAGUE_ALL)].map((m) => m[0])))];
      // One finding per cell, naming every vague item.
      hits.push({ row: cell.row, col: cell.col, params: { items: vague.join('”“'), words: words.join('、') } });
    }
    return hits;
  },
};
export default rule;
