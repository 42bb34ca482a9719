import { parseArgs } from 'node:util';

export interface CheckArgs {
  inputs: string[];
  json: string | null;
  profile: string | null;
  strict: boolean;
  quiet: boolean;
  help: boolean;
}

export const USAGE = [
  '用法 / Usage: npm run check -- <工作簿.xlsx | 文件夹> [...] [--json <report.json | 目录>] [--profile <方案.json>] [--strict] [--quiet]',
  '  --json    写出 JSON 报告；检查多个工作簿时给一个目录，每个工作簿一个 <名称>.json',
  '            write the JSON report; with several workbooks, a directory gets one <name>.json each',
  '  --profile 使用自己的检查方案（规则严重程度、序时进度、预算年度等），见 profiles/default.json',
  '            use another review profile (rule severities, milestones, budget year); see profiles/default.json',
  '  --strict  发现错误时退出码为 1 / exit 1 when errors are found',
  '  --quiet   只打印每个工作簿的汇总行 / print one summary line per workbook',
].join('\n');

export class UsageError extends Error {}

export function parseCheckArgs(argv: string[]): CheckArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'string' },
        profile: { type: 'string' },
        strict: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw new UsageError(`参数有误 / Bad arguments: ${(e as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (!values.help && positionals.length === 0) throw new UsageError('请给出要检查的工作簿 / Give a workbook to check');
  return { inputs: positionals, json: values.json ?? null, profile: values.profile ?? null, strict: values.strict, quiet: values.quiet, help: values.help };
}
