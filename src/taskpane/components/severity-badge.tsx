import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Severity } from '../../core/finding';
import { SEVERITY_LABEL } from '../strings';
import { usePaneText } from '../pane-text-context';

const useStyles = makeStyles({
  // A span, not Fluent's Badge (a div), because it sits inside the finding's button.
  badge: {
    display: 'inline-block',
    flexShrink: 0,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorPaletteRedForeground2 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorPaletteDarkOrangeForeground2 },
  info: { backgroundColor: tokens.colorPaletteBlueBackground2, color: tokens.colorPaletteBlueForeground2 },
});

export function SeverityBadge({ severity }: { severity: Severity }) {
  const styles = useStyles();
  const text = usePaneText();
  return <span className={mergeClasses(styles.badge, styles[severity])}>{text[SEVERITY_LABEL[severity]]}</span>;
}
