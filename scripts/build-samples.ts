/**
 * Rebuilds the sample workbooks in samples/ from the seed: `npm run samples`.
 * The layouts live in test/fixtures so that tests build the same workbooks in memory.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { buildPerSheetSample, buildStackedSample, type Sample } from '../test/fixtures/sample-layout';
import { buildTemplatesSample, TEMPLATES_SAMPLE } from '../test/fixtures/families/templates-sample';
import { reproducibleXlsx } from '../test/fixtures/zip-timestamps';

const SAMPLES_DIR = join(__dirname, '..', 'samples');

async function write(file: string, sample: Sample): Promise<void> {
  const path = join(SAMPLES_DIR, file);
  writeFileSync(path, await reproducibleXlsx(sample.workbook));
  console.log(`${path}: ${sample.sheets.length} sheets, ${sample.expected.length} tables`);
}

async function main(): Promise<void> {
  mkdirSync(SAMPLES_DIR, { recursive: true });
  await write('绩效目标表-汇总.xlsx', buildStackedSample());
  await write('绩效目标表-分表.xlsx', buildPerSheetSample());
  const templates = buildTemplatesSample();
  const path = join(SAMPLES_DIR, TEMPLATES_SAMPLE);
  writeFileSync(path, await reproducibleXlsx(templates.workbook));
  console.log(`${path}: ${templates.sheets.length} sheets, ${templates.tables.length} tables`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
