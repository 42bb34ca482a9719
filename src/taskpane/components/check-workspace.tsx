import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { AddinHost, TypedEntriesChoice } from '../../addin/addin-host';
import type { Profile } from '../../core/profile/profile-schema';
import { usePaneText } from '../pane-text-context';
import type { PaneLanguage } from '../strings';
import { useCheckSession } from '../use-check-session';
import { ActionBar } from './action-bar';
import { CheckProgress } from './check-progress';
import { CheckSummary } from './check-summary';
import { ClearTypedDialog } from './clear-typed-dialog';
import { DismissButton } from './dismiss-button';
import { FindingsPanel } from './findings-panel';
import { SettingsDrawer } from './settings-drawer';
import { StatusRegion } from './status-region';

const useStyles = makeStyles({
  workspace: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  message: { overflowWrap: 'anywhere' },
  firstRun: { color: tokens.colorNeutralForeground2 },
});

interface CheckWorkspaceProps {
  host: AddinHost;
  profile: Profile;
  lang: PaneLanguage;
  /** Why the saved profile could not be read, if it could not. */
  profileError: string | null;
  autoCheckDelayMs: number;
  onSaveProfile(profile: Profile): Promise<void>;
}

/** The pane once the profile is known: actions, messages, summary, findings and settings. */
export function CheckWorkspace({ host, profile, lang, profileError, autoCheckDelayMs, onSaveProfile }: CheckWorkspaceProps) {
  const styles = useStyles();
  const text = usePaneText();
  const session = useCheckSession({ host, profile, lang, text, autoCheckDelayMs });
  // A new drawer (fresh form) per opening; it stays mounted while it closes, so that Fluent can
  // give the pane back to screen readers (unmounting an open drawer left the pane aria-hidden).
  const [settings, setSettings] = useState({ open: false, opening: 0 });
  const { state } = session;
  const busy = state.busy !== null;
  // 清除检查结果 asks first when the user typed into 实际完成值 / 全年执行数 (the count, while asking).
  const [typedToAsk, setTypedToAsk] = useState(0);
  const clear = () => {
    void session.typedEntries().then(
      (count) => (count > 0 ? setTypedToAsk(count) : session.clear('drop')),
      () => session.clear('keep'),
    );
  };
  const chooseTyped = (choice: TypedEntriesChoice | null) => {
    setTypedToAsk(0);
    if (choice !== null) session.clear(choice);
  };

  return (
    <div className={styles.workspace}>
      <ActionBar
        scope={state.scope}
        auto={state.auto}
        busy={busy}
        clearable={state.clearable !== false}
        onCheck={session.check}
        onClear={clear}
        onSettings={() => setSettings((s) => ({ open: true, opening: s.opening + 1 }))}
        onScope={session.setScope}
        onAuto={session.setAuto}
      />
      <StatusRegion announcement={state.announcement} />
      {state.busy !== null && <CheckProgress busy={state.busy} progress={state.progress} />}
      {state.outcome === null && state.busy === null && (
        <Text size={200} className={styles.firstRun} data-testid="first-run">
          {text.firstRun}
        </Text>
      )}
      {state.stale && state.busy === null && (
        <MessageBar intent="warning" layout="multiline" data-testid="stale">
          <MessageBarBody className={styles.message}>{text.stale}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={session.check} data-testid="stale-check">
              {text.recheck}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {profileError !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.message}>{profileError}</MessageBarBody>
        </MessageBar>
      )}
      {state.error !== null && (
        <MessageBar intent="error" layout="multiline" data-testid="error">
          <MessageBarBody className={styles.message}>
            <MessageBarTitle>{text.errorTitle}</MessageBarTitle>
            {state.error}
          </MessageBarBody>
          <MessageBarActions containerAction={<DismissButton onClick={session.dismissError} />} />
        </MessageBar>
      )}
      {state.notice !== null && (
        <MessageBar intent={state.notice.intent} layout="multiline" data-testid="notice">
          <MessageBarBody className={styles.message}>{state.notice.text}</MessageBarBody>
          <MessageBarActions containerAction={<DismissButton onClick={session.dismissNotice} />} />
        </MessageBar>
      )}
      <ClearTypedDialog count={typedToAsk} onChoose={chooseTyped} />
      {state.outcome !== null && <CheckSummary outcome={state.outcome} />}
      {state.outcome !== null && state.outcome.report.tables.length > 0 && (
        <FindingsPanel
          report={state.outcome.report}
          busy={busy}
          fix={state.fix}
          onSelect={session.select}
          onApply={session.applyFixes}
          onUndo={session.undo}
          onDismissFix={session.dismissFix}
        />
      )}
      <SettingsDrawer
        key={settings.opening}
        open={settings.open}
        profile={profile}
        lang={lang}
        onSave={onSaveProfile}
        onClose={() => setSettings((s) => ({ ...s, open: false }))}
      />
    </div>
  );
}
