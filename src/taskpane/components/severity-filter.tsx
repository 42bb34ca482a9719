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
  /** The chips pressed; none pressed shows every severity. */
  selected: ReadonlySet<Severity>;
  counts: SeverityCounts;
  onToggle(severity: Severity): void;
}

/**
 * 错误 / 警告 / 提示 as chips that select what is shown: pressing 错误 shows the errors only, pressing
 * 警告 too adds the warnings, releasing every chip shows everything again. A pressed chip is filled.
 */
export function SeverityFilter({ selected, counts, onToggle }: SeverityFilterProps) {
  const styles = useStyles();
  const text = usePaneText();
  return (
    <div role="group" aria-label={text.severityFilter} className={styles.group}>
      {SEVERITIES.map((severity) => {
        const pressed = selected.has(severity);
        return (
          <ToggleButton
            key={severity}
            className={styles.button}
            size="small"
            shape="circular"
            appearance={pressed ? 'primary' : 'outline'}
            checked={pressed}
            data-testid={`filter-${severity}`}
            onClick={() => onToggle(severity)}
          >
            {fill(text.filterCount, { label: text[SEVERITY_LABEL[severity]], count: counts[severity] })}
          </ToggleButton>
        );
      })}
    </div>
  );
}
