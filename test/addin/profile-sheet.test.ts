import type { AddinHost, UserEdit } from '../../src/addin/addin-host';
import {
  decodeProfileSheet, encodeProfileSheet, isAddinDataSheet, PROFILE_SHEET, PROFILE_SHEET_ROWS, profileSheetColumn, withProfileSheet, type ProfileSheetStore,
} from '../../src/addin/profile-sheet';
import { RECORD_CHUNK } from '../../src/core/plan/record-codec';
import { RECORD_SHEET, SUMMARY_SHEET } from '../../src/core/plan/write-plan';
import { DEFAULT_PROFILE, type Profile } from '../../src/core/profile/profile-schema';

const MINE: Profile = { ...DEFAULT_PROFILE, name: '市财政局 2024 方案', budgetYear: 2024, rules: { 'plan.milestone': 'off' } };

/** A store over an in-memory column, as a host's sheet would hold it; `failWrites` as a protected workbook. */
function memoryStore(column: unknown[] | null = null, failWrites = false): ProfileSheetStore & { column: unknown[] | null; writes: number } {
  const store = {
    column,
    writes: 0,
    read: async () => store.column,
    write: async (next: readonly string[]) => {
      if (failWrites) throw new Error('工作簿结构受保护 / The workbook structure is protected');
      store.writes++;
      store.column = [...next];
    },
  };
  return store;
}

/** The host behind the profile sheet: its own profile place is `settings`; it records edits it passes on. */
function innerHost(settings: { profile: Profile | null }, edits: UserEdit[]): AddinHost {
  const unused = (): never => {
    throw new Error('not used');
  };
  return {
    check: unused, countTypedEntries: unused, hasResult: unused, clear: unused, select: unused, readCells: unused, writeTexts: unused, activeSheet: unused,
    watchEdits: async (onEdit) => {
      for (const e of edits) onEdit(e);
      return async () => undefined;
    },
    loadProfile: async () => settings.profile,
    saveProfile: async (p) => {
      settings.profile = p;
    },
    displayLanguage: () => 'zh-CN',
  };
}

describe('profile sheet encoding', () => {
  it('round-trips a profile through column A, Chinese text escaped to printable ASCII as the record is', () => {
    const column = encodeProfileSheet(MINE);
    expect(column.every((c) => /^[\x20-\x7e]+$/.test(c))).toBe(true);
    expect(decodeProfileSheet([...column, '', 'ignored below the first empty cell'])).toEqual({ ok: true, profile: MINE });
  });

  it('cuts a long profile into pieces a cell holds, and refuses one beyond the rows hosts read', () => {
    const long: Profile = { ...MINE, name: '方'.repeat(RECORD_CHUNK) };
    const column = profileSheetColumn(long);
    expect(column).toHaveLength(PROFILE_SHEET_ROWS);
    const pieces = column.filter((c) => c !== '');
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((c) => c.length <= RECORD_CHUNK)).toBe(true);
    expect(decodeProfileSheet(column)).toEqual({ ok: true, profile: long });
    expect(() => profileSheetColumn({ ...MINE, name: '方'.repeat(RECORD_CHUNK * PROFILE_SHEET_ROWS) })).toThrow(/too large/);
  });

  it('says what is wrong with a damaged sheet: not JSON, or not a profile', () => {
    expect(decodeProfileSheet(['{"name":'])).toMatchObject({ ok: false, detail: expect.stringMatching(/^bad JSON/) });
    expect(decodeProfileSheet([JSON.stringify({ ...MINE, rules: { 'no.such-rule': 'error' } })])).toMatchObject({ ok: false, detail: expect.stringContaining('no.such-rule') });
  });

  it('names the add-in’s data sheets, and neither the summary nor a user’s sheet', () => {
    expect([RECORD_SHEET, PROFILE_SHEET, SUMMARY_SHEET, '项目1'].map(isAddinDataSheet)).toEqual([true, true, false, false]);
  });
});

describe('withProfileSheet', () => {
  it('reads the profile sheet first, and the host’s own place only when the workbook has no sheet', async () => {
    const settings = { profile: DEFAULT_PROFILE };
    expect(await withProfileSheet(innerHost(settings, []), memoryStore(encodeProfileSheet(MINE))).loadProfile()).toEqual(MINE);
    expect(await withProfileSheet(innerHost(settings, []), memoryStore()).loadProfile()).toBe(DEFAULT_PROFILE);
  });

  it('falls back to the host’s own place, with a warning, when the sheet is damaged', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const host = withProfileSheet(innerHost({ profile: null }, []), memoryStore(['not json']));
    expect(await host.loadProfile()).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(PROFILE_SHEET));
    warn.mockRestore();
  });

  it('saves into the sheet, leaving the host’s place alone, and there only where the sheet cannot be written', async () => {
    const settings = { profile: null as Profile | null };
    const store = memoryStore();
    const host = withProfileSheet(innerHost(settings, []), store);
    await host.saveProfile(MINE);
    expect([store.writes, settings.profile]).toEqual([1, null]);
    expect(await host.loadProfile()).toEqual(MINE);

    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const locked = withProfileSheet(innerHost(settings, []), memoryStore(null, true));
    await locked.saveProfile(MINE);
    expect(settings.profile).toEqual(MINE);
    expect(await locked.loadProfile()).toEqual(MINE);
    warn.mockRestore();
  });

  it('passes on the user’s edits but never those of the add-in’s data sheets', async () => {
    const edits: UserEdit[] = [{ sheet: PROFILE_SHEET, address: 'A1:A16' }, { sheet: '项目1', address: 'C5' }, { sheet: RECORD_SHEET, address: 'A1' }];
    const seen: UserEdit[] = [];
    await withProfileSheet(innerHost({ profile: null }, edits), memoryStore()).watchEdits((e) => seen.push(e));
    expect(seen).toEqual([edits[1]]);
  });
});
