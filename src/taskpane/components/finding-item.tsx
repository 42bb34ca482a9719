import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { findingCellKey, type ReportFinding } from '../finding-target';
import { usePaneText } from '../pane-text-context';
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
  suggestion: { color: tokens.colorPaletteGreenForeground1, overflowWrap: 'anywhere' },
  apply: { marginLeft: tokens.spacingHorizontalS },
});

interface FindingItemProps {
  finding: ReportFinding;
  busy: boolean;
  onSelect(finding: ReportFinding): void;
  onApply(findings: readonly ReportFinding[]): void;
}

/** One finding: a button that selects its cell, and 应用建议 when the engine offers a fix. */
export function FindingItem({ finding, busy, onSelect, onApply }: FindingItemProps) {
  const styles = useStyles();
  const text = usePaneText();
  const { suggestion } = finding;
  return (
    <div role="listitem" className={styles.item}>
      <button
        type="button"
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
          <span className={styles.rule}>{finding.rule}</span>
        </span>
        <span className={styles.message}>{finding.message}</span>
        {suggestion !== undefined && <span className={styles.suggestion}>{fill(text.suggestion, { suggestion })}</span>}
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
          {text.applyFix}
        </Button>
      )}
    </div>
  );
}
