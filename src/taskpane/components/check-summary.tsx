import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, mergeClasses, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { CheckOutcome } from '../../addin/addin-host';
import { cellAddress } from '../../core/address';
import { gradeDistribution } from '../grade-distribution';
import { usePaneText } from '../pane-text-context';
import { fill } from '../strings';
import { GradeChart } from './grade-chart';

/** Plan problems listed by name; the rest are only counted, the summary sheet has them all. */
const PROBLEMS_LISTED = 5;

const useStyles = makeStyles({
  heading: { margin: 0 },
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  scope: { color: tokens.colorNeutralForeground3 },
  counts: { display: 'grid', gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', gap: tokens.spacingHorizontalXS, margin: 0 },
  // The term comes first in the markup, as a definition list wants; the number shows on top.
  tile: {
    display: 'flex',
    flexDirection: 'column-reverse',
    alignItems: 'center',
    padding: `${tokens.spacingVerticalXS} 0`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  number: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  errors: { color: tokens.colorPaletteRedForeground1 },
  warnings: { color: tokens.colorPaletteDarkOrangeForeground1 },
  infos: { color: tokens.colorPaletteBlueForeground2 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

/** What the last check found: counts, results it could not write, and the grades. */
export function CheckSummary({ outcome }: { outcome: CheckOutcome }) {
  const styles = useStyles();
  const text = usePaneText();
  const titleId = useId();
  const { summary } = outcome.report;
  const tiles = [
    { id: 'count-tables', value: summary.tables, label: text.countTables, tone: undefined },
    { id: 'count-errors', value: summary.errors, label: text.severityError, tone: styles.errors },
    { id: 'count-warnings', value: summary.warnings, label: text.severityWarning, tone: styles.warnings },
    { id: 'count-infos', value: summary.infos, label: text.severityInfo, tone: styles.infos },
  ];
  const { problems } = outcome;

  return (
    <section className={styles.summary} aria-labelledby={titleId}>
      <Subtitle2 as="h2" id={titleId} className={styles.heading}>
        {text.summaryTitle}
      </Subtitle2>
      <Text size={200} className={styles.scope}>
        {outcome.sheet === null ? text.resultScopeWorkbook : fill(text.resultScopeSheet, { sheet: outcome.sheet })}
        {outcome.summarySheet !== null && `${text.listSeparator}${fill(text.summarySheetWritten, { sheet: outcome.summarySheet })}`}
      </Text>
      <dl className={styles.counts}>
        {tiles.map((tile) => (
          <div key={tile.id} className={styles.tile}>
            <dt className={styles.label}>{tile.label}</dt>
            <dd className={mergeClasses(styles.number, tile.tone)} data-testid={tile.id}>
              {tile.value}
            </dd>
          </div>
        ))}
      </dl>
      {problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="plan-problems">
          <MessageBarBody>
            <MessageBarTitle>{fill(text.planProblemsTitle, { count: problems.length })}</MessageBarTitle>
            <ul className={styles.problems}>
              {problems.slice(0, PROBLEMS_LISTED).map((p) => (
                <li key={`${p.sheet}!${p.row},${p.col}`}>{`${p.sheet}!${cellAddress(p.row, p.col)} ${p.message}`}</li>
              ))}
              {problems.length > PROBLEMS_LISTED && <li>…</li>}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {summary.tables === 0 ? <Text>{text.noTables}</Text> : <GradeChart counts={gradeDistribution(outcome.report.tables)} />}
    </section>
  );
}
