import { checkAnnouncement, fixNotice, gradeChartLabel, stageText, undoNotice } from '../../src/taskpane/pane-messages';
import { gradeDistribution } from '../../src/taskpane/grade-distribution';
import { strings } from '../../src/taskpane/strings';
import { finding, report, table } from './report-fixture';

const zh = strings('zh');
const en = strings('en');

describe('pane messages', () => {
  it('names each stage of a check in its own units: sheets, tables, cells', () => {
    expect(stageText({ stage: 'read', done: 2, total: 5 }, zh)).toBe('正在读取工作表（已读 2/5 张）');
    expect(stageText({ stage: 'check', done: 1, total: 40 }, zh)).toBe('正在检查表格（已查 1/40 张）');
    expect(stageText({ stage: 'write', done: 1200, total: 3400 }, zh)).toBe('正在写入检查结果（已写 1200/3400 个单元格）');
    expect(stageText({ stage: 'write', done: 0, total: 3 }, en)).toBe('Writing results (0 of 3 cells written)');
    expect(stageText(null, zh)).toBe(zh.stageStarting);
  });

  it('names a stage whose size is not known yet without numbers', () => {
    expect(stageText({ stage: 'read', done: 0, total: 0 }, zh)).toBe('正在读取工作表…');
    expect(stageText({ stage: 'write', done: 0, total: 0 }, en)).toBe('Writing results…');
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
    expect(fixNotice({ applied: [a], changed: [], already: [], fixed: [] }, zh)).toEqual({ intent: 'success', text: '已应用 1 条建议：S!C5' });
    const mixed = fixNotice({ applied: [a], changed: [b], already: [], fixed: [] }, zh);
    expect(mixed.intent).toBe('warning');
    expect(mixed.text).toContain('1 个单元格在检查后已被修改，未应用建议：S!C6');
  });

  it('shortens a long list of cells', () => {
    const many = Array.from({ length: 8 }, (_, i) => finding({ sheet: 'S', cell: `C${i + 1}` }));
    expect(fixNotice({ applied: many, changed: [], already: [], fixed: [] }, zh).text).toBe('已应用 8 条建议：S!C1，S!C2，S!C3，S!C4，S!C5…');
  });

  it('says what 撤销 restored and which cells it kept because the user changed them since', () => {
    const cell = (name: string) => ({ target: { sheet: 'S', row: 1, col: 1 }, cell: name, before: { text: 'a', value: 'a' }, after: 'b' });
    expect(undoNotice({ restored: [cell('S!C1'), cell('S!C2')], kept: [] }, zh)).toEqual({ intent: 'success', text: '已撤销 2 个单元格的修改：S!C1，S!C2' });
    expect(undoNotice({ restored: [cell('S!C1')], kept: [cell('S!C2')] }, zh)).toEqual({
      intent: 'warning',
      text: '已撤销 1 个单元格的修改：S!C1 1 个单元格在应用建议后又被修改过，保留了现在的内容：S!C2',
    });
  });
});
