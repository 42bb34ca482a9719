import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type { AddinHost, CheckOutcome } from '../../src/addin/addin-host';
import { WorkbookQueue } from '../../src/addin/workbook-queue';
import { ribbonStubHost as stubHost, STUB_OUTCOME as OUTCOME } from '../addin/ribbon-stub-host';
import { DEFAULT_PROFILE } from '../../src/core/profile/profile-schema';
import { latestOutcome, publishOutcome, subscribeOutcomes } from '../../src/taskpane/pane-events';
import { RIBBON_BUTTONS, RIBBON_CALLBACKS, RIBBON_IMAGE, installRibbonCallbacks, type RibbonDeps, type WpsTaskPane } from '../../src/wps/wps-ribbon';

const RIBBON_XML = readFileSync(path.resolve(__dirname, '../../src/wps/ribbon.xml'), 'utf8');

interface Rig {
  window: Record<string, (control: { Id: string }) => unknown>;
  notices: string[];
  panes: { url: string; title?: string; pane: WpsTaskPane }[];
  hostsMade: number;
  settled(): Promise<void>;
}

/** The callbacks installed on a stand-in window, over a stub host and a CreateTaskPane that records its panes. */
function rig(host: AddinHost, createFails = false): Rig {
  const notices: string[] = [];
  const panes: Rig['panes'] = [];
  const queue = new WorkbookQueue();
  const result: Rig = { window: {}, notices, panes, hostsMade: 0, settled: () => queue.run(async () => undefined) };
  const deps: RibbonDeps = {
    host: () => {
      result.hostsMade++;
      return host;
    },
    app: () => ({
      CreateTaskPane(url: string, title?: string) {
        if (createFails) throw new Error('任务窗格已禁用 / Task panes are disabled');
        const pane = { Visible: false };
        panes.push({ url, title, pane });
        return pane;
      },
    }),
    taskpaneUrl: 'file:///jsaddons/x_1.0.0/taskpane.html',
    notify: (text) => notices.push(text),
    queue,
  };
  installRibbonCallbacks(result.window, deps);
  return result;
}

function press(r: Rig, id: string): unknown {
  const onAction = r.window[RIBBON_CALLBACKS.onAction];
  if (!onAction) throw new Error('onAction is not on the window');
  return onAction({ Id: id });
}

describe('WPS ribbon', () => {
  it('puts on the window every callback ribbon.xml names, and handles every button it declares', () => {
    const doc = new DOMParser().parseFromString(RIBBON_XML, 'text/xml');
    const all = Array.from(doc.getElementsByTagName('*'));
    const named = new Set(all.flatMap((e) => Array.from(e.attributes)).filter((a) => /^(on|get)[A-Z]/.test(a.name)).map((a) => a.value));
    const r = rig(stubHost());
    expect([...named].sort()).toEqual(Object.values(RIBBON_CALLBACKS).sort());
    for (const name of named) expect(typeof r.window[name]).toBe('function');
    const buttons = all.filter((e) => e.tagName === 'button');
    expect(buttons.map((b) => [b.getAttribute('id'), b.getAttribute('label')])).toEqual([
      [RIBBON_BUTTONS.check, '检查表格'],
      [RIBBON_BUTTONS.pane, '检查面板'],
      [RIBBON_BUTTONS.clear, '清除检查结果'],
    ]);
    expect(all.find((e) => e.tagName === 'tab')?.getAttribute('label')).toBe('绩效目标表');
    expect(r.window[RIBBON_CALLBACKS.getImage]?.({ Id: RIBBON_BUTTONS.check })).toBe(RIBBON_IMAGE);
  });

  it('returns from 检查表格 before the check runs (not async), then checks the workbook and shows the notice', async () => {
    const host = stubHost();
    const published: (CheckOutcome | null)[] = [];
    const stop = subscribeOutcomes((o) => published.push(o));
    const r = rig(host);
    expect(press(r, RIBBON_BUTTONS.check)).toBe(true);
    expect(host.requests).toEqual([]);
    await r.settled();
    stop();
    expect(host.requests).toEqual([{ scope: 'workbook', profile: DEFAULT_PROFILE }]);
    expect(published).toEqual([OUTCOME]);
    expect(r.notices).toEqual(['检查完成：16 个错误，30 个警告，5 个提示，共 40 张表']);
  });

  it('runs the ribbon’s jobs one at a time, in the order pressed', async () => {
    let running = 0;
    let most = 0;
    const order: string[] = [];
    const slow = <T>(name: string, value: T) => async (): Promise<T> => {
      running++;
      most = Math.max(most, running);
      order.push(name);
      await new Promise((resolve) => setTimeout(resolve, 10));
      running--;
      return value;
    };
    const r = rig(stubHost({ check: slow('check', OUTCOME), clear: slow('clear', true) }));
    press(r, RIBBON_BUTTONS.check);
    press(r, RIBBON_BUTTONS.clear);
    press(r, RIBBON_BUTTONS.check);
    await r.settled();
    expect(most).toBe(1);
    expect(order).toEqual(['check', 'clear', 'check']);
  });

  it('clears, tells the pane, and reports a failure as a notice rather than a rejection', async () => {
    publishOutcome(OUTCOME);
    const r = rig(stubHost());
    press(r, RIBBON_BUTTONS.clear);
    await r.settled();
    expect(latestOutcome()).toBeNull();
    const failing = rig(stubHost({ clear: async () => Promise.reject(new Error('检查记录已损坏 / The record is corrupt')) }));
    press(failing, RIBBON_BUTTONS.clear);
    await failing.settled();
    expect([...r.notices, ...failing.notices]).toEqual(['已清除检查结果', '清除未完成：检查记录已损坏']);
  });

  it('opens the task pane beside the ribbon page and shows it, reusing the one pane on later presses', () => {
    const r = rig(stubHost());
    press(r, RIBBON_BUTTONS.pane);
    const first = r.panes[0]?.pane;
    if (first) first.Visible = false;
    press(r, RIBBON_BUTTONS.pane);
    expect(r.panes.map((p) => [p.url, p.title, p.pane.Visible])).toEqual([['file:///jsaddons/x_1.0.0/taskpane.html', '绩效目标表检查', true]]);
    expect(r.hostsMade).toBe(0);
  });

  it('says why when WPS cannot create the task pane', () => {
    const r = rig(stubHost(), true);
    expect(press(r, RIBBON_BUTTONS.pane)).toBe(true);
    expect(r.notices).toEqual(['无法打开检查面板：任务窗格已禁用']);
  });
});
