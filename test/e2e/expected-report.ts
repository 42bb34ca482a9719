/**
 * What the engine finds in the harness's sample workbook, computed in Node from the .xlsx the
 * harness seed is built from, through the command line's reader: the pane must show the same.
 */
import path from 'node:path';
import { checkWorkbook } from '../../src/core/engine';
import type { Profile } from '../../src/core/profile/profile-schema';
import { DEFAULT_PROFILE } from '../../src/core/profile/profile-schema';
import type { Report } from '../../src/core/report';
import { loadWorkbookFile } from '../../src/xlsx/open-workbook';
import { snapshotWorkbook } from '../../src/xlsx/read-snapshot';

export const SAMPLE = path.resolve(__dirname, '../../samples/绩效目标表-汇总.xlsx');

export async function expectedReport(profile: Profile = DEFAULT_PROFILE): Promise<Report> {
  const workbook = await loadWorkbookFile(SAMPLE);
  return checkWorkbook(snapshotWorkbook(workbook, path.basename(SAMPLE)), profile).report;
}
