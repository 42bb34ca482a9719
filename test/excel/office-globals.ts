/// <reference types="office-js" />
/**
 * `Excel.run`, the requirement sets and the document settings over one fake workbook, as Office
 * provides them to the add-in, for tests of the Office.js host.
 */
import type { FakeExcel } from '../../src/harness/fake-excel';

interface Globals {
  Excel?: unknown;
  Office?: unknown;
}

export interface OfficeOptions {
  /** `Office.context.document.url`. */
  url?: string;
  saveFails?: boolean;
}

/** The document settings the installed Office keeps, shared by every install until `uninstallOffice`. */
export const savedSettings = new Map<string, unknown>();

export function installOffice(fake: FakeExcel, options: OfficeOptions = {}): void {
  const g = globalThis as Globals;
  g.Excel = { run: async (...args: unknown[]) => (args[args.length - 1] as (c: unknown) => Promise<unknown>)(fake.context) };
  g.Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      displayLanguage: 'en-US',
      requirements: { isSetSupported: (name: string, v?: string) => fake.isSetSupported(name, v) },
      document: {
        url: options.url ?? 'C:\\预算\\2023年绩效目标表.xlsx',
        settings: {
          get: (k: string) => savedSettings.get(k) ?? null,
          set: (k: string, v: unknown) => void savedSettings.set(k, structuredClone(v)),
          saveAsync: (cb: (r: { status: string; error?: { message: string } }) => void) =>
            cb(options.saveFails ? { status: 'failed', error: { message: 'disk full' } } : { status: 'succeeded' }),
        },
      },
    },
  };
}

export function uninstallOffice(): void {
  const g = globalThis as Globals;
  delete g.Excel;
  delete g.Office;
  savedSettings.clear();
}
