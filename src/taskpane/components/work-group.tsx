import { Button, makeStyles, mergeClasses, tokens, useArrowNavigationGroup } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Severity } from '../../core/finding';
import { findingKey, fixesByRule, type WorkGroup } from '../finding-list';
import type { ReportFinding } from '../finding-target';
import { usePaneText } from '../pane-text-context';
import { ruleTitle } from '../rule-families';
import { fill } from '../strings';
import { FindingItem } from './finding-item';
import { RuleFixButtons } from './rule-fix-buttons';
import { TableScore } from './table-score';

/** Findings rendered per open group before 显示更多, so a group of thousands stays responsive. */
const FINDINGS_PAGE = 100;

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const useStyles = makeStyles({
  group: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    width: '100%',
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
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
  name: {
    flexGrow: 1,
    minWidth: 0,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  score: { flexShrink: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  counts: { display: 'flex', flexShrink: 0, gap: tokens.spacingHorizontalXXS },
  count: {
    minWidth: '20px',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    textAlign: 'center',
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorPaletteRedForeground2 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorPaletteDarkOrangeForeground2 },
  info: { backgroundColor: tokens.colorPaletteBlueBackground2, color: tokens.colorPaletteBlueForeground2 },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalS },
  meta: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  more: { alignSelf: 'flex-start' },
});

interface WorkGroupViewProps {
  group: WorkGroup;
  expanded: boolean;
  /** Key of the finding 上一个 / 下一个 is on, when it is in this group. */
  current: string | null;
  busy: boolean;
  onToggle(key: string): void;
  onSelect(finding: ReportFinding): void;
  onApply(findings: readonly ReportFinding[]): void;
}

/**
 * One table's (or one rule's) findings under a one-line header with the counts. A closed group
 * renders nothing inside, so a workbook of thousands of findings stays a few hundred elements.
 */
export function WorkGroupView({ group, expanded, current, busy, onToggle, onSelect, onApply }: WorkGroupViewProps) {
  const styles = useStyles();
  const text = usePaneText();
  const [limit, setLimit] = useState(FINDINGS_PAGE);
  const bodyId = useId();
  // Tab and the arrow keys both move through the findings.
  const arrows = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true, tabbable: true });
  const { table, findings, counts } = group;
  const name = group.by === 'rule' ? ruleTitle(group.id) : (table?.name ?? fill(text.unknownTable, { id: group.id }));
  const tooltip = group.by === 'rule' ? fill(text.ruleTooltip, { id: group.id }) : table ? `${name}\n${table.sheet}!${table.range}` : name;
  // The current finding is always rendered, however far down its open group it is.
  const currentIndex = current === null ? -1 : findings.findIndex((f) => findingKey(f) === current);
  const shown = Math.max(limit, currentIndex + 1);
  const hidden = findings.length - shown;

  return (
    <section className={styles.group} data-testid={group.by === 'table' ? 'table-group' : 'rule-group'} data-group={group.key} data-table-id={group.by === 'table' ? group.id : undefined}>
      <button
        type="button"
        className={styles.header}
        aria-expanded={expanded}
        aria-controls={expanded ? bodyId : undefined}
        title={tooltip}
        data-testid="group-header"
        onClick={() => onToggle(group.key)}
      >
        <span className={styles.chevron} aria-hidden>
          {expanded ? '▾' : '▸'}
        </span>
        <span className={styles.name}>{name}</span>
        {table && group.by === 'table' && (
          <span className={styles.score}>
            <TableScore table={table} />
          </span>
        )}
        <span className={styles.counts} aria-label={fill(text.groupCounts, { errors: counts.error, warnings: counts.warning, infos: counts.info })} role="img">
          {SEVERITIES.filter((s) => counts[s] > 0).map((s) => (
            <span key={s} className={mergeClasses(styles.count, styles[s])} data-testid={`group-count-${s}`}>
              {counts[s]}
            </span>
          ))}
        </span>
      </button>
      {expanded && (
        <div id={bodyId} className={styles.body}>
          {group.by === 'table' && table && (
            <span className={styles.meta}>
              <span>{`${table.sheet}!${table.range}`}</span>
            </span>
          )}
          {group.by === 'table' && <RuleFixButtons fixes={fixesByRule(findings, 2)} busy={busy} onApply={onApply} />}
          {group.by === 'rule' && <RuleFixButtons fixes={fixesByRule(findings, 2)} busy={busy} onApply={onApply} titled={false} />}
          <div role="list" className={styles.list} {...arrows}>
            {findings.slice(0, shown).map((f, i) => (
              <FindingItem key={`${findingKey(f)}#${i}`} finding={f} current={findingKey(f) === current} busy={busy} onSelect={onSelect} onApply={onApply} />
            ))}
          </div>
          {hidden > 0 && (
            <Button className={styles.more} size="small" appearance="subtle" data-testid="show-more" onClick={() => setLimit(shown + FINDINGS_PAGE)}>
              {fill(text.showMore, { count: hidden })}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
