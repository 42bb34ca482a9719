import path from 'node:path';
import { FINDING_HEADERS, TABLE_HEADERS, type BatchOverview, type OverviewCell } from './batch-summary';

function field(v: OverviewCell): string {
  const text = v === null ? '' : typeof v === 'object' ? v.file : String(v);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 with a UTF-8 byte-order mark and CRLF, so Excel and WPS open the Chinese text as it is. */
function csv(headers: readonly string[], rows: OverviewCell[][]): string {
  return `\ufeff${[headers, ...rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

/** `汇总.csv` → `汇总-问题清单.csv`: a CSV holds one table, so the findings go beside it. */
export function findingsCsvPath(summary: string): string {
  const ext = path.extname(summary);
  return `${summary.slice(0, summary.length - ext.length)}-问题清单${ext}`;
}

/** The overview as two CSV texts: the tables (at `summary`) and the findings (at `findingsCsvPath`). */
export function overviewCsv(overview: BatchOverview): { tables: string; findings: string } {
  return { tables: csv(TABLE_HEADERS, overview.tables), findings: csv(FINDING_HEADERS, overview.findings) };
}
