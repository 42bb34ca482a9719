import type { Finding } from '../finding';
import { SEVERITY_ORDER } from '../finding';
import type { Table } from '../model/table';
import { formatMessage, type Rule, type RuleHit } from '../rules/rule';
import type { RuleContext } from '../rules/rule-context';
import { RULES } from '../rules/catalogue';

/**
 * Runs every rule the profile leaves on, at the profile's severity, on every table. Findings come
 * out by table, then most severe first, then by cell.
 */
export function checkTables(tables: Table[], context: RuleContext, rules: readonly Rule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  for (const table of tables) {
    const own: Finding[] = [];
    for (const rule of rules) {
      const setting = context.profile.rules[rule.meta.id] ?? rule.meta.severity;
      if (setting === 'off') continue;
      if (!rule.appliesTo.includes(table.kind)) continue;
      const hits: RuleHit[] = rule.check(table, context);
      for (const hit of hits) {
        own.push({
          rule: rule.meta.id,
          severity: setting,
          sheet: table.sheet,
          row: hit.row,
          col: hit.col,
          table: table.id,
          message: formatMessage(rule.meta.message, hit.params),
          ...(hit.suggestion === undefined ? {} : { suggestion: hit.suggestion }),
        });
      }
    }
    own.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.row - b.row || a.col - b.col);
    findings.push(...own);
  }
  return findings;
}
