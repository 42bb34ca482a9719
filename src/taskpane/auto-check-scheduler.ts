import { sharedWorkbookQueue, type WorkbookQueue } from '../addin/workbook-queue';

/** Timer functions, injectable so tests can drive time. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Looked up at call time, so jest's fake timers replace them too. */
const globalTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

export const DEFAULT_AUTO_CHECK_DELAY_MS = 800;

/** Why a check runs: user edits (自动检查) or a person asking for one. */
export type CheckCause = 'edit' | 'request';

/**
 * Serialises everything the pane does to the workbook (checks, clears, fixes) on the runtime's one
 * workbook queue, which the ribbon's commands use too, so two never overlap; and turns user edits into checks: each edit restarts a debounce; edits that arrive while
 * a job runs book exactly one more check, debounced from the end of that job.
 */
export class AutoCheckScheduler {
  private timer: unknown = null;
  private rerun = false;
  private active = 0;
  private disposed = false;

  /**
   * `check` reports its own failures; a rejection here only ends that run. Its cause: `edit` for the
   * automatic check after user edits (the host may re-check only what changed), `request` for 检查表格.
   */
  constructor(
    private readonly check: (cause: CheckCause) => Promise<void>,
    private readonly delayMs: number = DEFAULT_AUTO_CHECK_DELAY_MS,
    private readonly timers: Timers = globalTimers,
    private readonly queue: WorkbookQueue = sharedWorkbookQueue,
  ) {}

  /** A user edit. */
  edit(): void {
    if (this.disposed) return;
    if (this.active > 0) this.rerun = true;
    else this.restartTimer();
  }

  /** Checks now (after any running job); the edits seen so far need no check of their own. */
  checkNow(): Promise<void> {
    this.stopTimer();
    return this.enqueue(() => this.check('request'));
  }

  /** Runs a job that is not a check; an automatic check still waiting runs after it. */
  exclusive<T>(job: () => Promise<T>): Promise<T> {
    if (this.timer !== null) {
      this.stopTimer();
      this.rerun = true;
    }
    return this.enqueue(job);
  }

  /** Drops any automatic check not yet started (自动检查 turned off). */
  cancel(): void {
    this.stopTimer();
    this.rerun = false;
  }

  dispose(): void {
    this.cancel();
    this.disposed = true;
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    this.active++;
    const run = this.queue.run(job);
    run.then(
      () => this.settled(),
      () => this.settled(),
    );
    return run;
  }

  private settled(): void {
    this.active--;
    if (this.active === 0 && this.rerun && !this.disposed) {
      this.rerun = false;
      this.restartTimer();
    }
  }

  private restartTimer(): void {
    this.stopTimer();
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      // A failed automatic check has already shown its error; nothing is waiting on this promise.
      this.enqueue(() => this.check('edit')).catch(() => undefined);
    }, this.delayMs);
  }

  private stopTimer(): void {
    if (this.timer === null) return;
    this.timers.clearTimeout(this.timer);
    this.timer = null;
  }
}
