/** A clock and a storage for the tests of what the add-in's pages share (the cross-page lock, the outcome relay). */
import type { LockClock, SharedStorage } from '../../src/addin/cross-page-lock';

/** Time that moves only when a test advances it; sleeps and heartbeats fire as it passes them. */
export class ManualClock implements LockClock {
  private time = 1_000_000;
  private timers: { at: number; fire: () => void; every?: number }[] = [];

  now(): number {
    return this.time;
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.timers.push({ at: this.time + ms, fire: resolve }));
  }

  every(ms: number, tick: () => void): () => void {
    const timer = { at: this.time + ms, fire: tick, every: ms };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  /** Moves time on in steps of `step` ms, letting the promises woken at each step run. */
  async advance(ms: number, step = 10): Promise<void> {
    for (const end = this.time + ms; this.time < end; ) {
      this.time += step;
      for (const t of this.timers.filter((x) => x.at <= this.time)) {
        if (t.every === undefined) this.timers = this.timers.filter((x) => x !== t);
        else t.at += t.every;
        t.fire();
      }
      for (let i = 0; i < 10; i++) await Promise.resolve();
    }
  }
}

export function memoryStorage(): SharedStorage & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return { values, getItem: (k) => values.get(k) ?? null, setItem: (k, v) => void values.set(k, v) };
}
