import { Button, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { MilestoneForm } from '../profile-form';
import { usePaneText } from '../pane-text-context';
import { fill } from '../strings';

const useStyles = makeStyles({
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  input: { width: '7em', minWidth: 0 },
  // The unit (月底, %) on one line beside the number.
  unit: { whiteSpace: 'nowrap' },
  add: { alignSelf: 'flex-start' },
});

/** The two numbers of a milestone: the month it ends, the percent spent by then. */
const FIELDS = [
  { key: 'month', min: 1, max: 12, unit: 'monthSuffix', label: 'milestoneMonth' },
  { key: 'minPercent', min: 0, max: 100, unit: 'percentSuffix', label: 'milestonePercent' },
] as const;

interface MilestonesEditorProps {
  milestones: readonly MilestoneForm[];
  onChange(milestones: MilestoneForm[]): void;
}

/** 序时进度节点: month and minimum cumulative percent, one row each. */
export function MilestonesEditor({ milestones, onChange }: MilestonesEditorProps) {
  const styles = useStyles();
  const text = usePaneText();
  const titleId = useId();
  const update = (index: number, change: Partial<MilestoneForm>): void =>
    onChange(milestones.map((m, i) => (i === index ? { ...m, ...change } : m)));

  return (
    <div role="group" aria-labelledby={titleId} className={styles.editor}>
      <Text id={titleId} weight="semibold">
        {text.milestones}
      </Text>
      <Text size={200} className={styles.hint}>
        {text.milestonesHint}
      </Text>
      {milestones.map((m, i) => (
        <div key={i} className={styles.row} data-testid="milestone">
          {FIELDS.map(({ key, min, max, unit, label }) => (
            <Input
              key={key}
              className={styles.input}
              type="number"
              min={min}
              max={max}
              value={m[key]}
              contentAfter={{ className: styles.unit, children: text[unit] }}
              aria-label={fill(text[label], { n: i + 1 })}
              onChange={(_, data) => update(i, { [key]: data.value })}
            />
          ))}
          <Button
            appearance="subtle"
            size="small"
            aria-label={fill(text.removeMilestone, { n: i + 1 })}
            onClick={() => onChange(milestones.filter((_, j) => j !== i))}
          >
            {text.remove}
          </Button>
        </div>
      ))}
      <Button className={styles.add} size="small" onClick={() => onChange([...milestones, { month: '', minPercent: '' }])}>
        {text.addMilestone}
      </Button>
    </div>
  );
}
