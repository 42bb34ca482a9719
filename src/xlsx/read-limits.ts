/**
 * How much a workbook may hold before we refuse it instead of exhausting memory: a snapshot is
 * dense, and ExcelJS holds each sheet's XML as one string while it parses it.
 */
export const MAX_CELLS_PER_SHEET = 2_000_000;
export const MAX_SHEET_XML_BYTES = 200_000_000;

export interface ReadLimits {
  maxCellsPerSheet: number;
  /** Uncompressed size of one `xl/worksheets/*.xml` part. */
  maxSheetXmlBytes: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxCellsPerSheet: MAX_CELLS_PER_SHEET,
  maxSheetXmlBytes: MAX_SHEET_XML_BYTES,
};
