import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateApiSets, type SourceFile } from '../src/manifest/api-sets';
import { validateManifest } from '../src/manifest/validate-manifest';

/**
 * `npm run validate [manifest]`: the offline manifest check (the online `office-addin-manifest
 * validate` needs the internet), of manifest.xml or the one given (a build's dist/manifest.xml),
 * and of the API sets the add-in's code uses against the sets it declares.
 */
const root = path.join(__dirname, '..');
const CODE_FOLDERS = ['src/excel', 'src/commands', 'src/taskpane'];

/** The Office code's TypeScript files, with repository paths. */
export function officeSources(): SourceFile[] {
  const walk = (dir: string): string[] => readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(`${dir}/${e.name}`) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [`${dir}/${e.name}`] : []);
  return CODE_FOLDERS.flatMap(walk).map((p) => ({ path: p, text: readFileSync(path.join(root, p), 'utf8') }));
}

function main(): void {
  const file = path.resolve(process.argv[2] ?? path.join(root, 'manifest.xml'));
  const name = path.relative(process.cwd(), file) || file;
  const xml = readFileSync(file, 'utf8');
  const problems = [...validateManifest(xml, new Set(readdirSync(path.join(root, 'assets')))), ...validateApiSets(xml, officeSources())];
  if (problems.length === 0) {
    console.log(`${name}: OK`);
  } else {
    for (const p of problems) console.error(`${name}: ${p}`);
    process.exitCode = 1;
  }
}

if (require.main === module) main();
