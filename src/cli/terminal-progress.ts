/** Where a progress line goes: a terminal that understands carriage return and erase-line. */
export interface ProgressStream {
  write(text: string): boolean;
  columns?: number;
}

/**
 * A progress line redrawn in place (`\r`, erase to the end of the line), cut to the terminal's
 * width so it never wraps; an empty line erases it. Used only when stderr is a terminal, so
 * redirected output never holds it.
 */
export function terminalProgress(stream: ProgressStream): (line: string) => void {
  return (line) => {
    const width = Math.max(20, (stream.columns ?? 80) - 1);
    const chars = [...line];
    // CJK characters take two columns.
    let used = 0;
    let cut = '';
    for (const ch of chars) {
      used += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
      if (used > width) break;
      cut += ch;
    }
    stream.write(`\r\u001b[K${cut}`);
  };
}
