import './es2017-polyfills';
import type { AddinHost } from '../addin/addin-host';
import { wpsApplication, wpsPageHost } from './wps-page-host';
import { installRibbonCallbacks } from './wps-ribbon';
import { relayPageOutcomes } from './wps-outcome-relay';

/**
 * index.html's script, the page WPS loads with ribbon.xml. The callbacks go on window at once, as
 * WPS looks them up by name when it builds the ribbon; the host is made on the first command, with
 * the relay that shows the command's result in an open task pane.
 */
let host: AddinHost | null = null;

function ribbonHost(): AddinHost {
  const { et } = wpsApplication();
  relayPageOutcomes(et, 'ribbon');
  return wpsPageHost(et, 'ribbon');
}

installRibbonCallbacks(window, {
  host: () => (host ??= ribbonHost()),
  app: () => wpsApplication().panes,
  taskpaneUrl: new URL('taskpane.html', window.location.href).href,
  notify: (text) => window.alert(text),
});
