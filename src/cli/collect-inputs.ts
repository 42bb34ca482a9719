import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Files named on the command line, and the .xlsx files inside folders (Excel's `~$` lock files skipped). */
export async function collectInputs(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const entries = await readdir(input, { recursive: true, withFileTypes: true });
      const found = entries
        .filter((e) => e.isFile() && /\.xlsx$/i.test(e.name) && !e.name.startsWith('~$'))
        .map((e) => path.join(e.parentPath, e.name))
        .sort();
      files.push(...found);
    } else {
      files.push(input);
    }
  }
  return files;
}

/**
 * One output path per workbook: the given path itself for a single workbook, else
 * `<dir>/<name><ext>` (`.json` for reports, `.xlsx` for annotated copies), numbered when names repeat.
 */
export function reportPaths(files: string[], json: string, jsonIsDir: boolean, ext = '.json'): string[] {
  if (!jsonIsDir && files.length === 1) return [json];
  const used = new Set<string>();
  return files.map((f) => {
    const base = path.basename(f).replace(/\.xlsx$/i, '');
    let name = `${base}${ext}`;
    for (let i = 2; used.has(name); i++) name = `${base}-${i}${ext}`;
    used.add(name);
    return path.join(json, name);
  });
}
