import type { Profile } from '../profile/profile-schema';

/** What a rule may know beyond its table: the review profile and the workbook's budget year. */
export interface RuleContext {
  profile: Profile;
  /** From the profile, else inferred from the workbook; null when nothing says. */
  budgetYear: number | null;
}

/** The year a table budgets for: the profile's, else the one its title prints, else the workbook's. */
export function budgetYearOf(table: { year: number | null }, context: RuleContext): number | null {
  return context.profile.budgetYear ?? table.year ?? context.budgetYear;
}
