import { Button, makeStyles, tokens, useArrowNavigationGroup } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { fixesByRule, type FindingGroup } from '../finding-list';
import type { ReportFinding } from '../finding-target';
import { usePaneText } from '../pane-text-context';
import { fill } from '../strings';
import { FindingItem } from './finding-item';
import { RuleFixButtons } from './rule-fix-buttons';

/** Findings rendered per group before 显示更多, so a workbook with thousands stays responsive. */
const FINDINGS_PAGE = 100;

const useStyles = makeStyles({
  group: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    textAlign: 'start',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  chevron: { width: '12px', flexShrink: 0, color: tokens.colorNeutralForeground3 },
  heading: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, flexGrow: 1 },
  name: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  meta: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  count: {
    flexShrink: 0,
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground5,
    fontSize: tokens.fontSizeBase200,
  },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalS },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  more: { alignSelf: 'flex-start' },
});

interface TableGroupProps {
  group: FindingGroup;
  busy: boolean;
  onSelect(finding: ReportFinding): void;
  onApply(findings: readonly ReportFinding[]): void;
}

/** One table's findings under a header that folds them away. */
export function TableGroup({ group, busy, onSelect, onApply }: TableGroupProps) {
  const styles = useStyles();
  const text = usePaneText();
  const [expanded, setExpanded] = useState(true);
  const [limit, setLimit] = useState(FINDINGS_PAGE);
  const bodyId = useId();
  // Tab and the arrow keys both move through the findings.
  const arrows = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true, tabbable: true });
  const { table, findings } = group;
  const hidden = findings.length - limit;

  return (
    <section className={styles.group} data-testid="table-group" data-table-id={group.tableId}>
      <button type="button" className={styles.header} aria-expanded={expanded} aria-controls={bodyId} onClick={() => setExpanded(!expanded)}>
        <span className={styles.chevron} aria-hidden>
          {expanded ? '▾' : '▸'}
        </span>
        <span className={styles.heading}>
          <span className={styles.name}>{table?.name ?? fill(text.unknownTable, { id: group.tableId })}</span>
          <span className={styles.meta}>
            {table && <span>{`${table.sheet}!${table.range}`}</span>}
            {table?.score !== undefined && <span>{fill(text.groupScore, { score: Math.round(table.score * 10) / 10, grade: table.grade ?? '' })}</span>}
          </span>
        </span>
        <span className={styles.count}>{fill(text.groupCount, { count: findings.length })}</span>
      </button>
      {expanded && (
        <div id={bodyId} className={styles.body}>
          <RuleFixButtons fixes={fixesByRule(findings, 2)} busy={busy} onApply={onApply} />
          <div role="list" className={styles.list} {...arrows}>
            {findings.slice(0, limit).map((f, i) => (
              <FindingItem key={`${f.rule}@${f.cell}#${i}`} finding={f} busy={busy} onSelect={onSelect} onApply={onApply} />
            ))}
          </div>
          {hidden > 0 && (
            <Button className={styles.more} size="small" appearance="subtle" data-testid="show-more" onClick={() => setLimit(limit + FINDINGS_PAGE)}>
              {fill(text.showMore, { count: hidden })}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
