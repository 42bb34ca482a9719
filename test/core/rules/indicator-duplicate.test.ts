import rule from '../../../src/core/rules/indicator-duplicate';
import { fire } from './run-rule';

const row = (level3: string, value = '≥90%') => ({ level1: '满意度指标', level2: '服务对象满意度指标', level3, value, basis: '依据' });

describe('indicator.duplicate', () => {
  it('fires on the second occurrence, naming the first row, ignoring spaces and a trailing full stop', () => {
    const hits = fire(rule, { indicators: [row('群众满意度'), row('企业满意度'), row('群众 满意度。')] });
    expect(hits).toEqual([expect.objectContaining({ row: 12, col: 3, params: { name: '群众 满意度。', firstRow: 10 } })]);
  });

  it('does not count rows marked 无 as duplicates', () => {
    expect(fire(rule, { indicators: [row('无', '无'), row('无', '无')] })).toEqual([]);
  });
});
