import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { RuleFixes } from '../finding-list';
import type { ReportFinding } from '../finding-target';
import { usePaneText } from '../pane-text-context';
import { ruleTitle } from '../rule-families';
import { fill } from '../strings';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  row: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { minWidth: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  button: { flexShrink: 0 },
});

interface RuleFixButtonsProps {
  fixes: readonly RuleFixes[];
  busy: boolean;
  /** Each button beside its rule's title; false inside a rule's own group, which is titled already. */
  titled?: boolean;
  onApply(findings: readonly ReportFinding[]): void;
}

/** 全部应用（N）per rule: every suggestion of the rule, written at once and checked once. */
export function RuleFixButtons({ fixes, busy, titled = true, onApply }: RuleFixButtonsProps) {
  const styles = useStyles();
  const text = usePaneText();
  if (fixes.length === 0) return null;
  return (
    <ul className={styles.list}>
      {fixes.map(({ rule, findings }) => (
        <li key={rule} className={styles.row}>
          {titled && (
            <span className={styles.title} title={fill(text.ruleTooltip, { id: rule })}>
              {ruleTitle(rule)}
            </span>
          )}
          <Button
            className={styles.button}
            size="small"
            appearance="outline"
            data-testid="apply-rule-fixes"
            data-rule={rule}
            disabled={busy}
            aria-label={fill(text.applyRuleFixesLabel, { rule: ruleTitle(rule), count: findings.length })}
            onClick={() => onApply(findings)}
          >
            {fill(text.applyRuleFixes, { count: findings.length })}
          </Button>
        </li>
      ))}
    </ul>
  );
}
