/** Requirement-set versions as the fake answers `isSetSupported` and refuses APIs above its own. */

/** `1.9` as [1, 9]; NaN parts make the version unsupported. */
function parts(version: string): number[] {
  return version.split('.').map(Number);
}

/** Whether `version` (default 1.1, as Office reads a missing MinVersion) is at most `limit`. */
export function versionAtMost(version: string | undefined, limit: string): boolean {
  const a = parts(version ?? '1.1');
  const b = parts(limit);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (Number.isNaN(x)) return false;
    if (x !== y) return x < y;
  }
  return true;
}

/** The other requirement sets the fake's Office supports besides ExcelApi, at their highest version. */
export const OTHER_SETS: Readonly<Record<string, string>> = { sharedruntime: '1.1', dialogapi: '1.2' };
