import { dateToSerial } from 'numfmt';

/** Days between the 1900 and 1904 date systems' day zero. */
const DATE1904_OFFSET = 1462;

/**
 * The serial number Excel stores for a date cell. ExcelJS turns a serial into the UTC instant of
 * its wall-clock time, so the local timezone must not take part in turning it back.
 */
export function excelSerial(date: Date, date1904 = false): number | null {
  const serial = dateToSerial(date, { ignoreTimezone: true });
  if (serial === null || !Number.isFinite(serial)) return null;
  return date1904 ? serial - DATE1904_OFFSET : serial;
}
