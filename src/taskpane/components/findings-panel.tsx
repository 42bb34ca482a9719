import { makeStyles, SearchBox, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import type { Severity } from '../../core/finding';
import type { Report } from '../../core/report';
import { crossTableFixes, groupFindings, matchCounts } from '../finding-list';
import type { ReportFinding } from '../finding-target';
import { usePaneText } from '../pane-text-context';
import { RuleFixButtons } from './rule-fix-buttons';
import { SeverityFilter } from './severity-filter';
import { TableGroup } from './table-group';

const ALL_SEVERITIES: ReadonlySet<Severity> = new Set(['error', 'warning', 'info']);

const useStyles = makeStyles({
  heading: { margin: 0 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
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
});

interface FindingsPanelProps {
  report: Report;
  busy: boolean;
  onSelect(finding: ReportFinding): void;
  onApply(findings: readonly ReportFinding[]): void;
}

/** The findings by table, filtered by severity and by a search over message, rule, cell and table. */
export function FindingsPanel({ report, busy, onSelect, onApply }: FindingsPanelProps) {
  const styles = useStyles();
  const text = usePaneText();
  const [shown, setShown] = useState(ALL_SEVERITIES);
  const [query, setQuery] = useState('');
  const titleId = useId();

  // Counts follow the search but not the toggles, so a toggled-off severity still says what it hides.
  const counts = useMemo(() => matchCounts(report, query), [report, query]);
  const groups = useMemo(() => groupFindings(report, { severities: shown, query }), [report, shown, query]);
  const bulk = useMemo(() => crossTableFixes(groups), [groups]);

  const toggle = (severity: Severity): void => {
    const next = new Set(shown);
    if (!next.delete(severity)) next.add(severity);
    setShown(next);
  };

  return (
    <section className={styles.panel} aria-labelledby={titleId}>
      <Subtitle2 as="h2" id={titleId} className={styles.heading}>
        {text.findingsTitle}
      </Subtitle2>
      <SeverityFilter shown={shown} counts={counts} onToggle={toggle} />
      <SearchBox
        className={styles.search}
        aria-label={text.search}
        placeholder={text.searchPlaceholder}
        value={query}
        onChange={(_, data) => setQuery(data.value)}
      />
      {bulk.length > 0 && (
        <div className={styles.bulk} data-testid="bulk-fixes">
          <Text size={200} weight="semibold">
            {text.bulkFixesTitle}
          </Text>
          <RuleFixButtons fixes={bulk} busy={busy} onApply={onApply} />
        </div>
      )}
      {groups.length === 0 && <Text className={styles.empty}>{report.findings.length === 0 ? text.noFindings : text.noMatches}</Text>}
      {groups.map((group) => (
        <TableGroup key={group.tableId} group={group} busy={busy} onSelect={onSelect} onApply={onApply} />
      ))}
    </section>
  );
}
