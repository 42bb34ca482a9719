/**
 * WPS raises `SheetChange` for the add-in's own writes too, and its events say nothing of who made
 * the change. Changes reported while the add-in writes (ET calls are synchronous, so the events of
 * its own writes normally arrive then) or this soon after (builds that deliver them later) are
 * taken as the add-in's.
 */
export const OWN_WRITE_GRACE_MS = 1500;

export class OwnWrites {
  private depth = 0;
  private lastEnd = Number.NEGATIVE_INFINITY;

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Runs `write`, marking every change it makes as the add-in's. */
  run<T>(write: () => T): T {
    this.depth++;
    try {
      return write();
    } finally {
      this.depth--;
      this.lastEnd = this.now();
    }
  }

  get active(): boolean {
    return this.depth > 0 || this.now() - this.lastEnd < OWN_WRITE_GRACE_MS;
  }
}
