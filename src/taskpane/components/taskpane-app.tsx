import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { AddinHost } from '../../addin/addin-host';
import { PaneTextContext } from '../pane-text-context';
import { paneLanguage, strings } from '../strings';
import { usePaneProfile } from '../use-pane-profile';
import { CheckWorkspace } from './check-workspace';

const useStyles = makeStyles({
  app: {
    boxSizing: 'border-box',
    minHeight: '100%',
    padding: tokens.spacingHorizontalM,
    // Clipped, not hidden: a hidden overflow makes a scroll box that never scrolls, and the findings' sticky toolbar would stick to it.
    overflowX: 'clip',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
});

interface TaskpaneAppProps {
  host: AddinHost;
  autoCheckDelayMs: number;
}

/** The task pane in Office's language, once the workbook's profile has been read. */
export function TaskpaneApp({ host, autoCheckDelayMs }: TaskpaneAppProps) {
  const styles = useStyles();
  const lang = paneLanguage(host.displayLanguage());
  const text = useMemo(() => strings(lang), [lang]);
  const { profile, loadError, save } = usePaneProfile(host, lang, text);

  return (
    <PaneTextContext.Provider value={text}>
      <main className={styles.app} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
        {profile === null ? (
          <Spinner size="small" label={text.loadingProfile} />
        ) : (
          <CheckWorkspace host={host} profile={profile} lang={lang} profileError={loadError} autoCheckDelayMs={autoCheckDelayMs} onSaveProfile={save} />
        )}
      </main>
    </PaneTextContext.Provider>
  );
}
