import type { AddinHost } from '../addin/addin-host';
import { sharedWorkbookQueue, type WorkbookQueue } from '../addin/workbook-queue';
import { checkWorkbookNotice, clearResultsNotice } from '../commands/command-jobs';
import { errorText } from '../taskpane/error-text';
import { fill, paneLanguage } from '../taskpane/strings';

/** The callbacks' names, as ribbon.xml's onLoad, onAction and getImage attributes spell them. */
export const RIBBON_CALLBACKS = {
  onLoad: 'JixiaoRibbonLoad',
  onAction: 'JixiaoRibbonAction',
  getImage: 'JixiaoRibbonImage',
} as const;

/** The buttons' ids in ribbon.xml. */
export const RIBBON_BUTTONS = {
  check: 'jixiaoCheck',
  pane: 'jixiaoPane',
  clear: 'jixiaoClear',
} as const;

/** The buttons' icon, relative to the add-in's folder (webpack copies it there). */
export const RIBBON_IMAGE = 'assets/icon-32.png';

/** The task pane WPS creates: the calls of its CustomTaskpane this module makes. */
export interface WpsTaskPane {
  Visible: boolean;
}

/** The one call of WPS's Application the ribbon makes itself; the workbook is the host's. */
export interface WpsPaneOpener {
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
}

/** WPS passes each callback the control it fired for. */
export interface RibbonControl {
  Id: string;
}

export interface RibbonDeps {
  /** The host on the active workbook, created on first use (WPS injects Application before the page runs, but build it late). */
  host(): AddinHost;
  app(): WpsPaneOpener;
  /** Absolute address of taskpane.html, beside the ribbon page. */
  taskpaneUrl: string;
  /** How a command's result reaches the user (WPS shows `alert` as its own message box). */
  notify(text: string): void;
  queue?: WorkbookQueue;
}

export type RibbonCallbacks = Record<(typeof RIBBON_CALLBACKS)[keyof typeof RIBBON_CALLBACKS], (control: RibbonControl) => unknown>;

/** The title of the task pane WPS shows above the page. */
const PANE_TITLE = '绩效目标表检查';

const PANE_FAILED = { zh: '无法打开检查面板：{detail}', en: 'The check pane could not be opened: {detail}' };

/**
 * The functions ribbon.xml names. WPS calls them synchronously and does not await a promise, so
 * each starts its work in the queue every entry point of this page shares and returns at once;
 * the work's result, a failure included, ends in a notice, never in an unhandled rejection.
 */
export function ribbonCallbacks(deps: RibbonDeps): RibbonCallbacks {
  const queue = deps.queue ?? sharedWorkbookQueue;
  let pane: WpsTaskPane | null = null;
  const start = (job: (host: AddinHost) => Promise<string>): void => {
    void queue.run(() => job(deps.host())).then(deps.notify);
  };
  const openPane = (): void => {
    try {
      pane ??= deps.app().CreateTaskPane(deps.taskpaneUrl, PANE_TITLE);
      pane.Visible = true;
    } catch (e) {
      const lang = paneLanguage(deps.host().displayLanguage());
      deps.notify(fill(PANE_FAILED[lang], { detail: errorText(e, lang) }));
    }
  };
  return {
    [RIBBON_CALLBACKS.onLoad]: () => true,
    [RIBBON_CALLBACKS.getImage]: () => RIBBON_IMAGE,
    [RIBBON_CALLBACKS.onAction]: (control: RibbonControl) => {
      switch (control.Id) {
        case RIBBON_BUTTONS.check:
          start(checkWorkbookNotice);
          break;
        case RIBBON_BUTTONS.clear:
          start(clearResultsNotice);
          break;
        case RIBBON_BUTTONS.pane:
          openPane();
          break;
      }
      return true;
    },
  };
}

/** Puts the callbacks on `target` (the ribbon page's window), where WPS looks them up by name. */
export function installRibbonCallbacks(target: object, deps: RibbonDeps): RibbonCallbacks {
  const callbacks = ribbonCallbacks(deps);
  Object.assign(target, callbacks);
  return callbacks;
}
