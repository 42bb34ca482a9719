import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CheckArgs {
  inputs: string[];
  json: string | null;
  /** Where to write the annotated workbook (a directory when several are checked). */
  out: string | null;
  /** Write the annotated workbook over the input (alone) or allow `--out` to name the input. */
  inPlace: boolean;
  profile: string | null;
  strict: boolean;
  quiet: boolean;
  help: boolean;
}

export const USAGE = [
  '用法 / Usage: npm run check -- <工作簿.xlsx | 文件夹> [...] [--json <report.json | 目录>] [--out <annotated.xlsx | 目录>] [--in-place] [--profile <方案.json>] [--strict] [--quiet]',
  '  --json    写出 JSON 报告；检查多个工作簿时给一个目录，每个工作簿一个 <名称>.json',
  '            write the JSON report; with several workbooks, a directory gets one <name>.json each',
  '  --out     写出标注后的工作簿（得分、等级、检查结果列，标色和批注，「检查汇总」表）；多个工作簿时给一个目录',
  '            write the annotated workbook (score, grade and result columns, fills and notes, a summary sheet);',
  '            with several workbooks, a directory',
  '  --in-place 直接写回原工作簿（不给 --out 时），或允许 --out 指向原工作簿',
  '            write the annotated workbook over the input (without --out), or let --out name the input',
  '  --profile 使用自己的检查方案（规则严重程度、序时进度、预算年度等），见 profiles/default.json',
  '            use another review profile (rule severities, milestones, budget year); see profiles/default.json',
  '  --strict  发现错误时退出码为 1 / exit 1 when errors are found',
  '  --quiet   只打印每个工作簿的汇总行 / print one summary line per workbook',
].join('\n');

export class UsageError extends Error {}

/** node:util's parseArgs with positionals allowed, its errors turned into a bilingual UsageError. */
function parseOptions<T extends ParseArgsConfig['options']>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options });
  } catch (e) {
    throw new UsageError(`参数有误 / Bad arguments: ${(e as Error).message}`);
  }
}

export function parseCheckArgs(argv: string[]): CheckArgs {
  const { values, positionals } = parseOptions(argv, {
    json: { type: 'string' },
    out: { type: 'string' },
    'in-place': { type: 'boolean', default: false },
    profile: { type: 'string' },
    strict: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (!values.help && positionals.length === 0) throw new UsageError('请给出要检查的工作簿 / Give a workbook to check');
  return {
    inputs: positionals,
    json: values.json ?? null,
    out: values.out ?? null,
    inPlace: values['in-place'],
    profile: values.profile ?? null,
    strict: values.strict,
    quiet: values.quiet,
    help: values.help,
  };
}

export interface ClearArgs {
  inputs: string[];
  out: string | null;
  inPlace: boolean;
  quiet: boolean;
  help: boolean;
}

export const CLEAR_USAGE = [
  '用法 / Usage: npm run clear -- <已标注的工作簿.xlsx | 文件夹> [...] (--out <restored.xlsx | 目录> | --in-place) [--quiet]',
  '  清除检查结果：删除检查写入的列、标色、批注和「检查汇总」表，恢复原样',
  '  remove what a check wrote (owned columns, fills, notes, the summary sheet) and restore the workbook',
  '  --out      写出恢复后的工作簿；多个工作簿时给一个目录 / write the restored workbook; with several, a directory',
  '  --in-place 直接写回原工作簿 / write the restored workbook over the input',
].join('\n');

export function parseClearArgs(argv: string[]): ClearArgs {
  const { values, positionals } = parseOptions(argv, {
    out: { type: 'string' },
    'in-place': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  const args = { inputs: positionals, out: values.out ?? null, inPlace: values['in-place'], quiet: values.quiet, help: values.help };
  if (args.help) return args;
  if (positionals.length === 0) throw new UsageError('请给出要清除检查结果的工作簿 / Give a workbook to clear');
  if (args.out === null && !args.inPlace) {
    throw new UsageError('请用 --out 指定输出文件，或用 --in-place 写回原文件 / Give --out <file>, or --in-place to write over the input');
  }
  return args;
}
