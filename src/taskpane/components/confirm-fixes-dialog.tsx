import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { findingCellKey, type ReportFinding } from '../finding-target';
import { cellList } from '../pane-messages';
import { usePaneText } from '../pane-text-context';
import { ruleTitle } from '../rule-families';
import { fill } from '../strings';

interface ConfirmFixesDialogProps {
  /** The batch 全部应用 would write, one finding per cell; the dialog is open while it is set. */
  findings: readonly ReportFinding[] | null;
  onConfirm(findings: readonly ReportFinding[]): void;
  onCancel(): void;
}

/** 全部应用 asks once: how many cells will change, which, and that 撤销 takes them back. */
export function ConfirmFixesDialog({ findings, onConfirm, onCancel }: ConfirmFixesDialogProps) {
  const text = usePaneText();
  const cells = [...new Set((findings ?? []).map(findingCellKey))];
  const rules = [...new Set((findings ?? []).map((f) => ruleTitle(f.rule)))];
  return (
    <Dialog open={findings !== null} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface data-testid="confirm-fixes-dialog">
        <DialogBody>
          <DialogTitle>{text.confirmFixesTitle}</DialogTitle>
          <DialogContent data-testid="confirm-fixes-body">
            {fill(text.confirmFixesBody, { count: cells.length, rule: rules.join(text.listSeparator), cells: cellList(cells, text) })}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" data-testid="confirm-fixes" onClick={() => findings && onConfirm(findings)}>
              {fill(text.confirmFixes, { count: cells.length })}
            </Button>
            <Button appearance="subtle" data-testid="cancel-fixes" onClick={onCancel}>
              {text.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
