import { GRADE_BARS, gradeDistribution } from '../../src/taskpane/grade-distribution';
import { table } from './report-fixture';

describe('grade distribution', () => {
  it('counts tables per grade, and tables without a score as 未评分', () => {
    const tables = [
      table('t1', { score: 95, grade: '优' }),
      table('t2', { score: 91, grade: '优' }),
      table('t3', { score: 55, grade: '差' }),
      table('t4'),
    ];
    expect(gradeDistribution(tables)).toEqual([
      { grade: '优', count: 2 },
      { grade: '良', count: 0 },
      { grade: '中', count: 0 },
      { grade: '差', count: 1 },
      { grade: '未评分', count: 1 },
    ]);
  });

  it('has a bar for every grade even with no tables', () => {
    expect(gradeDistribution([]).map((c) => c.grade)).toEqual([...GRADE_BARS]);
    expect(gradeDistribution([]).every((c) => c.count === 0)).toBe(true);
  });
});
