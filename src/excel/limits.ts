/**
 * Request budgets for Office.js. Excel on the web refuses a request or a response larger than 5 MB
 * (`RequestPayloadSizeLimitExceeded`), and one `context.sync()` is one request, so every batch this
 * adapter queues is sized from cell counts and data lengths before it is sent.
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** What one batch may carry by our estimate: a fifth below the limit, for JSON framing we do not see. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/**
 * Estimated response bytes per cell when loading `values`, `text` and `numberFormat` together:
 * an empty cell costs about 16 bytes (`"","","General",`), the stacked sample averages 43 and its
 * department sheet 73. A batch that still comes back too large is retried in smaller blocks.
 */
export const READ_BYTES_PER_CELL = 64;

/** Estimated bytes of one queued operation besides its data: object path, method and framing. */
export const OP_OVERHEAD_BYTES = 200;

/**
 * Longest address string handed to `worksheet.getRanges()` (a list such as `A1:B2, D5`). The API
 * documents no limit; this keeps each list short enough for every host.
 */
export const MAX_AREAS_ADDRESS_CHARS = 2000;

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_CHARS = 32_767;

/** UTF-8 length of a string without allocating its encoding. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes that `value` takes in a JSON request body. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}
