import { z } from 'zod';
import type { CheckOutcome } from '../addin/addin-host';
import { realClock, type LockClock, type SharedStorage } from '../addin/cross-page-lock';
import { PlanProblemSchema } from '../core/plan/write-plan';
import { ReportSchema } from '../core/report';
import { publishCleared, publishOutcome, subscribeOutcomes } from '../taskpane/pane-events';
import type { EtApplication } from './et-facade';
import type { WpsPage } from './wps-page-host';

/**
 * A WPS加载项's ribbon page and its task pane are two runtimes, so the pane-events channel that
 * lets a ribbon check show in Excel's pane stops at the page. The relay carries each page's
 * published outcomes (and clears) to the other through the storage both see: the outcome under
 * one key, then a stamp naming the page under another; each page looks at the stamp every
 * RELAY_POLL_MS and republishes what another page wrote.
 */
export const OUTCOME_KEY = 'jixiao.outcome';
export const OUTCOME_STAMP_KEY = 'jixiao.outcome.stamp';
export const RELAY_POLL_MS = 500;

/** What a relayed outcome must be; null is 清除检查结果. */
const RelayedSchema = z.object({
  report: ReportSchema,
  sheet: z.string().nullable(),
  problems: z.array(PlanProblemSchema),
  summarySheet: z.string().nullable(),
}).nullable();

/** The page's own channel (taskpane/pane-events in each page). */
export interface OutcomeChannel {
  subscribe(listener: (outcome: CheckOutcome | null) => void): () => void;
  publish(outcome: CheckOutcome): void;
  publishCleared(): void;
}

export interface RelayOptions {
  /**
   * Whether an outcome another page wrote is for the workbook this page shows (one WPS window runs
   * the add-in for every open workbook); a clear is always taken.
   */
  accepts(outcome: CheckOutcome): boolean;
  clock?: LockClock;
}

/**
 * Starts relaying between `channel` and the other pages; the returned function stops it. What is
 * in the storage already (a ribbon check before the pane opened) is taken on the first look.
 */
export function relayOutcomes(storage: SharedStorage, page: string, channel: OutcomeChannel, options: RelayOptions): () => void {
  const clock = options.clock ?? realClock;
  let sent = 0;
  let seen: string | null = null;
  let relaying = false;
  const unsubscribe = channel.subscribe((outcome) => {
    if (relaying) return;
    storage.setItem(OUTCOME_KEY, JSON.stringify(outcome));
    seen = `${page} ${clock.now()} ${++sent}`;
    storage.setItem(OUTCOME_STAMP_KEY, seen);
  });
  const stopPolling = clock.every(RELAY_POLL_MS, () => {
    const stamp = storage.getItem(OUTCOME_STAMP_KEY);
    if (stamp === null || stamp === seen) return;
    seen = stamp;
    // A payload that does not parse (another version of the add-in wrote it) is not shown.
    const parsed = RelayedSchema.safeParse(parseJson(storage.getItem(OUTCOME_KEY)));
    if (!parsed.success || (parsed.data !== null && !options.accepts(parsed.data))) return;
    relaying = true;
    try {
      if (parsed.data === null) channel.publishCleared();
      else channel.publish(parsed.data);
    } finally {
      relaying = false;
    }
  });
  return () => {
    unsubscribe();
    stopPolling();
  };
}

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The relay of a WPS page over its own pane-events channel and the add-in's PluginStorage. */
export function relayPageOutcomes(app: EtApplication, page: WpsPage): () => void {
  return relayOutcomes(app.PluginStorage, page, { subscribe: subscribeOutcomes, publish: publishOutcome, publishCleared }, {
    accepts: (outcome) => outcome.report.file === app.ActiveWorkbook?.Name,
  });
}
