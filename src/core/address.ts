/** A1 addressing in 1-based coordinates; Excel's limits bound every conversion. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 1 || col > MAX_COLS) throw new RangeError(`column out of range: ${col}`);
  let n = col;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  if (!/^[A-Z]{1,3}$/.test(letters)) throw new RangeError(`not a column: ${letters}`);
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n > MAX_COLS) throw new RangeError(`column out of range: ${letters}`);
  return n;
}

export function cellAddress(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROWS) throw new RangeError(`row out of range: ${row}`);
  return `${columnLetters(col)}${row}`;
}

export function parseCellAddress(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(a1);
  if (!m) throw new RangeError(`not an A1 address: ${a1}`);
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROWS) throw new RangeError(`row out of range: ${a1}`);
  return { row, col: columnNumber(m[1] as string) };
}

export function areaAddress(area: { top: number; left: number; bottom: number; right: number }): string {
  return `${cellAddress(area.top, area.left)}:${cellAddress(area.bottom, area.right)}`;
}
