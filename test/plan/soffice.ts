/**
 * LibreOffice Calc, headless, as the third host that recalculates the add-in's formulas (Debian
 * package `libreoffice-calc`, installed by .ci/run). Each conversion runs with a fresh user
 * profile that recalculates every formula when a file is loaded, whatever cached results it holds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The soffice executable on PATH, or null. */
export function findSoffice(): string | null {
  const r = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  const path = r.stdout.trim().split('\n')[0] ?? '';
  return r.status === 0 && path !== '' ? path : null;
}

/**
 * `org.openoffice.Office.Calc/Formula/Load`: 0 = always recalculate, for Excel 2007+ files
 * (OOXMLRecalcMode) and ODF files (ODFRecalcMode). Without it Calc may show the cached results.
 */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A fresh LibreOffice user profile that always recalculates on load. */
export function recalcProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(join(dir, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  return dir;
}

/**
 * Converts files with `soffice --headless --convert-to <format>` into `outDir`, in one run.
 * Returns the output paths, in the order of `inputs`; throws with soffice's output when one is missing.
 */
export function convertWithSoffice(soffice: string, inputs: string[], format: string, outDir: string, profile = recalcProfile()): string[] {
  mkdirSync(outDir, { recursive: true });
  const r = spawnSync(
    soffice,
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, ...inputs],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const ext = format.split(':')[0] ?? format;
  const outputs = inputs.map((f) => join(outDir, `${basename(f, extname(f))}.${ext}`));
  const missing = outputs.filter((f) => !existsSync(f));
  if (r.error || missing.length > 0) {
    throw new Error(`soffice --convert-to ${format} failed (status ${String(r.status)}): ${r.error?.message ?? ''}\n${r.stdout}\n${r.stderr}\nmissing: ${missing.join(', ')}`);
  }
  return outputs;
}

/** Pages of a PDF as LibreOffice writes it: its page objects (`/Type /Page`, not the `/Pages` tree). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
