import { useCallback, useEffect, useState } from 'react';
import type { AddinHost } from '../addin/addin-host';
import { DEFAULT_PROFILE, type Profile } from '../core/profile/profile-schema';
import { errorText } from './error-text';
import { setCurrentProfile } from './pane-events';
import { fill, type PaneLanguage, type PaneText } from './strings';

export interface PaneProfile {
  /** Null until the workbook's profile has been read. */
  profile: Profile | null;
  /** Why the saved profile could not be read (the defaults are used then). */
  loadError: string | null;
  save(profile: Profile): Promise<void>;
}

/** The profile kept with the workbook, shared with the ribbon commands while the pane is open. */
export function usePaneProfile(host: AddinHost, lang: PaneLanguage, text: PaneText): PaneProfile {
  const [profile, setProfile] = useState<Profile | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    host.loadProfile().then(
      (saved) => {
        if (live) setProfile(saved ?? DEFAULT_PROFILE);
      },
      (e: unknown) => {
        if (!live) return;
        setLoadError(fill(text.profileLoadFailed, { detail: errorText(e, lang) }));
        setProfile(DEFAULT_PROFILE);
      },
    );
    return () => {
      live = false;
    };
  }, [host, lang, text]);

  useEffect(() => {
    setCurrentProfile(profile);
    return () => setCurrentProfile(null);
  }, [profile]);

  const save = useCallback(
    async (next: Profile) => {
      await host.saveProfile(next);
      setProfile(next);
    },
    [host],
  );

  return { profile, loadError, save };
}
