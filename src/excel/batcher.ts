import { officeErrorCode } from './host-error';
import { REQUEST_BUDGET_BYTES } from './limits';

/** Something with a `sync()`, as `Excel.RequestContext` is. */
export interface Syncable {
  sync(): Promise<unknown>;
}

/**
 * Counts `context.sync()` calls and keeps each batch under a byte budget. Callers queue operations
 * and call `reserve(bytes)` before each; a sync happens only at a phase's end (`flush`) or when the
 * next operation would push the batch over the budget, never once per sheet or per cell.
 */
export class RequestBatcher {
  syncs = 0;
  /** Called after each batch is sent (a write reports its progress here). */
  onSent: (() => void | Promise<void>) | null = null;
  private pending = 0;

  constructor(
    readonly context: Syncable,
    readonly budget = REQUEST_BUDGET_BYTES,
  ) {}

  /** Room for one more operation of `bytes`; sends the batch first when it would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.sync();
    this.pending += bytes;
  }

  async sync(): Promise<void> {
    this.pending = 0;
    this.syncs++;
    await this.context.sync();
    await this.onSent?.();
  }

  /** Sends what is queued, if anything is. */
  async flush(): Promise<void> {
    if (this.pending > 0) await this.sync();
  }

  /** Forgets what a failed batch had queued (Office.js drops it too). */
  reset(): void {
    this.pending = 0;
  }
}

/** Excel on the web refused a batch for its size. */
export function isPayloadTooLarge(e: unknown): boolean {
  const code = officeErrorCode(e) ?? '';
  return /PayloadSizeLimitExceeded/i.test(code);
}
