import type { AddinHost } from '../../src/addin/addin-host';
import { CrossPageLock, LOCK_HEARTBEAT_MS, LOCK_KEY, LOCK_STALE_MS, withCrossPageLock } from '../../src/addin/cross-page-lock';
import { decorateHost } from '../../src/addin/decorate-host';
import { ManualClock, memoryStorage } from './manual-clock';

/** A job that takes `ms` of the clock's time and records when it ran, and whether another job was running. */
function jobs(clock: ManualClock) {
  let running = 0;
  let most = 0;
  const order: string[] = [];
  const job = (name: string, ms: number) => async (): Promise<string> => {
    running++;
    most = Math.max(most, running);
    order.push(`${name} start`);
    await clock.sleep(ms);
    order.push(`${name} end`);
    running--;
    return name;
  };
  return { job, order, most: () => most };
}

describe('CrossPageLock', () => {
  it('runs the jobs of two pages one at a time, each page’s in its order', async () => {
    const clock = new ManualClock();
    const storage = memoryStorage();
    const ribbon = new CrossPageLock(storage, 'ribbon', clock);
    const pane = new CrossPageLock(storage, 'pane', clock);
    const { job, order, most } = jobs(clock);
    const all = Promise.all([ribbon.run(job('ribbon check', 3000)), pane.run(job('pane check', 500)), ribbon.run(job('ribbon clear', 200))]);
    await clock.advance(10_000);
    expect(await all).toEqual(['ribbon check', 'pane check', 'ribbon clear']);
    expect(most()).toBe(1);
    expect(order.indexOf('ribbon clear start')).toBeGreaterThan(order.indexOf('ribbon check end'));
    expect(storage.values.get(LOCK_KEY)).toBe('');
  });

  it('keeps the lock through a job longer than the stale time, by its heartbeat', async () => {
    const clock = new ManualClock();
    const storage = memoryStorage();
    const { job, most } = jobs(clock);
    const long = new CrossPageLock(storage, 'ribbon', clock).run(job('long', LOCK_STALE_MS + 3000));
    const waiting = new CrossPageLock(storage, 'pane', clock).run(job('waiting', 10));
    await clock.advance(LOCK_STALE_MS + 5000, 50);
    expect([await long, await waiting, most()]).toEqual(['long', 'waiting', 1]);
    expect(LOCK_HEARTBEAT_MS).toBeLessThan(LOCK_STALE_MS);
  });

  it('takes over a lock whose page went silent (closed mid-job), and releases the lock after a failed job', async () => {
    const clock = new ManualClock();
    const storage = memoryStorage();
    storage.setItem(LOCK_KEY, `pane ${clock.now()}`);
    const lock = new CrossPageLock(storage, 'ribbon', clock);
    let ranAt: number | null = null;
    const failing = lock.run(async () => {
      ranAt = clock.now();
      throw new Error('受保护');
    });
    const settled = failing.catch((e: Error) => e.message);
    const silentSince = clock.now();
    await clock.advance(LOCK_STALE_MS + 500, 50);
    expect(await settled).toBe('受保护');
    expect(ranAt).toBeGreaterThan(silentSince + LOCK_STALE_MS);
    expect(storage.values.get(LOCK_KEY)).toBe('');
  });
});

describe('withCrossPageLock', () => {
  it('puts the workbook jobs behind the lock, and leaves selecting and the language alone', async () => {
    const clock = new ManualClock();
    const storage = memoryStorage();
    const seen: string[] = [];
    const inner = decorateHost({} as AddinHost, {
      clear: async () => {
        seen.push(storage.getItem(LOCK_KEY)?.split(' ')[0] ?? '');
        return true;
      },
      select: async () => {
        seen.push(`select ${storage.getItem(LOCK_KEY) ?? 'free'}`);
      },
      displayLanguage: () => 'zh-CN',
    });
    const host = withCrossPageLock(inner, new CrossPageLock(storage, 'pane', clock));
    await host.select({ sheet: 'S', row: 1, col: 1 });
    const cleared = host.clear();
    await clock.advance(200);
    expect([await cleared, seen, host.displayLanguage()]).toEqual([true, ['select free', 'pane'], 'zh-CN']);
  });
});
