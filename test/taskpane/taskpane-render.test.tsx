import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import type { AddinHost } from '../../src/addin/addin-host';
import { CheckSummary } from '../../src/taskpane/components/check-summary';
import { FindingsPanel } from '../../src/taskpane/components/findings-panel';
import { WorkGroupView } from '../../src/taskpane/components/work-group';
import { shownSeverities, workGroups, type GroupBy } from '../../src/taskpane/finding-list';
import { RuleSeverityEditor } from '../../src/taskpane/components/rule-severity-editor';
import { MilestonesEditor } from '../../src/taskpane/components/milestones-editor';
import { TaskpaneApp } from '../../src/taskpane/components/taskpane-app';
import { PaneTextContext } from '../../src/taskpane/pane-text-context';
import { strings, type PaneLanguage } from '../../src/taskpane/strings';
import { RULES } from '../../src/core/rules/catalogue';
import { finding, outcome, report, table } from './report-fixture';

function html(element: ReactElement, lang: PaneLanguage = 'zh'): string {
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <PaneTextContext.Provider value={strings(lang)}>{element}</PaneTextContext.Provider>
    </FluentProvider>,
  );
}

/** The text inside the first element carrying `attribute`, tags stripped. */
function textOf(markup: string, attribute: string): string | undefined {
  const at = markup.indexOf(attribute);
  if (at < 0) return undefined;
  const open = markup.indexOf('>', at) + 1;
  const tag = /<(\w+)[^<]*$/.exec(markup.slice(0, at))?.[1] ?? 'div';
  let depth = 1;
  let i = open;
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  re.lastIndex = open;
  for (let m = re.exec(markup); m; m = re.exec(markup)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      i = m.index;
      break;
    }
  }
  return markup.slice(open, i).replace(/<[^>]+>/g, '').replace(/<!-- -->/g, '');
}

const fixture = report(
  [table('t1', { name: '民兵补贴资金', score: 95, grade: '优' }), table('t2', { name: '道路维修', sheet: '第二批' }), table('t3', { score: 70, grade: '中' })],
  [
    finding({ table: 't1', cell: 'C9', rule: 'plan.gap', message: '“6月底”的计划值为空' }),
    finding({ table: 't1', cell: 'D12', severity: 'warning', rule: 'indicator.no-unit', message: '指标值“≥90”没有计量单位', suggestion: '≥90%' }),
    finding({ table: 't1', cell: 'D13', severity: 'warning', rule: 'indicator.no-unit', message: '指标值“≥80”没有计量单位', suggestion: '≥80%' }),
    finding({ table: 't2', sheet: '第二批', cell: 'E4', severity: 'info', rule: 'plan.milestone', message: '进度偏慢' }),
  ],
);

/** One group of the fixture, open, as the work list renders it. */
function openGroup(by: GroupBy, id: string, busy = false): ReactElement {
  const group = workGroups(fixture, { severities: shownSeverities(new Set()), query: '' }, by).find((g) => g.id === id);
  if (!group) throw new Error(`the fixture has no group ${id}`);
  return <WorkGroupView group={group} expanded current={null} busy={busy} onToggle={() => undefined} onSelect={() => undefined} onApply={() => undefined} />;
}

