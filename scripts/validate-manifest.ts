import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateManifest } from '../src/manifest/validate-manifest';

/** `npm run validate`: the offline manifest check (the online `office-addin-manifest validate` needs the internet). */
const root = path.join(__dirname, '..');
const problems = validateManifest(
  readFileSync(path.join(root, 'manifest.xml'), 'utf8'),
  new Set(readdirSync(path.join(root, 'assets'))),
);
if (problems.length === 0) {
  console.log('manifest.xml: OK');
} else {
  for (const p of problems) console.error(`manifest.xml: ${p}`);
  process.exitCode = 1;
}
