import type { Profile } from '../profile/profile-schema';

/** What a rule may know beyond its table: the review profile and the workbook's budget year. */
export interface RuleContext {
  profile: Profile;
  /** From the profile, else inferred from the workbook; null when nothing says. */
  budgetYear: number | null;
}
