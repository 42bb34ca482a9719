/**
 * Runs jobs on the workbook one at a time, in the order they were asked for. The ribbon's commands
 * and the task pane share one runtime (the manifest's shared runtime), so one queue there serves
 * every entry point: a ribbon check never overlaps a pane check, a fix or a clear.
 */
export class WorkbookQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(job: () => Promise<T>): Promise<T> {
    const result = this.tail.then(job);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

/** The queue of the runtime this module is loaded in. */
export const sharedWorkbookQueue = new WorkbookQueue();
