import type { Severity } from '../../src/core/finding';
import {
  crossTableFixes, findingKey, fixesByRule, groupFindings, matchCounts, matchesQuery, severityCounts, shownSeverities, walkOrder, workGroups,
} from '../../src/taskpane/finding-list';
import { finding, report, table } from './report-fixture';

const ALL: ReadonlySet<Severity> = new Set(['error', 'warning', 'info']);

const r = report(
  [table('t1', { name: '民兵补贴资金' }), table('t2', { name: '道路维修', sheet: '第二批' })],
  [
    finding({ table: 't2', sheet: '第二批', cell: 'D5', severity: 'warning', rule: 'indicator.vague', message: '指标值含糊' }),
    finding({ table: 't1', cell: 'C12', severity: 'info', rule: 'plan.milestone', message: '6月底进度偏慢' }),
    finding({ table: 't1', cell: 'C9', severity: 'error', rule: 'plan.gap', message: '计划值为空' }),
    finding({ table: 't1', cell: 'B9', severity: 'error', rule: 'plan.gap', message: '计划值为空' }),
    finding({ table: 't1', cell: 'AA3', severity: 'error', rule: 'required.empty', message: '项目编码为空' }),
  ],
);

describe('grouping findings', () => {
  it('groups by table in report order, most severe first, then in reading order', () => {
    const groups = groupFindings(r, { severities: ALL, query: '' });
    expect(groups.map((g) => g.tableId)).toEqual(['t1', 't2']);
    expect(groups[0]?.table?.name).toBe('民兵补贴资金');
    expect(groups[0]?.findings.map((f) => f.cell)).toEqual(['AA3', 'B9', 'C9', 'C12']);
  });

  it('leaves out tables with nothing shown and hides severities switched off', () => {
    const groups = groupFindings(r, { severities: new Set(['warning']), query: '' });
    expect(groups.map((g) => g.tableId)).toEqual(['t2']);
    expect(groups[0]?.findings.map((f) => f.rule)).toEqual(['indicator.vague']);
  });

  it('keeps findings of a table the report does not list, in a group of their own', () => {
    const orphan = report([table('t1')], [finding({ table: 'tx', cell: 'A1' })]);
    const groups = groupFindings(orphan, { severities: ALL, query: '' });
    expect(groups).toHaveLength(1);
    expect(groups[0]?.tableId).toBe('tx');
    expect(groups[0]?.table).toBeUndefined();
  });
});

describe('searching findings', () => {
  const f = r.findings[1]!;
  const t = r.tables[0];

  it('matches message, rule id, cell, sheet!cell and table name, ignoring case', () => {
    expect(matchesQuery(f, t, '进度')).toBe(true);
    expect(matchesQuery(f, t, 'PLAN.MILESTONE')).toBe(true);
    expect(matchesQuery(f, t, 'c12')).toBe(true);
    expect(matchesQuery(f, t, '项目表!C12')).toBe(true);
    expect(matchesQuery(f, t, '民兵')).toBe(true);
    expect(matchesQuery(f, t, '道路')).toBe(false);
  });

  it('needs every term to match', () => {
    expect(matchesQuery(f, t, '  民兵   进度 ')).toBe(true);
    expect(matchesQuery(f, t, '民兵 含糊')).toBe(false);
  });

  it('filters the groups by the search', () => {
    const groups = groupFindings(r, { severities: ALL, query: '道路' });
    expect(groups.map((g) => g.tableId)).toEqual(['t2']);
  });
});

describe('counting findings', () => {
  it('counts by severity', () => {
    expect(severityCounts(r.findings)).toEqual({ error: 3, warning: 1, info: 1 });
  });

  it('counts what the search matches, whichever severities are shown', () => {
    expect(matchCounts(r, 'plan')).toEqual({ error: 2, warning: 0, info: 1 });
    expect(matchCounts(r, '')).toEqual({ error: 3, warning: 1, info: 1 });
  });
});

describe('fixes by rule', () => {
  const fixable = [
    finding({ table: 't1', cell: 'C5', rule: 'indicator.no-unit', suggestion: '≥90%' }),
    finding({ table: 't1', cell: 'C5', rule: 'indicator.no-unit', suggestion: '≥90%' }),
    finding({ table: 't2', cell: 'C8', rule: 'indicator.no-unit', suggestion: '≥5次' }),
    finding({ table: 't1', cell: 'D9', rule: 'indicator.percent-word', suggestion: '%' }),
    finding({ table: 't1', cell: 'D10', rule: 'plan.gap' }),
  ];

  it('collects suggestions per rule, one per cell, above a minimum', () => {
    const all = fixesByRule(fixable, 1);
    expect(all.map((x) => [x.rule, x.findings.map((f) => f.cell)])).toEqual([
      ['indicator.no-unit', ['C5', 'C8']],
      ['indicator.percent-word', ['D9']],
    ]);
    expect(fixesByRule(fixable, 2).map((x) => x.rule)).toEqual(['indicator.no-unit']);
  });

  it('offers workbook-wide buttons only for rules whose fixes span tables', () => {
    const groups = groupFindings(report([table('t1'), table('t2')], fixable), { severities: ALL, query: '' });
    expect(crossTableFixes(groups).map((x) => [x.rule, x.findings.length])).toEqual([['indicator.no-unit', 2]]);
    const oneTable = groupFindings(report([table('t1')], fixable.filter((f) => f.table === 't1')), { severities: ALL, query: '' });
    expect(crossTableFixes(oneTable)).toEqual([]);
  });
});

describe('the work list', () => {
  const all = { severities: shownSeverities(new Set()), query: '' };

  it('shows every severity while no chip is selected, and only the selected ones after', () => {
    expect([...shownSeverities(new Set())].sort()).toEqual(['error', 'info', 'warning']);
    expect([...shownSeverities(new Set(['error']))]).toEqual(['error']);
  });

  it('groups by table with each group\'s counts', () => {
    const groups = workGroups(r, all, 'table');
    expect(groups.map((g) => [g.key, g.counts])).toEqual([
      ['table:t1', { error: 3, warning: 0, info: 1 }],
      ['table:t2', { error: 0, warning: 1, info: 0 }],
    ]);
  });

  it('groups by rule, rules with errors first, then the larger groups', () => {
    const groups = workGroups(r, all, 'rule');
    expect(groups.map((g) => [g.id, g.findings.length])).toEqual([
      ['plan.gap', 2],
      ['required.empty', 1],
      ['indicator.vague', 1],
      ['plan.milestone', 1],
    ]);
  });

  it('walks every error, then every warning, in the list\'s order, and no info while something worse is shown', () => {
    const walk = walkOrder(workGroups(r, all, 'table')).map((f) => `${f.sheet}!${f.cell}`);
    expect(walk).toEqual(['项目表!AA3', '项目表!B9', '项目表!C9', '第二批!D5']);
    const infosOnly = walkOrder(workGroups(r, { ...all, severities: new Set(['info']) }, 'table'));
    expect(infosOnly.map((f) => f.cell)).toEqual(['C12']);
  });

  it('walks a cell once per rule even when two findings of the rule name it', () => {
    const twice = report([table('t1')], [finding({ cell: 'B2' }), finding({ cell: 'B2' }), finding({ cell: 'B3' })]);
    expect(walkOrder(workGroups(twice, all, 'table')).map(findingKey)).toEqual(['plan.gap@项目表!B2', 'plan.gap@项目表!B3']);
  });
});
