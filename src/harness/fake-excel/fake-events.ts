/**
 * `worksheets.onChanged`: handlers registered (and removed) when their batch is synced, called
 * asynchronously after a change, once per changed sheet, as Excel raises `WorksheetChanged`.
 */
import { rangeAddress } from '../../excel/a1';
import type { ChangeSet } from './fake-changes';
import { FakeRange } from './fake-range';
import type { FakeRequestContext } from './fake-request-context';
import { officeSheetId, type FakeSheet } from './fake-state';

/** Who made a change: the add-in through a batch, or a person (here: `FakeExcel.userEdit`). */
export type TriggerSource = 'ThisLocalAddin' | 'Unknown';

/** Where a change was made: in this Excel, or by a co-author of a shared workbook. */
export type ChangeOrigin = 'Local' | 'Remote';

export interface ChangeSource {
  triggerSource: TriggerSource;
  origin: ChangeOrigin;
  /** ExcelApi 1.14 or later: events carry `triggerSource`. */
  withTriggerSource: boolean;
}

/**
 * The fields of `Excel.WorksheetChangedEventArgs` the fake reports (no `details`, no
 * `changeDirectionState`); `triggerSource` only from ExcelApi 1.14.
 */
export interface FakeWorksheetChangedEventArgs {
  type: 'WorksheetChanged';
  worksheetId: string;
  /** The bounding range of the changed cells, without the sheet name (`B3:D7`). */
  address: string;
  changeType: 'RangeEdited';
  source: ChangeOrigin;
  triggerSource?: TriggerSource;
  getRange(context: FakeRequestContext): FakeRange;
  getRangeOrNullObject(context: FakeRequestContext): FakeRange;
}

export type WorksheetChangedHandler = (args: FakeWorksheetChangedEventArgs) => unknown;

/** The handlers in force, shared by every request context of one workbook. */
export class ChangedHandlers {
  private readonly handlers = new Set<WorksheetChangedHandler>();

  add(handler: WorksheetChangedHandler): void {
    this.handlers.add(handler);
  }

  remove(handler: WorksheetChangedHandler): void {
    this.handlers.delete(handler);
  }

  /** Schedules one call per handler and changed sheet that still exists. */
  dispatch(changes: ChangeSet, sheets: readonly FakeSheet[], source: ChangeSource): void {
    const handlers = [...this.handlers];
    for (const sheet of changes.cells.keys()) {
      const area = changes.bounds(sheet);
      if (!area || !sheets.includes(sheet)) continue;
      const worksheetId = officeSheetId(sheet);
      const address = rangeAddress(area);
      const args: FakeWorksheetChangedEventArgs = {
        type: 'WorksheetChanged', worksheetId, address, changeType: 'RangeEdited', source: source.origin,
        ...(source.withTriggerSource ? { triggerSource: source.triggerSource } : {}),
        getRange: (context) => context.workbook.worksheets.getItem(worksheetId).getRange(address),
        getRangeOrNullObject: (context) => new FakeRange(context, `changed(${worksheetId}).getRangeOrNullObject()`, () => {
          const live = context.fake.sheets.find((s) => officeSheetId(s) === worksheetId);
          return live ? { sheet: live, area } : null;
        }),
      };
      for (const handler of handlers) setTimeout(() => void handler(args), 0);
    }
  }
}

/** What `onChanged.add` returns: `remove()` queues the removal on the registering context. */
export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeRequestContext,
    private readonly handler: WorksheetChangedHandler,
  ) {}
  remove(): void {
    this.context.enqueue({
      describe: { path: 'workbook.worksheets.onChanged', op: 'remove' },
      mutating: false,
      run: () => {
        this.context.fake.changedHandlers.remove(this.handler);
        return undefined;
      },
    });
  }
}

export class FakeWorksheetChangedEvent {
  constructor(private readonly context: FakeRequestContext) {}
  add(handler: WorksheetChangedHandler): FakeEventHandlerResult {
    this.context.enqueue({
      describe: { path: 'workbook.worksheets.onChanged', op: 'add' },
      mutating: false,
      run: () => {
        this.context.fake.changedHandlers.add(handler);
        return undefined;
      },
    });
    return new FakeEventHandlerResult(this.context, handler);
  }
}
