import { makeStyles, tokens } from '@fluentui/react-components';
import type { GradeBar, GradeCount } from '../grade-distribution';
import { gradeChartLabel, gradeLabel } from '../pane-messages';
import { usePaneText } from '../pane-text-context';

const BAR_COLOR: Readonly<Record<GradeBar, string>> = {
  优: tokens.colorPaletteGreenBackground3,
  良: tokens.colorPaletteBlueBackground2,
  中: tokens.colorPaletteMarigoldBackground3,
  差: tokens.colorPaletteRedBackground3,
  未评分: tokens.colorNeutralBackground5,
};

const useStyles = makeStyles({
  chart: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0 },
  title: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  label: { width: '6em', flexShrink: 0, whiteSpace: 'nowrap', color: tokens.colorNeutralForeground2 },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexGrow: 1, minWidth: 0 },
  track: { flexGrow: 1, height: '10px', borderRadius: tokens.borderRadiusSmall, backgroundColor: tokens.colorNeutralBackground3 },
  fill: { height: '100%', borderRadius: tokens.borderRadiusSmall },
  count: { minWidth: '2.5em', textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
});

/** How many tables got each grade, as horizontal bars scaled to the largest count. */
export function GradeChart({ counts }: { counts: readonly GradeCount[] }) {
  const styles = useStyles();
  const text = usePaneText();
  const max = Math.max(1, ...counts.map((c) => c.count));
  return (
    <div className={styles.chart} role="img" aria-label={gradeChartLabel(counts, text)} data-testid="grade-chart">
      <span className={styles.title}>{text.gradeChartTitle}</span>
      {counts.map(({ grade, count }) => (
        <div key={grade} className={styles.row}>
          <span className={styles.label}>{gradeLabel(grade, text)}</span>
          {/* The element named by data-grade holds only the count as text. */}
          <div className={styles.bar} data-grade={grade}>
            <div className={styles.track}>
              <div className={styles.fill} style={{ width: `${(count / max) * 100}%`, backgroundColor: BAR_COLOR[grade] }} />
            </div>
            <span className={styles.count}>{count}</span>
          </div>
        </div>
      ))}
    </div>
  );
}
