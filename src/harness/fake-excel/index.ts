/** The in-memory Excel behind the Office.js API subset the add-in uses (see fake-excel.ts). */
export { FakeExcel, type SyncRecord } from './fake-excel';
export { FakeRequestContext } from './fake-request-context';
export { FakeOfficeError } from './fake-office-error';
export { FakeClientResult } from './fake-proxy';
export { seedCell, seedNote } from './fake-seeding';
export { STANDARD_WIDTH_POINTS, cellKey, officeSheetId, parseCellKey, type FakeCell, type FakeComment, type FakeFill, type FakeSheet } from './fake-state';
export type { FakeEventHandlerResult, FakeWorksheetChangedEventArgs, TriggerSource, WorksheetChangedHandler } from './fake-events';
