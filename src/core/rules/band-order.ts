import type { Rule, RuleHit } from './rule';
import { orderProblem, type Direction } from '../parse/band-scale';
import { indicatorLabel, indicatorsOf } from './support/dept-rows';
import { displayText } from '../text';

const WAY: Record<Direction, string> = { up: '越高越好', down: '越低越好' };

const rule: Rule = {
  appliesTo: ['department'],
  meta: {
    id: 'band.order',
    severity: 'error',
    title: '评价标准各档次序颠倒（优不比良好，或优→良→中→差不是逐档变差）',
    message: '指标“{indicator}”的评价标准次序不对：{detail}。{fix}',
    example: { bad: '党员培训覆盖率：80% | 90% | 70% | 60%以下', good: '党员培训覆盖率：90% | 80% | 70% | 低于70%' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const indicator of indicatorsOf(table)) {
      const problem = orderProblem(indicator.bands);
      if (problem === null) continue;
      const text = (cell: { text: string }) => displayText(cell.text);
      const params = { indicator: indicatorLabel(indicator) };
      if (problem.kind === 'no-direction') {
        const { first, last } = problem;
        hits.push({
          row: last.cell.row,
          col: last.cell.col,
          params: {
            ...params,
            detail: `${first.name}档“${text(first.cell)}”与${last.name}档“${text(last.cell)}”看不出数值越高越好还是越低越好`,
            fix: '请让优、差两档分处两端：越高越好时优档最高，越低越好时优档最低',
          },
        });
      } else if (problem.kind === 'comparator') {
        const { entry, direction } = problem;
        hits.push({
          row: entry.cell.row,
          col: entry.cell.col,
          params: {
            ...params,
            detail: `本行${WAY[direction]}，${entry.name}档“${text(entry.cell)}”的比较词方向相反`,
            fix: direction === 'up'
              ? '越高越好时，优、良、中档写达到的下限（如“80%”“80%以上”），差档写“低于…”'
              : '越低越好时，优、良、中档写不超过的上限（如“2%”“2%以下”），差档写“高于…”',
          },
        });
      } else {
        const { entry, previous, direction } = problem;
        hits.push({
          row: entry.cell.row,
          col: entry.cell.col,
          params: {
            ...params,
            detail: `本行${WAY[direction]}，${entry.name}档“${text(entry.cell)}”并不比${previous.name}档“${text(previous.cell)}”差`,
            fix: direction === 'up' ? '请按优→良→中→差逐档降低' : '请按优→良→中→差逐档升高',
          },
        });
      }
    }
    return hits;
  },
};
export default rule;
