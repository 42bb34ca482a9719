import { Button, makeStyles, SearchBox, Subtitle2, Text, ToggleButton, tokens } from '@fluentui/react-components';
import { useId, useMemo, useRef, useState } from 'react';
import type { Severity } from '../../core/finding';
import type { Report } from '../../core/report';
import { crossTableFixes, findingKey, groupFindings, matchCounts, shownSeverities, walkOrder, workGroups, type GroupBy } from '../finding-list';
import type { ReportFinding } from '../finding-target';
import { usePaneText } from '../pane-text-context';
import type { FixOutcome } from '../session-reducer';
import { fill } from '../strings';
import { useFocusAfterFix } from '../use-focus-after-fix';
import { ConfirmFixesDialog } from './confirm-fixes-dialog';
import { FixOutcomeBar } from './fix-outcome-bar';
import { RuleFixButtons } from './rule-fix-buttons';
import { SeverityFilter } from './severity-filter';
import { WorkGroupView } from './work-group';

const useStyles = makeStyles({
  heading: { margin: 0 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // The counts, the filter and 上一个 / 下一个 stay in view while the list scrolls under them.
  toolbar: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    margin: `0 calc(-1 * ${tokens.spacingHorizontalM})`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  walk: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  position: { marginLeft: 'auto', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  options: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  expand: { marginLeft: 'auto' },
  search: { boxSizing: 'border-box', width: '100%', maxWidth: '100%' },
  bulk: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  empty: { color: tokens.colorNeutralForeground3 },
  groups: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

interface FindingsPanelProps {
  report: Report;
  busy: boolean;
  /** What the last fix or undo did, shown in the toolbar. */
  fix: FixOutcome | null;
  onSelect(finding: ReportFinding): void;
  onApply(findings: readonly ReportFinding[]): void;
  onUndo(): void;
  onDismissFix(): void;
}

/**
 * The work list: findings grouped by table or by rule, groups closed to one line each, severity
 * chips that select what is shown, a search, and 上一个 / 下一个 walking the errors then the
 * warnings, selecting each cell in turn.
 */
export function FindingsPanel({ report, busy, fix, onSelect, onApply, onUndo, onDismissFix }: FindingsPanelProps) {
  const styles = useStyles();
  const text = usePaneText();
  const [selected, setSelected] = useState<ReadonlySet<Severity>>(new Set());
  const [query, setQuery] = useState('');
  const [by, setBy] = useState<GroupBy>('table');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [current, setCurrent] = useState<string | null>(null);
  const titleId = useId();
  const panel = useRef<HTMLElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const keepFocus = useFocusAfterFix(busy, panel, nextButton);
  // A batch (全部应用) waits here for the user's yes.
  const [confirming, setConfirming] = useState<readonly ReportFinding[] | null>(null);

  // Counts follow the search but not the chips, so an unselected severity still says what it holds.
  const counts = useMemo(() => matchCounts(report, query), [report, query]);
  const filter = useMemo(() => ({ severities: shownSeverities(selected), query }), [selected, query]);
  const groups = useMemo(() => workGroups(report, filter, by), [report, filter, by]);
  const walk = useMemo(() => walkOrder(groups), [groups]);
  const bulk = useMemo(() => crossTableFixes(groupFindings(report, filter)), [report, filter]);
  const index = current === null ? -1 : walk.findIndex((f) => findingKey(f) === current);

  const toggleSeverity = (severity: Severity): void => {
    const next = new Set(selected);
    if (!next.delete(severity)) next.add(severity);
    setSelected(next);
  };
  const toggleGroup = (key: string): void => {
    const next = new Set(open);
    if (!next.delete(key)) next.add(key);
    setOpen(next);
  };
  const choose = (finding: ReportFinding): void => {
    setCurrent(findingKey(finding));
    const group = groups.find((g) => g.findings.includes(finding));
    if (group && !open.has(group.key)) setOpen(new Set(open).add(group.key));
    onSelect(finding);
  };
  const step = (delta: 1 | -1): void => {
    if (walk.length === 0) return;
    const next = index < 0 ? (delta > 0 ? 0 : walk.length - 1) : (index + delta + walk.length) % walk.length;
    choose(walk[next] as ReportFinding);
  };
  const allOpen = groups.length > 0 && groups.every((g) => open.has(g.key));
  const apply = (findings: readonly ReportFinding[]): void => {
    keepFocus(new Set(findings.map(findingKey)));
    onApply(findings);
  };
  const requestApply = (findings: readonly ReportFinding[]): void => {
    if (findings.length > 1) setConfirming(findings);
    else apply(findings);
  };
  const undo = (): void => {
    keepFocus(new Set());
    onUndo();
  };

  return (
    <section ref={panel} className={styles.panel} aria-labelledby={titleId}>
      <Subtitle2 as="h2" id={titleId} className={styles.heading}>
        {text.findingsTitle}
      </Subtitle2>
      <div className={styles.toolbar} data-testid="findings-toolbar">
        <SeverityFilter selected={selected} counts={counts} onToggle={toggleSeverity} />
        <div className={styles.walk}>
          <Button size="small" disabled={walk.length === 0} aria-label={text.walkPreviousLabel} data-testid="walk-previous" onClick={() => step(-1)}>
            {text.walkPrevious}
          </Button>
          <Button ref={nextButton} size="small" appearance="primary" disabled={walk.length === 0} aria-label={text.walkNextLabel} data-testid="walk-next" onClick={() => step(1)}>
            {text.walkNext}
          </Button>
          <span className={styles.position} data-testid="walk-position" aria-live="polite">
            {index < 0 ? fill(text.walkPositionNone, { total: walk.length }) : fill(text.walkPosition, { index: index + 1, total: walk.length })}
          </span>
        </div>
        <FixOutcomeBar fix={fix} busy={busy} onUndo={undo} onDismiss={onDismissFix} />
      </div>
      <div className={styles.options}>
        <div role="group" aria-label={text.groupBy} className={styles.options}>
          {(['table', 'rule'] as const).map((option) => (
            <ToggleButton
              key={option}
              size="small"
              appearance={by === option ? 'primary' : 'subtle'}
              checked={by === option}
              data-testid={`group-by-${option}`}
              onClick={() => setBy(option)}
            >
              {option === 'table' ? text.groupByTable : text.groupByRule}
            </ToggleButton>
          ))}
        </div>
        <Button
          className={styles.expand}
          size="small"
          appearance="subtle"
          data-testid="expand-all"
          disabled={groups.length === 0}
          onClick={() => setOpen(allOpen ? new Set() : new Set(groups.map((g) => g.key)))}
        >
          {allOpen ? text.collapseAll : text.expandAll}
        </Button>
      </div>
      <SearchBox
        className={styles.search}
        aria-label={text.search}
        placeholder={text.searchPlaceholder}
        value={query}
        onChange={(_, data) => setQuery(data.value)}
      />
      {groups.length === 0 && <Text className={styles.empty}>{report.findings.length === 0 ? text.noFindings : text.noMatches}</Text>}
      <div className={styles.groups}>
        {groups.map((group) => (
          <WorkGroupView
            key={group.key}
            group={group}
            expanded={open.has(group.key)}
            current={current}
            busy={busy}
            onToggle={toggleGroup}
            onSelect={choose}
            onApply={requestApply}
          />
        ))}
      </div>
      {bulk.length > 0 && (
        <div className={styles.bulk} data-testid="bulk-fixes">
          <Text size={200} weight="semibold">
            {text.bulkFixesTitle}
          </Text>
          <RuleFixButtons fixes={bulk} busy={busy} onApply={requestApply} />
        </div>
      )}
      <ConfirmFixesDialog
        findings={confirming}
        onCancel={() => setConfirming(null)}
        onConfirm={(findings) => {
          setConfirming(null);
          apply(findings);
        }}
      />
    </section>
  );
}
