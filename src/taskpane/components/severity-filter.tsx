import { makeStyles, ToggleButton, tokens } from '@fluentui/react-components';
import type { Severity } from '../../core/finding';
import type { SeverityCounts } from '../finding-list';
import { usePaneText } from '../pane-text-context';
import { fill, SEVERITY_LABEL } from '../strings';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const useStyles = makeStyles({
  group: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  button: { minWidth: 0 },
});

interface SeverityFilterProps {
  shown: ReadonlySet<Severity>;
  counts: SeverityCounts;
  onToggle(severity: Severity): void;
}

/** 错误 / 警告 / 提示 as toggles with their counts; a pressed toggle shows that severity. */
export function SeverityFilter({ shown, counts, onToggle }: SeverityFilterProps) {
  const styles = useStyles();
  const text = usePaneText();
  return (
    <div role="group" aria-label={text.severityFilter} className={styles.group}>
      {SEVERITIES.map((severity) => (
        <ToggleButton
          key={severity}
          className={styles.button}
          size="small"
          checked={shown.has(severity)}
          data-testid={`filter-${severity}`}
          onClick={() => onToggle(severity)}
        >
          {fill(text.filterCount, { label: text[SEVERITY_LABEL[severity]], count: counts[severity] })}
        </ToggleButton>
      ))}
    </div>
  );
}
