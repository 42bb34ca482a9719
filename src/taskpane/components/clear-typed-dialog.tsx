import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { TypedEntriesChoice } from '../../addin/addin-host';
import { usePaneText } from '../pane-text-context';
import { fill } from '../strings';

interface ClearTypedDialogProps {
  /** Entries the user typed into the input cells; the dialog is open while this is above 0. */
  count: number;
  onChoose(choice: TypedEntriesChoice | null): void;
}

/** 清除检查结果 with typed entries: keep them, remove them too, or do nothing (null). */
export function ClearTypedDialog({ count, onChoose }: ClearTypedDialogProps) {
  const text = usePaneText();
  return (
    <Dialog open={count > 0} modalType="alert" onOpenChange={(_, data) => !data.open && onChoose(null)}>
      <DialogSurface data-testid="clear-typed-dialog">
        <DialogBody>
          <DialogTitle>{text.typedTitle}</DialogTitle>
          <DialogContent>{fill(text.typedBody, { count })}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onChoose('keep')} data-testid="clear-keep-typed">{text.typedKeep}</Button>
            <Button onClick={() => onChoose('drop')} data-testid="clear-drop-typed">{text.typedDrop}</Button>
            <Button appearance="subtle" onClick={() => onChoose(null)}>{text.typedCancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
