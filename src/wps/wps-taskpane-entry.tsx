import './es2017-polyfills';
import { mountTaskpane } from '../taskpane/mount-taskpane';
import { wpsApplication, wpsPageHost } from './wps-page-host';
import { relayPageOutcomes } from './wps-outcome-relay';

/** taskpane.html's script in WPS: the same pane as in Excel, over the WPS host; ribbon checks reach it through the relay. */
const root = document.getElementById('root');
if (!root) throw new Error('taskpane.html has no #root element');
const { et } = wpsApplication();
relayPageOutcomes(et, 'pane');
mountTaskpane(root, wpsPageHost(et, 'pane'));
