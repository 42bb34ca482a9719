import { Field, ProgressBar } from '@fluentui/react-components';
import type { CheckProgress as Progress } from '../../addin/addin-host';
import { stageText } from '../pane-messages';
import { usePaneText } from '../pane-text-context';
import type { Busy } from '../session-reducer';

/** The bar while the pane works: a check's stage and steps, or an indeterminate bar for the rest. */
export function CheckProgress({ busy, progress }: { busy: Busy; progress: Progress | null }) {
  const text = usePaneText();
  const label = busy === 'check' ? stageText(progress, text) : text.working;
  const value = busy === 'check' && progress !== null && progress.total > 0 ? progress.done / progress.total : undefined;
  return (
    <Field validationMessage={label} validationState="none" data-testid="check-progress">
      <ProgressBar value={value} aria-label={label} />
    </Field>
  );
}
