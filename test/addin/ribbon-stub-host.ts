import type { AddinHost, CheckOutcome, CheckRequest } from '../../src/addin/addin-host';

/** What the stub host's check finds: 40 tables, 16 errors, 30 warnings, 5 infos. */
export const STUB_OUTCOME: CheckOutcome = {
  report: { schemaVersion: 1, file: 'x.xlsx', tables: [], findings: [], summary: { tables: 40, errors: 16, warnings: 30, infos: 5 } },
  sheet: null,
  problems: [],
  summarySheet: '检查汇总',
};

/**
 * A host for the tests of the ribbon's commands (Excel's and WPS's): it records the checks asked
 * for and returns STUB_OUTCOME; what the commands never call throws.
 */
export function ribbonStubHost(overrides: Partial<AddinHost> = {}, language = 'zh-CN'): AddinHost & { requests: CheckRequest[] } {
  const requests: CheckRequest[] = [];
  const unused = (): never => {
    throw new Error('not used by the ribbon commands');
  };
  return {
    requests,
    check: async (request) => {
      requests.push(request);
      return STUB_OUTCOME;
    },
    clear: async () => true,
    countTypedEntries: async () => 0,
    hasResult: unused,
    select: unused,
    readCells: unused,
    writeTexts: unused,
    activeSheet: unused,
    watchEdits: unused,
    loadProfile: async () => null,
    saveProfile: unused,
    displayLanguage: () => language,
    ...overrides,
  };
}
