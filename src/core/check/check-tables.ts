import type { Finding } from '../finding';
import { SEVERITY_ORDER } from '../finding';
import type { Table } from '../model/table';
import { formatMessage, type Rule, type RuleHit } from '../rules/rule';
import { RULES } from '../rules/catalogue';

/** Runs every rule on every table; findings come out by table, then most severe first, then by cell. */
export function checkTables(tables: Table[], rules: readonly Rule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  for (const table of tables) {
    const own: Finding[] = [];
    for (const rule of rules) {
      let hits: RuleHit[];
      if (rule.appliesTo === 'project' && table.kind === 'project') hits = rule.check(table);
      else if (rule.appliesTo === 'department' && table.kind === 'department') hits = rule.check(table);
      else continue;
      for (const hit of hits) {
        own.push({
          rule: rule.meta.id,
          severity: rule.meta.severity,
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
