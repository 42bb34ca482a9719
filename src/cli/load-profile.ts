import { readFile } from 'node:fs/promises';
import { parseProfile } from '../core/check/parse-profile';
import type { Profile } from '../core/profile/profile-schema';

export class ProfileError extends Error {}

/** Reads `--profile my.json`; any problem is one line in Chinese and English. */
export async function loadProfile(file: string): Promise<Profile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new ProfileError(`无法读取检查方案 ${file} / Cannot read profile ${file}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ProfileError(`检查方案不是有效的 JSON：${file} / Profile is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = parseProfile(json);
  if (!parsed.ok) throw new ProfileError(`检查方案有误 / Invalid profile ${file}: ${parsed.problems.join('；')}`);
  return parsed.profile;
}
