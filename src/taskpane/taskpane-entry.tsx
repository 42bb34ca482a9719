/// <reference types="office-js" />
import { registerCommands } from '../commands/register-commands';
import { createOfficeAddinHost } from '../excel/office-addin-host';
import { mountTaskpane } from './mount-taskpane';

/**
 * taskpane.html's script. With the shared runtime this page is also the ribbon's FunctionFile,
 * so it binds the ribbon commands as well as rendering the pane, both on the one host.
 */
Office.onReady(() => {
  const host = createOfficeAddinHost();
  registerCommands(host);
  const root = document.getElementById('root');
  if (!root) throw new Error('taskpane.html has no #root element');
  mountTaskpane(root, host);
});
