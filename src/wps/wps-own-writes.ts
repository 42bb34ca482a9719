/**
 * WPS raises `SheetChange` for the add-in's own writes too, and its events say nothing of who made
 * the change. A change reported while the add-in writes is the add-in's: ET calls are synchronous
 * and WPS raises the event inside the call. A build that raises it later instead shows that by
 * never raising one during a write; there, changes reported this soon after a write are taken as
 * the add-in's too.
 */
export const OWN_WRITE_GRACE_MS = 1500;

export class OwnWrites {
  private depth = 0;
  private lastEnd = Number.NEGATIVE_INFINITY;
  /** An event arrived during a write: this build raises them inside the call, so no grace is needed. */
  private inline = false;

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

  /**
   * Whether every change event is known to be told right: this WPS has raised one inside a write,
   * so none of the user's edits can fall in the grace period after a write and be taken for ours.
   */
  exact(): boolean {
    return this.inline;
  }

  /** Whether the change event arriving now comes from the add-in's own writes. */
  claims(): boolean {
    if (this.depth > 0) {
      this.inline = true;
      return true;
    }
    return !this.inline && this.now() - this.lastEnd < OWN_WRITE_GRACE_MS;
  }
}
