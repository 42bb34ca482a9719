import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { findingCellKey, type ReportFinding } from '../finding-target';
import { usePaneText } from '../pane-text-context';
import { ruleTitle } from '../rule-families';
import { fill } from '../strings';
import { SeverityBadge } from './severity-badge';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    // Scrolled to below the sticky toolbar, not under it.
    scrollMarginTop: '96px',
    scrollMarginBottom: tokens.spacingVerticalL,
  },
  current: {
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  finding: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    textAlign: 'start',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0, maxWidth: '100%' },
  cell: { fontWeight: tokens.fontWeightSemibold, fontFamily: tokens.fontFamilyMonospace },
  rule: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase100,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  message: { overflowWrap: 'anywhere' },
  apply: { marginLeft: tokens.spacingHorizontalS, maxWidth: 'calc(100% - 8px)', overflowWrap: 'anywhere', textAlign: 'start' },
});

interface FindingItemProps {
  finding: ReportFinding;
  /** The finding 上一个 / 下一个 is on: marked, and scrolled into view. */
  current: boolean;
  busy: boolean;
  onSelect(finding: ReportFinding): void;
  onApply(findings: readonly ReportFinding[]): void;
}

/**
 * One finding: a button that selects its cell, with the rule's title (its id in the tooltip), and
 * 应用建议 naming the suggested text once, when the engine offers a fix.
 */
export function FindingItem({ finding, current, busy, onSelect, onApply }: FindingItemProps) {
  const styles = useStyles();
  const text = usePaneText();
  const ref = useRef<HTMLDivElement>(null);
  const { suggestion } = finding;
  useEffect(() => {
    if (current) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  return (
    <div role="listitem" ref={ref} className={mergeClasses(styles.item, current && styles.current)} data-current={current ? 'true' : undefined}>
      <button
        type="button"
        aria-current={current ? 'true' : undefined}
        className={styles.finding}
        data-testid="finding"
        data-rule={finding.rule}
        data-cell={findingCellKey(finding)}
        data-severity={finding.severity}
        onClick={() => onSelect(finding)}
      >
        <span className={styles.line}>
          <SeverityBadge severity={finding.severity} />
          <span className={styles.cell}>{finding.cell}</span>
          <span className={styles.rule} title={fill(text.ruleTooltip, { id: finding.rule })} data-testid="finding-rule">
            {ruleTitle(finding.rule)}
          </span>
        </span>
        <span className={styles.message}>{finding.message}</span>
      </button>
      {suggestion !== undefined && (
        <Button
          className={styles.apply}
          size="small"
          data-testid="apply-fix"
          disabled={busy}
          aria-label={fill(text.applyFixLabel, { cell: findingCellKey(finding), suggestion })}
          onClick={() => onApply([finding])}
        >
          {fill(text.applyFixTo, { suggestion })}
        </Button>
      )}
    </div>
  );
}
