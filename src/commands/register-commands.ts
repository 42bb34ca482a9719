/// <reference types="office-js" />
import type { AddinHost } from '../addin/addin-host';
import { sharedWorkbookQueue, type WorkbookQueue } from '../addin/workbook-queue';
import { checkWorkbookNotice, clearResultsNotice } from './command-jobs';
import { showNotice } from './notice-dialog';

/** The ribbon buttons' function names, as manifest.xml's `FunctionName` elements spell them. */
export const CHECK_COMMAND = 'checkWorkbook';
export const CLEAR_COMMAND = 'clearCheckResults';

/**
 * Binds the ribbon's ExecuteFunction buttons to the host. With the shared runtime this runs in the
 * task pane's page, so a ribbon check shows up in the pane through pane-events, and waits in the
 * same queue as the pane's jobs.
 */
export function registerCommands(host: AddinHost, queue: WorkbookQueue = sharedWorkbookQueue): void {
  Office.actions.associate(CHECK_COMMAND, (event: Office.AddinCommands.Event) => runCommand(event, () => queue.run(() => checkWorkbookNotice(host))));
  Office.actions.associate(CLEAR_COMMAND, (event: Office.AddinCommands.Event) => runCommand(event, () => queue.run(() => clearResultsNotice(host))));
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
