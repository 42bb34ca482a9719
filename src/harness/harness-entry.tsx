/**
 * harness.html's script: the real task pane, outside Office, against a fake Excel holding a sample
 * workbook in memory, which is drawn next to it as a grid a person (or a test) can click and type in.
 * With `?host=wps` the pane and the ribbon run on the WPS host, over the ET fake of the same workbook.
 */
import { createRoot } from 'react-dom/client';
import { registerCommands } from '../commands/register-commands';
import { createOfficeAddinHost } from '../excel/office-addin-host';
import { createWpsAddinHost } from '../wps/wps-addin-host';
import { FakeEt } from './fake-et';
import { mountTaskpane } from '../taskpane/mount-taskpane';
import { fetchSeed } from './fetch-seed';
import { HarnessApp } from './harness-app';
import { harnessParams } from './harness-params';
import { installFakeOffice } from './install-fake-office';
import { fakeFromSeed } from './workbook-seed';

function element(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`harness.html has no #${id}`);
  return el;
}

async function start(): Promise<void> {
  const params = harnessParams(window.location.search);
  const workbook = element('workbook');
  workbook.innerHTML = '<p class="loading">正在打开示例工作簿… Opening the sample workbook…</p>';
  const seed = await fetchSeed(params.workbookUrl);
  const fake = fakeFromSeed(seed);
  const ribbon = installFakeOffice(fake, { displayLanguage: params.displayLanguage, documentUrl: seed.fileName });
  const pane = element('pane');
  workbook.innerHTML = '';
  createRoot(workbook).render(<HarnessApp fake={fake} ribbon={ribbon} showPane={(shown) => (pane.hidden = !shown)} />);
  // As taskpane-entry.tsx does in Excel: one host for the ribbon's commands and the pane.
  const host = params.host === 'wps' ? createWpsAddinHost(new FakeEt(fake, { fileName: seed.fileName }).application) : createOfficeAddinHost();
  registerCommands(host);
  mountTaskpane(pane, host, { autoCheckDelayMs: params.autoCheckDelayMs });
}

start().catch((e: unknown) => {
  const p = document.createElement('p');
  p.className = 'load-error';
  p.setAttribute('role', 'alert');
  p.textContent = `无法打开示例工作簿。Could not open the sample workbook: ${e instanceof Error ? e.message : String(e)}`;
  element('workbook').replaceChildren(p);
});