describe('task pane rendering', () => {
  it('shows the counts of a check and its grade distribution', () => {
    const markup = html(<CheckSummary outcome={outcome(fixture)} />);
    expect(textOf(markup, 'data-testid="count-tables"')).toBe('3');
    expect(textOf(markup, 'data-testid="count-errors"')).toBe('1');
    expect(textOf(markup, 'data-testid="count-warnings"')).toBe('2');
    expect(textOf(markup, 'data-testid="count-infos"')).toBe('1');
    expect(textOf(markup, 'data-grade="优"')).toBe('1');
    expect(textOf(markup, 'data-grade="中"')).toBe('1');
    expect(textOf(markup, 'data-grade="良"')).toBe('0');
    expect(textOf(markup, 'data-grade="未评分"')).toBe('1');
    expect(markup).toContain('aria-label="等级分布：优 1 张，良 0 张，中 1 张，差 0 张，未评分 1 张"');
    expect(markup).not.toContain('data-testid="plan-problems"');
  });

  it('lists results the plan could not write', () => {
    const problems = [{ sheet: '项目表', table: 't1', row: 3, col: 9, message: '单元格已有内容' }];
    const markup = html(<CheckSummary outcome={outcome(fixture, { problems, sheet: '项目表' })} />);
    expect(textOf(markup, 'data-testid="plan-problems"')).toContain('项目表!I3 单元格已有内容');
    expect(markup).toContain('范围：工作表「项目表」');
  });

  it('shows each group closed to one line with its counts, nothing of its findings rendered', () => {
    const markup = html(<FindingsPanel report={fixture} busy={false} fix={null} onSelect={() => undefined} onApply={() => undefined} onUndo={() => undefined} onDismissFix={() => undefined} />);
    expect(markup.match(/data-testid="table-group"/g)).toHaveLength(2);
    expect(markup).toContain('data-table-id="t1"');
    expect(markup).toContain('data-table-id="t2"');
    expect(markup).not.toContain('data-testid="finding"');
    expect(markup.match(/aria-expanded="false"/g)).toHaveLength(2);
    expect(markup).toContain('aria-label="1 个错误，2 个警告，0 个提示"');
    expect(markup).toContain('aria-label="搜索发现"');
    expect(textOf(markup, 'data-testid="filter-warning"')).toBe('警告（2）');
    // No chip is pressed: every severity is shown until the user selects one.
    expect(markup.match(/aria-pressed="false"[^>]*>[^<]*（/g)).toHaveLength(3);
    expect(textOf(markup, 'data-testid="walk-position"')).toBe('—/3');
  });

  it('opens a group on its findings, each a button naming its cell and its rule by title, with fixes where offered', () => {
    const markup = html(openGroup('table', 't1'));
    expect(markup.match(/data-testid="finding"/g)).toHaveLength(3);
    expect(markup).toMatch(/<button[^>]*data-testid="finding" data-rule="plan.gap" data-cell="项目表!C9"/);
    expect(markup.match(/data-testid="apply-fix"/g)).toHaveLength(2);
    expect(textOf(markup, 'data-testid="apply-fix"')).toBe('应用建议：改为“≥90%”');
    expect(markup).not.toContain('建议：≥90%<');
    expect(markup).toMatch(/data-testid="apply-rule-fixes" data-rule="indicator.no-unit"/);
    expect(textOf(markup, 'data-testid="apply-rule-fixes"')).toBe('全部应用（2）');
    const title = RULES.find((r) => r.meta.id === 'plan.gap')?.meta.title ?? 'plan.gap';
    expect(markup).toContain(`title="规则 plan.gap" data-testid="finding-rule">${title}<`);
    expect(markup).toContain('95 分（优）');
  });

  it('groups by rule, titled by the rule', () => {
    const markup = html(openGroup('rule', 'indicator.no-unit'));
    const title = RULES.find((r) => r.meta.id === 'indicator.no-unit')?.meta.title ?? '';
    expect(title).not.toBe('');
    expect(markup).toContain('data-group="rule:indicator.no-unit"');
    expect(markup).toContain(`>${title}</span>`);
    expect(markup.match(/data-testid="finding"/g)).toHaveLength(2);
  });

  it('speaks English when Office does', () => {
    const markup = html(<FindingsPanel report={fixture} busy={false} fix={null} onSelect={() => undefined} onApply={() => undefined} onUndo={() => undefined} onDismissFix={() => undefined} />, 'en');
    expect(markup).toContain('aria-label="Search findings"');
    expect(textOf(markup, 'data-testid="filter-error"')).toBe('Error (1)');
    expect(html(openGroup('table', 't1'), 'en')).toContain('“6月底”的计划值为空');
  });

  it('disables the fix buttons while the pane is busy', () => {
    const markup = html(openGroup('table', 't1', true));
    expect(markup).toMatch(/<button[^>]*disabled=""[^>]*data-testid="apply-fix"|<button[^>]*data-testid="apply-fix"[^>]*disabled=""/);
  });

  it('offers a severity for every rule, and a row per milestone', () => {
    const rules = html(<RuleSeverityEditor settings={{ 'plan.gap': 'off' }} onChange={() => undefined} />);
    expect(rules.match(/<select/g)).toHaveLength(RULES.length);
    expect(rules).toMatch(/<option value="off" selected="">关闭<\/option>/);
    const milestones = html(<MilestonesEditor milestones={[{ month: '6', minPercent: '50' }]} onChange={() => undefined} />);
    expect(milestones).toContain('aria-label="节点 1 月份"');
    expect(milestones).toContain('value="50"');
  });

  it('waits for the workbook profile before showing the actions', () => {
    const host = { displayLanguage: () => 'en-US', loadProfile: () => new Promise(() => undefined) } as unknown as AddinHost;
    const markup = renderToString(
      <FluentProvider theme={webLightTheme}>
        <TaskpaneApp host={host} autoCheckDelayMs={10} />
      </FluentProvider>,
    );
    expect(markup).toContain('Reading the settings…');
    expect(markup).not.toContain('Check tables');
  });
});
