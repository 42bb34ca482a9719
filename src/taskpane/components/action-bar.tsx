import { Button, makeStyles, Radio, RadioGroup, Switch, tokens, Tooltip } from '@fluentui/react-components';
import type { CheckScope } from '../../addin/addin-host';
import { usePaneText } from '../pane-text-context';

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  settings: { marginLeft: 'auto', minWidth: 0 },
  options: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalM },
  scope: { flexWrap: 'wrap' },
});

interface ActionBarProps {
  scope: CheckScope;
  auto: boolean;
  busy: boolean;
  /** False when the workbook holds no result: 清除检查结果 has nothing to do. */
  clearable: boolean;
  onCheck(): void;
  onClear(): void;
  onSettings(): void;
  onScope(scope: CheckScope): void;
  onAuto(on: boolean): void;
}

/** 检查表格, 清除检查结果, 设置, the scope and 自动检查. */
export function ActionBar({ scope, auto, busy, clearable, onCheck, onClear, onSettings, onScope, onAuto }: ActionBarProps) {
  const styles = useStyles();
  const text = usePaneText();
  return (
    <div className={styles.bar}>
      <div className={styles.buttons}>
        {/* Focusable while busy, so the focus stays on the button through the check. */}
        <Button appearance="primary" disabledFocusable={busy} onClick={onCheck} data-testid="check">
          {text.check}
        </Button>
        <Button disabled={busy || !clearable} onClick={onClear} data-testid="clear" title={clearable ? text.clearHint : text.nothingToClear}>
          {text.clear}
        </Button>
        <Button className={styles.settings} appearance="subtle" onClick={onSettings} data-testid="open-settings">
          {text.settings}
        </Button>
      </div>
      <div className={styles.options}>
        <RadioGroup
          className={styles.scope}
          layout="horizontal"
          aria-label={text.scope}
          value={scope}
          disabled={busy}
          onChange={(_, data) => onScope(data.value === 'sheet' ? 'sheet' : 'workbook')}
        >
          <Radio value="workbook" label={text.scopeWorkbook} />
          <Radio value="sheet" label={text.scopeSheet} />
        </RadioGroup>
        <Tooltip content={text.autoCheckHint} relationship="description">
          <Switch label={text.autoCheck} checked={auto} onChange={(_, data) => onAuto(data.checked)} data-testid="auto-check" />
        </Tooltip>
      </div>
    </div>
  );
}
