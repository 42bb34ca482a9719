import type { Grade } from '../vocabulary';
import type { Profile } from './profile-schema';

/** The grade a year-end total earns under the profile's thresholds (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差). */
export function gradeOf(total: number, profile: Profile): Grade {
  const t = profile.gradeThresholds;
  if (total >= t.优) return '优';
  if (total >= t.良) return '良';
  if (total >= t.中) return '中';
  return '差';
}
