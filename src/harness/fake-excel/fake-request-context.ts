/** `Excel.RequestContext`: its own command queue, sent to the workbook by `sync()`. */
import type { FakeExcel } from './fake-excel';
import type { Action } from './fake-proxy';
import { FakeWorkbook } from './fake-workbook';

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  private queue: Action[] = [];
  constructor(readonly fake: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }
  enqueue(action: Action): void {
    this.queue.push(action);
  }
  /** Hands over the queued commands, leaving the queue empty. */
  take(): Action[] {
    const actions = this.queue;
    this.queue = [];
    return actions;
  }
  sync(): Promise<void> {
    return this.fake.sync(this);
  }
}
