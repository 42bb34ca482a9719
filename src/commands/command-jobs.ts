import type { AddinHost } from '../addin/addin-host';
import { DEFAULT_PROFILE } from '../core/profile/profile-schema';
import { currentProfile, publishCleared, publishOutcome } from '../taskpane/pane-events';
import { paneLanguage } from '../taskpane/strings';
import { checkFailedNotice, checkNotice, clearFailedNotice, clearNotice } from './notice-text';

/**
 * What the ribbon's 检查表格 and 清除检查结果 do, on every host (Excel's ExecuteFunction buttons, WPS's
 * onAction), to the text of the notice the host shows. A failure is a notice too, never a throw.
 */

/** The whole workbook, with the profile the open pane holds, else the one saved with the workbook. */
export async function checkWorkbookNotice(host: AddinHost): Promise<string> {
  const lang = paneLanguage(host.displayLanguage());
  try {
    const profile = currentProfile() ?? (await host.loadProfile()) ?? DEFAULT_PROFILE;
    const outcome = await host.check({ scope: 'workbook', profile });
    publishOutcome(outcome);
    return checkNotice(outcome, lang);
  } catch (e) {
    return checkFailedNotice(e, lang);
  }
}

export async function clearResultsNotice(host: AddinHost): Promise<string> {
  const lang = paneLanguage(host.displayLanguage());
  try {
    const cleared = await host.clear();
    // Either way the workbook now holds no results, so an open pane must not show any.
    publishCleared();
    return clearNotice(cleared, lang);
  } catch (e) {
    return clearFailedNotice(e, lang);
  }
}
