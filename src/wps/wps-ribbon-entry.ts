import './es2017-polyfills';
import type { AddinHost } from '../addin/addin-host';
import { wpsApplication, wpsPageHost } from './wps-page-host';
import { installRibbonCallbacks } from './wps-ribbon';

/**
 * index.html's script, the page WPS loads with ribbon.xml. The callbacks go on window at once, as
 * WPS looks them up by name when it builds the ribbon; the host is made on the first command.
 */
let host: AddinHost | null = null;

installRibbonCallbacks(window, {
  host: () => (host ??= wpsPageHost(wpsApplication().et, 'ribbon')),
  app: () => wpsApplication().panes,
  taskpaneUrl: new URL('taskpane.html', window.location.href).href,
  notify: (text) => window.alert(text),
});
