import type { Report } from '../core/report';
import type { PlanProblem } from '../core/plan/write-plan';
import type { Profile } from '../core/profile/profile-schema';

/** What 清除检查结果 does with the entries the user typed into 实际完成值 and 全年执行数. */
export type TypedEntriesChoice = 'keep' | 'drop';

/** What 检查表格 covers: every sheet, or only the sheet the user is on. */
export type CheckScope = 'workbook' | 'sheet';

/**
 * Where a check is, for the progress bar: `done` of `total` in the stage's own unit: sheets read
 * (`read`), tables checked (`check`), cells written (`write`). `total` is 0 while the stage's size
 * is not known yet.
 */
export interface CheckProgress {
  stage: 'read' | 'check' | 'write';
  done: number;
  total: number;
}

export interface CheckRequest {
  scope: CheckScope;
  profile: Profile;
  /**
   * Re-check what the user changed since the last check (自动检查, a fix applied): a host that saw
   * every change since reads only the changed sheets and writes only what differs; otherwise, and
   * for 检查表格 itself, the whole workbook is checked and written.
   */
  changesOnly?: boolean;
  onProgress?(progress: CheckProgress): void;
}

export interface CheckOutcome {
  report: Report;
  /** The sheet checked when the scope was one sheet; null for the whole workbook. */
  sheet: string | null;
  /** Owned cells the plan could not place (a user's cell in the way), shown to the user. */
  problems: PlanProblem[];
  /** Name of the summary sheet written, null when there was none. */
  summarySheet: string | null;
}

export interface CellTarget {
  sheet: string;
  /** 1-based, as in the report's findings. */
  row: number;
  col: number;
}

/** What a cell holds: its value as stored (a number, a text, …) and the text it shows. */
export interface CellReading {
  text: string;
  value: string | number | boolean | null;
}

/** A text for a cell: a suggested fix to write, or 撤销 giving a cell back what it held. */
export interface CellText {
  target: CellTarget;
  text: string;
  /**
   * The value to store as it is instead of reading `text` (撤销 of a fix: a number comes back as the
   * number it was, not as the rounded text it showed).
   */
  value?: string | number | boolean;
}

/** A change the user made (never one of the add-in's own writes). */
export interface UserEdit {
  sheet: string;
  /** A1 address of the changed range, without the sheet. */
  address: string;
}

/**
 * Everything the task pane and the ribbon commands need from the workbook, so that they never touch
 * Office.js themselves: the Office implementation runs in Excel and, in the browser harness,
 * against an in-memory fake of the Excel API.
 */
export interface AddinHost {
  /** Clears any previous result, checks, writes the new result into the sheets. */
  check(request: CheckRequest): Promise<CheckOutcome>;
  /**
   * How many entries the user typed into the current result's input cells (实际完成值, 全年执行数);
   * 0 without a result. 清除检查结果 asks what to do with them before clearing.
   */
  countTypedEntries(): Promise<number>;
  /**
   * 清除检查结果: false when there was nothing to clear. `typed`: `keep` (the default, so nothing
   * typed is lost) leaves the typed entries, with their labels, as the user's own cells; `drop`
   * removes them with the rest.
   */
  clear(typed?: TypedEntriesChoice): Promise<boolean>;
  /** Whether the workbook holds a result 清除检查结果 would remove; changes nothing, and is cheap (a sync or two). */
  hasResult(): Promise<boolean>;
  /** Activates the cell's sheet and selects the cell. */
  select(target: CellTarget): Promise<void>;
  /**
   * The cells' displayed texts and values now, in the order given (to check fixes still apply
   * before writing them, and to give 撤销 the values). Batched: round trips do not grow with the
   * number of cells (short of Excel's request size limit), so 全部应用 stays quick on Excel on the web.
   */
  readCells(targets: readonly CellTarget[]): Promise<CellReading[]>;
  /** Writes suggested fixes into the user's cells, at the user's request; batched as `readCells` is. */
  writeTexts(entries: readonly CellText[]): Promise<void>;
  /** Name of the sheet the user is on. */
  activeSheet(): Promise<string>;
  /** Calls `onEdit` for each change the user makes; resolves to a function that stops listening. */
  watchEdits(onEdit: (edit: UserEdit) => void): Promise<() => Promise<void>>;
  /** The profile kept with the workbook (its hidden profile sheet, else the host's settings), or null when none was saved. */
  loadProfile(): Promise<Profile | null>;
  saveProfile(profile: Profile): Promise<void>;
  /** Office's UI language, e.g. `zh-CN` or `en-US`. */
  displayLanguage(): string;
}
