import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from '@fluentui/react-components';
import { usePaneText } from '../pane-text-context';
import type { FixOutcome } from '../session-reducer';
import { fill } from '../strings';
import { DismissButton } from './dismiss-button';

const useStyles = makeStyles({
  // Kept short, as it sits in the sticky toolbar above the list: a long list of cells scrolls inside.
  message: {
    overflowWrap: 'anywhere',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    maxHeight: `calc(3 * ${tokens.lineHeightBase200})`,
    overflowY: 'auto',
  },
});

interface FixOutcomeBarProps {
  fix: FixOutcome | null;
  busy: boolean;
  onUndo(): void;
  onDismiss(): void;
}

/**
 * What the last 应用建议 or 撤销 did, in the work list's toolbar where the user is working, with
 * 撤销 while there is something to take back. The live region stays mounted so each outcome is read out.
 */
export function FixOutcomeBar({ fix, busy, onUndo, onDismiss }: FixOutcomeBarProps) {
  const styles = useStyles();
  const text = usePaneText();
  return (
    <div aria-live="polite" data-testid="fix-outcome">
      {fix !== null && (
        <MessageBar intent={fix.notice.intent} layout="multiline" data-testid="fix-notice">
          <MessageBarBody className={styles.message}>{fix.notice.text}</MessageBarBody>
          <MessageBarActions containerAction={<DismissButton onClick={onDismiss} />}>
            {fix.undo.length > 0 && (
              <Button size="small" disabled={busy} data-testid="undo" aria-label={fill(text.undoLabel, { count: fix.undo.length })} onClick={onUndo}>
                {text.undo}
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
