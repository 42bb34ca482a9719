import type { AddinHost } from './addin-host';
import { decorateHost } from './decorate-host';
import { WorkbookQueue } from './workbook-queue';

/**
 * A key-value store every page of the add-in sees (WPS's PluginStorage): a WPS加载项's ribbon page
 * and its task pane are two pages, two JavaScript runtimes, so the one WorkbookQueue of Excel's
 * shared runtime cannot serve both.
 */
export interface SharedStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const LOCK_KEY = 'jixiao.workbook-lock';
/** How often a page waiting for the workbook looks again. */
export const LOCK_POLL_MS = 100;
/** How often the page holding the workbook says it still does. */
export const LOCK_HEARTBEAT_MS = 1000;
/**
 * A holder silent this long is gone (its page closed mid-job) and the lock is taken over. Long,
 * because the heartbeat cannot beat while the engine holds the page's thread for a large workbook.
 */
export const LOCK_STALE_MS = 120_000;
/** How long a page waits after writing the lock before reading it back. */
export const LOCK_SETTLE_MS = 50;

export interface LockClock {
  now(): number;
  sleep(ms: number): Promise<void>;
  every(ms: number, tick: () => void): () => void;
}

export const realClock: LockClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  every: (ms, tick) => {
    const id = setInterval(tick, ms);
    return () => clearInterval(id);
  },
};

/**
 * One job on the workbook at a time across the add-in's pages: a page's jobs wait in its own queue,
 * then for the lock in the shared storage (`<page> <time>`, refreshed while the job runs, emptied
 * after it). A page seeing it free writes its stamp at once, in the same turn, and reads it back
 * LOCK_SETTLE_MS later: of two pages that both saw it free, both read back the later write, so
 * exactly one goes on and the other waits.
 */
export class CrossPageLock {
  private readonly queue = new WorkbookQueue();

  constructor(
    private readonly storage: SharedStorage,
    private readonly page: string,
    private readonly clock: LockClock = realClock,
  ) {}

  run<T>(job: () => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      await this.acquire();
      const stop = this.clock.every(LOCK_HEARTBEAT_MS, () => this.storage.setItem(LOCK_KEY, this.stamp()));
      try {
        return await job();
      } finally {
        stop();
        if (this.holder() === this.page) this.storage.setItem(LOCK_KEY, '');
      }
    });
  }

  private stamp(): string {
    return `${this.page} ${this.clock.now()}`;
  }

  /** The page holding the lock, null when it is free or its holder went silent. */
  private holder(): string | null {
    const [page, at] = (this.storage.getItem(LOCK_KEY) ?? '').split(' ');
    if (!page || this.clock.now() - Number(at) > LOCK_STALE_MS) return null;
    return page;
  }

  private async acquire(): Promise<void> {
    for (;;) {
      if (this.holder() === null) {
        this.storage.setItem(LOCK_KEY, this.stamp());
        await this.clock.sleep(LOCK_SETTLE_MS);
        if (this.holder() === this.page) return;
      }
      await this.clock.sleep(LOCK_POLL_MS);
    }
  }
}

/** The host with every job that reads or writes the workbook's cells behind `lock`. */
export function withCrossPageLock(host: AddinHost, lock: CrossPageLock): AddinHost {
  return decorateHost(host, {
    check: (request) => lock.run(() => host.check(request)),
    countTypedEntries: () => lock.run(() => host.countTypedEntries()),
    clear: (typed) => lock.run(() => host.clear(typed)),
    readCells: (targets) => lock.run(() => host.readCells(targets)),
    writeTexts: (entries) => lock.run(() => host.writeTexts(entries)),
    saveProfile: (profile) => lock.run(() => host.saveProfile(profile)),
  });
}
