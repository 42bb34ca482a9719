/**
 * The parts of Office the ribbon commands use, for the harness: `Office.actions.associate` (the
 * shared runtime's ExecuteFunction buttons) and `Office.context.ui.displayDialogAsync` (their
 * notice). A harness button calls `press`, as a click on the ribbon would.
 */

export const DIALOG_MESSAGE_RECEIVED = 'dialogMessageReceived';
export const DIALOG_EVENT_RECEIVED = 'dialogEventReceived';
/** What Office sends with DialogEventReceived when the user closes the dialog with its ✕. */
const DIALOG_CLOSED_BY_USER = 12006;

/** How long Office takes to close a dialog after `close()`; a dialog opened meanwhile fails with 12007. */
export const DIALOG_CLOSING_MS = 50;

type Handler = (arg: unknown) => void;

export interface CommandEvent {
  completed(): void;
}

/** An open dialog as Office.js hands it to the add-in, and as the harness draws it. */
export class FakeDialog {
  private readonly handlers = new Map<string, Handler[]>();
  closed = false;

  constructor(
    readonly url: string,
    private readonly onClose: (dialog: FakeDialog) => void,
  ) {}

  addEventHandler(type: string, handler: Handler, callback?: (result: { status: string }) => void): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
    callback?.({ status: 'succeeded' });
  }

  /** `dialog.close()`, by the add-in. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose(this);
  }

  /** The dialog's page calling `Office.context.ui.messageParent(message)`. */
  messageParent(message: string): void {
    if (!this.closed) this.emit(DIALOG_MESSAGE_RECEIVED, { message, origin: new URL(this.url).origin });
  }

  /** The person closing the dialog with its ✕: Office closes it and tells the add-in. */
  closeByUser(): void {
    if (this.closed) return;
    this.close();
    this.emit(DIALOG_EVENT_RECEIVED, { error: DIALOG_CLOSED_BY_USER });
  }

  private emit(type: string, arg: unknown): void {
    for (const handler of this.handlers.get(type) ?? []) handler(arg);
  }
}

export class FakeRibbon {
  private readonly commands = new Map<string, (event: CommandEvent) => unknown>();
  private readonly listeners = new Set<() => void>();
  /** The dialog showing, if any; Office shows one at a time per add-in. */
  dialog: FakeDialog | null = null;
  /** A dialog closed but not yet gone from Office. */
  private closing: FakeDialog | null = null;

  associate(name: string, command: (event: CommandEvent) => unknown): void {
    this.commands.set(name, command);
  }

  /** Clicks a button bound to `name`; resolves when the command calls `event.completed()`. */
  press(name: string): Promise<void> {
    const command = this.commands.get(name);
    if (!command) return Promise.reject(new Error(`no command is associated with ${name}`));
    return new Promise((resolve) => {
      command({ completed: () => resolve() });
    });
  }

  displayDialogAsync(url: string, _options: unknown, callback?: (result: unknown) => void): void {
    const fail = (code: number, message: string) => callback?.({ status: 'failed', error: { code, message } });
    if (this.dialog || this.closing) return fail(12007, 'A dialog is already opened from this add-in.');
    const dialog = new FakeDialog(url, (closed) => {
      // Gone from the screen at once, but Office still holds it for a moment, as Excel does.
      this.closing = closed;
      if (this.dialog === closed) this.dialog = null;
      this.notify();
      setTimeout(() => {
        if (this.closing === closed) this.closing = null;
      }, DIALOG_CLOSING_MS);
    });
    this.dialog = dialog;
    this.notify();
    setTimeout(() => callback?.({ status: 'succeeded', value: dialog }), 0);
  }

  /** Calls `listener` whenever a dialog opens or closes; returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
