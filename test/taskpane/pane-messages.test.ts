import { checkAnnouncement, fixNotice, gradeChartLabel, stageText } from '../../src/taskpane/pane-messages';
import { gradeDistribution } from '../../src/taskpane/grade-distribution';
import { strings } from '../../src/taskpane/strings';
import { finding, report, table } from './report-fixture';

const zh = strings('zh');
const en = strings('en');

describe('pane messages', () => {
  it('names each stage of a check with its steps', () => {
    expect(stageText({ stage: 'read', done: 2, total: 5 }, zh)).toBe('正在读取工作表（2/5）');
    expect(stageText({ stage: 'check', done: 1, total: 40 }, zh)).toBe('正在检查表格（1/40）');
    expect(stageText({ stage: 'write', done: 0, total: 3 }, en)).toBe('Writing results (0/3)');
    expect(stageText(null, zh)).toBe(zh.stageStarting);
  });

  it('announces the counts of a finished check', () => {
    const r = report([table('t1')], [finding({ cell: 'A1' }), finding({ cell: 'A2', severity: 'warning' })]);
    expect(checkAnnouncement(r, zh)).toBe('检查完成：1 个错误，1 个警告，0 个提示，共 1 张表');
  });

  it('describes the grade chart bar by bar', () => {
    const counts = gradeDistribution([table('t1', { score: 95, grade: '优' }), table('t2')]);
    expect(gradeChartLabel(counts, zh)).toBe('等级分布：优 1 张，良 0 张，中 0 张，差 0 张，未评分 1 张');
    expect(gradeChartLabel(counts, en)).toBe('Grade distribution: 优 1, 良 0, 中 0, 差 0, Not scored 1');
  });

  it('says which fixes were applied and warns about cells changed since the check', () => {
    const a = finding({ sheet: 'S', cell: 'C5' });
    const b = finding({ sheet: 'S', cell: 'C6' });
    expect(fixNotice({ applied: [a], changed: [], already: [] }, zh)).toEqual({ intent: 'success', text: '已应用 1 条建议：S!C5' });
    const mixed = fixNotice({ applied: [a], changed: [b], already: [] }, zh);
    expect(mixed.intent).toBe('warning');
    expect(mixed.text).toContain('1 个单元格在检查后已被修改，未应用建议：S!C6');
  });

  it('shortens a long list of cells', () => {
    const many = Array.from({ length: 8 }, (_, i) => finding({ sheet: 'S', cell: `C${i + 1}` }));
    expect(fixNotice({ applied: many, changed: [], already: [] }, zh).text).toBe('已应用 8 条建议：S!C1，S!C2，S!C3，S!C4，S!C5…');
  });
});
