/**
 * A local stand-in for Office.js, so that the production task pane (dist/taskpane.html and its
 * minified script) runs in a browser test with no Office and no internet: the end-to-end test
 * answers the Office.js CDN address with this bundle.
 *
 * taskpane.html runs Office.js before taskpane.js, which calls `Office.onReady` at once; so, like
 * Office.js, this defines `Office` and `Excel` as soon as it runs, and `Office.onReady` resolves
 * once the sample workbook's seed, served next to the page, is loaded into a fake Excel. The page
 * has no ribbon, so the fake one goes on `window.__jixiaoRibbon` for the test to press the commands
 * taskpane.js associated. URL parameters as the harness's (`?lang=en-US`, `?workbook=...`).
 */
import { fetchSeed } from './fetch-seed';
import { harnessParams } from './harness-params';
import { installFakeOffice } from './install-fake-office';
import { fakeFromSeed } from './workbook-seed';

const { displayLanguage, workbookUrl } = harnessParams(window.location.search);
// No document URL: the seed's file name is known only once it has loaded, and the pane never shows it.
const ribbon = installFakeOffice(fetchSeed(workbookUrl).then(fakeFromSeed), { displayLanguage });
(window as unknown as { __jixiaoRibbon: typeof ribbon }).__jixiaoRibbon = ribbon;
