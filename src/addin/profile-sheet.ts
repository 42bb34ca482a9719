import type { AddinHost } from './addin-host';
import { columnPieces } from './column-pieces';
import { decorateHost } from './decorate-host';
import { parseProfile } from '../core/check/parse-profile';
import { encodeJsonChunks, parseJsonChunks } from '../core/plan/record-codec';
import { RECORD_SHEET } from '../core/plan/write-plan';
import type { Profile } from '../core/profile/profile-schema';

/**
 * The profile kept in the workbook itself, so that the command line, Excel and WPS check a workbook
 * with the same settings: a very hidden sheet whose column A holds the profile as the record sheet
 * holds the record (core/plan/record-codec.ts). It is the user's setting, not a check result:
 * clearing leaves it, and no host reads it as a table.
 */
export const PROFILE_SHEET = '_检查配置';

/** The add-in's very hidden data sheets, which a snapshot of the workbook leaves out. */
export function isAddinDataSheet(name: string): boolean {
  return name === RECORD_SHEET || name === PROFILE_SHEET;
}

/** Column A of the profile sheet, top down. */
export function encodeProfileSheet(profile: Profile): string[] {
  return encodeJsonChunks(profile);
}

export type ProfileSheetRead = { ok: true; profile: Profile } | { ok: false; detail: string };

/** The profile of column A (read down to the first cell that is not a non-empty string), or what is wrong with it. */
export function decodeProfileSheet(column: readonly unknown[]): ProfileSheetRead {
  const json = parseJsonChunks(columnPieces(column));
  if (!json.ok) return json;
  const parsed = parseProfile(json.value);
  return parsed.ok ? parsed : { ok: false, detail: parsed.problems.join('；') };
}

/** The profile sheet is there but does not hold a profile: the message each host shows or logs. */
export function profileSheetDamaged(detail: string): { zh: string; en: string } {
  return {
    zh: `工作簿中的检查方案（隐藏工作表「${PROFILE_SHEET}」）无法读取，改用默认方案：${detail}`,
    en: `The profile kept in the workbook (hidden sheet "${PROFILE_SHEET}") cannot be read; using the default profile: ${detail}`,
  };
}

/** Rows of column A a host reads and writes: far more than a profile needs (a piece is 32,000 characters). */
export const PROFILE_SHEET_ROWS = 16;

/** Column A of the profile sheet as a host reads and writes it. */
export interface ProfileSheetStore {
  /** The first PROFILE_SHEET_ROWS cells of column A; null when the workbook has no profile sheet. */
  read(): Promise<unknown[] | null>;
  /** Creates the very hidden sheet when missing, and writes `column` into A1 down, emptying the rest. */
  write(column: readonly string[]): Promise<void>;
}

/** Column A as written: the profile's pieces, then empty cells down to PROFILE_SHEET_ROWS. */
export function profileSheetColumn(profile: Profile): string[] {
  const chunks = encodeProfileSheet(profile);
  if (chunks.length > PROFILE_SHEET_ROWS) throw new Error(`检查方案过大，无法保存在工作簿中 / The profile is too large to keep in the workbook (${chunks.length} pieces)`);
  return [...chunks, ...Array<string>(PROFILE_SHEET_ROWS - chunks.length).fill('')];
}

/**
 * The host with its profile kept in the profile sheet: read from there first, else from the host's
 * own place (Excel's document settings, WPS's PluginStorage), which also takes the save where the
 * sheet cannot be written (a workbook whose structure is protected). Edits of the add-in's data
 * sheets are never the user's, so they never start an automatic check.
 */
export function withProfileSheet(host: AddinHost, store: ProfileSheetStore): AddinHost {
  return decorateHost(host, {
    watchEdits: (onEdit) => host.watchEdits((edit) => {
      if (!isAddinDataSheet(edit.sheet)) onEdit(edit);
    }),
    loadProfile: async () => {
      const column = await store.read();
      if (column === null) return host.loadProfile();
      const read = decodeProfileSheet(column);
      if (read.ok) return read.profile;
      console.warn(profileSheetDamaged(read.detail).en);
      return host.loadProfile();
    },
    saveProfile: async (profile) => {
      const column = profileSheetColumn(profile);
      try {
        await store.write(column);
      } catch (e) {
        console.warn(`The profile sheet could not be written (${e instanceof Error ? e.message : String(e)}); saving where the host keeps settings`);
        await host.saveProfile(profile);
      }
    },
  });
}
