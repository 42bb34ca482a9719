/// <reference types="office-js" />
import type { AddinHost } from '../addin/addin-host';
import { sharedWorkbookQueue, type WorkbookQueue } from '../addin/workbook-queue';
import { DEFAULT_PROFILE } from '../core/profile/profile-schema';
import { currentProfile, publishCleared, publishOutcome } from '../taskpane/pane-events';
import { paneLanguage } from '../taskpane/strings';
import { showNotice } from './notice-dialog';
import { checkFailedNotice, checkNotice, clearFailedNotice, clearNotice } from './notice-text';

/** The ribbon buttons' function names, as manifest.xml's `FunctionName` elements spell them. */
export const CHECK_COMMAND = 'checkWorkbook';
export const CLEAR_COMMAND = 'clearCheckResults';

/**
 * Binds the ribbon's ExecuteFunction buttons to the host. With the shared runtime this runs in the
 * task pane's page, so a ribbon check shows up in the pane through pane-events, and waits in the
 * same queue as the pane's jobs.
 */
export function registerCommands(host: AddinHost, queue: WorkbookQueue = sharedWorkbookQueue): void {
  Office.actions.associate(CHECK_COMMAND, (event: Office.AddinCommands.Event) => runCommand(event, () => queue.run(() => checkWorkbook(host))));
  Office.actions.associate(CLEAR_COMMAND, (event: Office.AddinCommands.Event) => runCommand(event, () => queue.run(() => clearResults(host))));
}

/**
 * Runs a command to the text of its notice, shows it, and always signals completion: Office keeps
 * the button busy, and eventually reports the add-in as failing, until `completed()` is called.
 */
async function runCommand(event: Office.AddinCommands.Event, run: () => Promise<string>): Promise<void> {
  try {
    await showNotice(await run());
  } finally {
    event.completed();
  }
}

/** The whole workbook, with the profile the open pane holds, else the one saved with the workbook. */
async function checkWorkbook(host: AddinHost): Promise<string> {
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

async function clearResults(host: AddinHost): Promise<string> {
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
