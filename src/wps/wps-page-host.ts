import type { AddinHost } from '../addin/addin-host';
import { CrossPageLock, withCrossPageLock } from '../addin/cross-page-lock';
import { withProfileSheet } from '../addin/profile-sheet';
import { fromKingsoft, type EtApplication } from './et-facade';
import { etProfileSheet } from './et-profile-sheet';
import { createWpsAddinHost } from './wps-addin-host';
import type { WpsPaneOpener } from './wps-ribbon';

/** Which page of the add-in a host serves: WPS runs the ribbon's page and the pane's apart. */
export type WpsPage = 'ribbon' | 'pane';

/**
 * The host a page of the WPS加载项 runs on: the WPS host, with the profile kept in the workbook's
 * profile sheet (PluginStorage, which WPS does not save, only where the sheet cannot be written),
 * and every workbook job behind the lock the two pages share.
 */
export function wpsPageHost(app: EtApplication, page: WpsPage): AddinHost {
  return withCrossPageLock(withProfileSheet(createWpsAddinHost(app), etProfileSheet(app)), new CrossPageLock(app.PluginStorage, page));
}

/** Kingsoft's add-in root: compiling this is the proof that its CreateTaskPane is the one the ribbon calls. */
function paneOpener(root: Pick<WPS.AddonRoot, 'CreateTaskPane'>): WpsPaneOpener {
  return root;
}

/** WPS's `Application`, the global of an add-in page: the facade over it and its task panes. */
export function wpsApplication(): { et: EtApplication; panes: WpsPaneOpener } {
  const root = window.Application;
  return { et: fromKingsoft(root), panes: paneOpener(root) };
}
