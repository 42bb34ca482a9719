import rule from '../../../src/core/rules/required-dept-empty';
import { DEPT_COLS, makeDepartmentTable } from '../make-department-table';
import { fireDept } from './run-department-rule';

const full = ['100%', '90%', '80%', '60%以下'] as [string, string, string, string];

describe('required.dept-empty', () => {
  it('fires on the name cell of an indicator row that has bands but no 绩效指标', () => {
    const table = makeDepartmentTable([
      { name: '一、镇党委', budget: 3 },
      { name: '思想政治建设', budget: 3, indicators: [{ name: '党员培训覆盖率', bands: full }, { name: '', bands: full }] },
    ]);
    const hits = fireDept(rule, table);
    expect(hits).toEqual([expect.objectContaining({ row: 6, col: DEPT_COLS.indicator })]);
    expect(hits[0]?.message).toBe('评价标准为“100% | 90% | 80% | 60%以下”的一行的“绩效指标”未填写，请填写后再报送');
  });

  it('fires on empty 内容描述 and 绩效目标 of an activity, and on an activity without indicators', () => {
    const table = makeDepartmentTable([
      { name: '一、镇党委', budget: 3 },
      { name: '思想政治建设', budget: 3, content: '', goal: ' ', indicators: [{ name: '党员培训覆盖率', bands: full }] },
      { name: '国防教育', indicators: [] },
    ]);
    const hits = fireDept(rule, table);
    expect(hits.map((h) => [h.row, h.col, h.params.field])).toEqual([
      [5, DEPT_COLS.content, '内容描述'], [5, DEPT_COLS.goal, '绩效目标'], [6, DEPT_COLS.indicator, '绩效指标'],
    ]);
    expect(hits[0]?.message).toBe('职责活动“思想政治建设”的“内容描述”未填写，请填写后再报送');
  });

  it('checks a department row without activities as an activity; a heading department row needs no indicators', () => {
    const table = makeDepartmentTable([
      { name: '一、镇党委', budget: 3, content: '', goal: '' },
      { name: '思想政治建设', budget: 3, indicators: [{ name: '党员培训覆盖率', bands: full }] },
      { name: '十二、退役军人服务站', budget: 13.4, content: '', indicators: [{ name: '退役军人服务站达标率', bands: full }] },
    ]);
    expect(fireDept(rule, table).map((h) => [h.row, h.params.field])).toEqual([[6, '内容描述']]);
  });

  it('stays quiet on empty budgets and on indicator rows with neither name nor bands', () => {
    const table = makeDepartmentTable([
      { name: '四、镇纪律检查委员会' },
      { name: '维护党的章程', indicators: [{ name: '巡视监督覆盖率', bands: full }, { name: '', bands: ['', '', '', ''] }] },
    ]);
    expect(fireDept(rule, table)).toEqual([]);
  });
});

describe('required.dept-empty without any indicator in the table', () => {
  it('reports the missing 绩效指标 on the activity’s own cell, never outside the table', () => {
    const table = makeDepartmentTable([{ name: '一、镇党委', budget: 3 }, { name: '思想政治建设', budget: 3 }]);
    expect(fireDept(rule, table).map((h) => [h.row, h.col])).toEqual([[5, DEPT_COLS.name]]);
  });
});
