/**
 * The pieces of a record-codec column (the record sheet's, the profile sheet's) as a host reads
 * column A top down: every cell down to the first that is not a non-empty string.
 */
export function columnPieces(column: readonly unknown[]): string[] {
  const pieces: string[] = [];
  for (const v of column) {
    if (typeof v !== 'string' || v === '') break;
    pieces.push(v);
  }
  return pieces;
}
