import { ProfileSchema, type Profile } from '../profile/profile-schema';
import { RULES } from '../rules/catalogue';

export type ProfileParse = { ok: true; profile: Profile } | { ok: false; problems: string[] };

/** Validates a profile read from JSON; problems are short Chinese lines naming the field. */
export function parseProfile(json: unknown): ProfileParse {
  const parsed = ProfileSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(根)'}：${i.message}`) };
  }
  const known = new Set(RULES.map((r) => r.meta.id));
  const unknown = Object.keys(parsed.data.rules).filter((id) => !known.has(id));
  if (unknown.length > 0) return { ok: false, problems: unknown.map((id) => `rules.${id}：没有这条规则 / no such rule`) };
  return { ok: true, profile: parsed.data };
}
