import './es2017-polyfills';
import { mountTaskpane } from '../taskpane/mount-taskpane';
import { wpsApplication, wpsPageHost } from './wps-page-host';

/** taskpane.html's script in WPS: the same pane as in Excel, over the WPS host. */
const root = document.getElementById('root');
if (!root) throw new Error('taskpane.html has no #root element');
mountTaskpane(root, wpsPageHost(wpsApplication().et, 'pane'));
