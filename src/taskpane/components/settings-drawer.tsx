import {
  Button,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  OverlayDrawer,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { DEFAULT_PROFILE, type Profile } from '../../core/profile/profile-schema';
import { errorText } from '../error-text';
import { formToProfile, profileToForm, type FormProblem } from '../profile-form';
import { usePaneText } from '../pane-text-context';
import { fill, type PaneLanguage } from '../strings';
import { MilestonesEditor } from './milestones-editor';
import { RuleSeverityEditor } from './rule-severity-editor';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingBottom: tokens.spacingVerticalL },
  year: { maxWidth: '12em' },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  footer: { flexWrap: 'wrap' },
});

interface SettingsDrawerProps {
  open: boolean;
  profile: Profile;
  lang: PaneLanguage;
  onSave(profile: Profile): Promise<void>;
  onClose(): void;
}

type Status = { intent: 'success' | 'info'; text: string } | { intent: 'error'; problems: string[] };

/**
 * 设置: budget year, 序时进度 milestones and rule severities. The form starts from the profile in
 * use each time it opens (the pane mounts a new drawer per opening); 恢复默认 resets the form, and nothing is kept until 保存.
 */
export function SettingsDrawer({ open, profile, lang, onSave, onClose }: SettingsDrawerProps) {
  const styles = useStyles();
  const text = usePaneText();
  const [base, setBase] = useState(profile);
  const [form, setForm] = useState(() => profileToForm(profile));
  const [status, setStatus] = useState<Status | null>(null);
  const [saving, setSaving] = useState(false);

  const problemText = (p: FormProblem): string => fill(text[p.key], p.params);

  const save = async (): Promise<void> => {
    const result = formToProfile(form, base);
    if (!result.ok) {
      setStatus({ intent: 'error', problems: result.problems.map(problemText) });
      return;
    }
    setSaving(true);
    try {
      await onSave(result.profile);
      setStatus({ intent: 'success', text: text.saved });
    } catch (e) {
      setStatus({ intent: 'error', problems: [errorText(e, lang)] });
    } finally {
      setSaving(false);
    }
  };

  const reset = (): void => {
    setBase(DEFAULT_PROFILE);
    setForm(profileToForm(DEFAULT_PROFILE));
    setStatus({ intent: 'info', text: text.defaultsRestored });
  };

  return (
    <OverlayDrawer open={open} position="end" size="medium" onOpenChange={(_, data) => !data.open && onClose()} aria-label={text.settingsTitle}>
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button appearance="subtle" aria-label={text.close} icon={<span aria-hidden>✕</span>} onClick={onClose} data-testid="close-settings" />
          }
        >
          {text.settingsTitle}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        {status && (
          <MessageBar intent={status.intent} layout="multiline" data-testid="settings-status">
            <MessageBarBody>
              {status.intent === 'error' ? (
                <>
                  <MessageBarTitle>{text.notSavedTitle}</MessageBarTitle>
                  <ul className={styles.problems}>
                    {status.problems.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                </>
              ) : (
                status.text
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        <Field label={text.budgetYear} hint={text.budgetYearHint}>
          <Input
            className={styles.year}
            type="number"
            min={2000}
            max={2100}
            value={form.budgetYear}
            data-testid="budget-year"
            onChange={(_, data) => setForm({ ...form, budgetYear: data.value })}
          />
        </Field>
        <MilestonesEditor milestones={form.milestones} onChange={(milestones) => setForm({ ...form, milestones })} />
        <RuleSeverityEditor settings={form.rules} onChange={(id, setting) => setForm({ ...form, rules: { ...form.rules, [id]: setting } })} />
      </DrawerBody>
      <DrawerFooter className={styles.footer}>
        <Button appearance="primary" disabled={saving} onClick={() => void save()} data-testid="save-settings">
          {text.save}
        </Button>
        <Button disabled={saving} onClick={reset} data-testid="reset-settings">
          {text.resetDefaults}
        </Button>
      </DrawerFooter>
    </OverlayDrawer>
  );
}
