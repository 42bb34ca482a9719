/** Downloads a workbook seed served next to the page: harness.html's, or taskpane.html's under the Office.js stand-in. */
import { WorkbookSeedSchema, type WorkbookSeed } from './workbook-seed';

export async function fetchSeed(url: string): Promise<WorkbookSeed> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return WorkbookSeedSchema.parse(await response.json());
}
