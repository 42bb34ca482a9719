import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REQUIRED_SETS } from '../../src/excel/api-support';
import { declaredSets, validateApiSets } from '../../src/manifest/api-sets';
import { officeSources } from '../../scripts/validate-manifest';

const MANIFEST = readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
const SOURCES = officeSources();

function manifestWith(from: string, to: string): string {
  expect(MANIFEST).toContain(from);
  return MANIFEST.replace(from, to);
}

describe('API sets the code uses against the manifest', () => {
  it('passes the real manifest and code, which declares every required set', () => {
    expect(SOURCES.map((s) => s.path)).toEqual(expect.arrayContaining(['src/excel/apply-write-plan.ts', 'src/commands/notice-dialog.ts']));
    expect(validateApiSets(MANIFEST, SOURCES)).toEqual([]);
    const declared = declaredSets(MANIFEST);
    for (const set of REQUIRED_SETS) expect(declared.get(set.name.toLowerCase())).toBe(set.version);
  });

  it('reports a required set the manifest leaves out, and the members that then go unguarded', () => {
    const problems = validateApiSets(manifestWith('<Set Name="ExcelApi" MinVersion="1.13"/>', ''), SOURCES);
    expect(problems[0]).toBe('清单未声明 ExcelApi 1.13 / The manifest does not declare ExcelApi 1.13, which the add-in requires');
    expect(problems).toContain(
      'src/excel/office-ops.ts 使用 getMergedAreasOrNullObject（ExcelApi 1.13），清单未声明也未检查 / src/excel/office-ops.ts uses getMergedAreasOrNullObject (ExcelApi 1.13), which the manifest does not declare and the code does not guard',
    );
  });

  it('reports a set declared too low', () => {
    const problems = validateApiSets(manifestWith('<Set Name="ExcelApi" MinVersion="1.13"/>', '<Set Name="ExcelApi" MinVersion="1.9"/>'), SOURCES);
    expect(problems).toContain('清单未声明 ExcelApi 1.13 / The manifest does not declare ExcelApi 1.13, which the add-in requires');
    expect(problems.some((p) => p.includes('getCellProperties'))).toBe(false);
  });

  it('reports a member above the declared sets that the code does not guard', () => {
    const unguarded = { path: 'src/excel/new-feature.ts', text: 'range.getMergedAreas();\nargs.triggerSource;\nworkbook.notes.add(cell, text);' };
    const withoutGuards = SOURCES.map((s) => ({ ...s, text: s.text.replace(/supports\('(notes|triggerSource)'/g, "supports('x'") }));
    const problems = validateApiSets(MANIFEST, [...withoutGuards, unguarded]);
    expect(problems.filter((p) => p.startsWith('src/excel/new-feature.ts'))).toEqual([
      'src/excel/new-feature.ts 使用 workbook.notes（ExcelApi 1.18），清单未声明也未检查 / src/excel/new-feature.ts uses workbook.notes (ExcelApi 1.18), which the manifest does not declare and the code does not guard',
      'src/excel/new-feature.ts 使用 triggerSource（ExcelApi 1.14），清单未声明也未检查 / src/excel/new-feature.ts uses triggerSource (ExcelApi 1.14), which the manifest does not declare and the code does not guard',
    ]);
    expect(validateApiSets(MANIFEST, [...SOURCES, unguarded])).toEqual([]);
  });

  it('reports requirement sets asked for outside the support module', () => {
    const asked = { path: 'src/taskpane/x.ts', text: "Office.context.requirements.isSetSupported('ExcelApi', '1.16')" };
    expect(validateApiSets(MANIFEST, [...SOURCES, asked])).toEqual([
      'src/taskpane/x.ts 直接调用 isSetSupported，应改用 supports() / src/taskpane/x.ts calls isSetSupported itself; use supports() from src/excel/api-support.ts',
    ]);
  });
});
