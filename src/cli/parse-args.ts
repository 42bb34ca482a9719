import { parseArgs } from 'node:util';
import { PROFILE_SHEET } from '../addin/profile-sheet';
import { SeveritySchema, type Severity } from '../core/finding';

export interface CheckArgs {
  inputs: string[];
  json: string | null;
  /** Where to write the annotated workbook (a directory when several are checked). */
  out: string | null;
  /** Write the annotated workbook over the input (alone) or allow `--out` to name the input. */
  inPlace: boolean;
  profile: string | null;
  /** Keep `--profile`'s profile in each annotated workbook (its hidden profile sheet). */
  saveProfile: boolean;
  /** One overview of the batch: an .xlsx workbook or a .csv file. */
  summary: string | null;
  /** Findings below this severity are left out of the terminal (not of the reports). */
  minSeverity: Severity;
  strict: boolean;
  quiet: boolean;
  help: boolean;
}

export const USAGE = [
  '用法 / Usage: npm run check -- <工作簿.xlsx | 文件夹> [...] [--json <report.json | 目录>] [--out <annotated.xlsx | 目录>] [--summary <汇总.xlsx | 汇总.csv>]',
  '                             [--in-place] [--profile <方案.json> [--save-profile]] [--min-severity error|warning|info] [--strict] [--quiet]',
  '  --json    写出 JSON 报告；检查多个工作簿或一个文件夹时给一个目录，每个工作簿一个 <名称>.json',
  '            write the JSON report; with several workbooks or a folder, a directory gets one <name>.json each',
  '  --out     写出标注后的工作簿（.xlsx）；检查多个工作簿或一个文件夹时给一个目录',
  '            write the annotated workbook (.xlsx); with several workbooks or a folder, a directory',
  '  --summary 写出整批的汇总（每个文件每张表一行，另一张表列出全部问题）：.xlsx 或 .csv',
  '            write one overview of the batch (a row per file and table, every finding on a second sheet): .xlsx or .csv',
  '  --in-place 直接写回原工作簿（不给 --out 时），或允许 --out 指向原工作簿',
  '            write the annotated workbook over the input (without --out), or let --out name the input',
  '  --profile 使用自己的检查方案（规则严重程度、序时进度、预算年度等），见 profiles/default.json',
  '            use another review profile (rule severities, milestones, budget year); see profiles/default.json',
  `            不给 --profile 时，使用工作簿自带的方案（Excel 或 WPS 中保存在隐藏工作表「${PROFILE_SHEET}」的设置），没有则用默认方案`,
  `            without --profile, a workbook is checked with the profile it keeps (saved by Excel or WPS in its hidden sheet "${PROFILE_SHEET}"), else the default`,
  '  --save-profile 把 --profile 的方案保存进写出的工作簿，此后 Excel、WPS 和命令行都用它检查该工作簿',
  '            keep --profile\'s profile in the annotated workbook, so Excel, WPS and the command line all check it with it',
  '  --min-severity 终端只列出该严重程度及以上的问题（报告不受影响）：error、warning 或 info（默认）',
  '            list only findings of this severity or worse in the terminal (reports keep all): error, warning or info (default)',
  '  --strict  发现错误时退出码为 1 / exit 1 when errors are found',
  '  --quiet   每个工作簿只打印一行汇总 / print one summary line per workbook',
].join('\n');

export class UsageError extends Error {}

type OptionSpec = { type: 'string' } | { type: 'boolean'; short?: string };

/**
 * node:util's parseArgs, with its English-only errors replaced: every mistake (an unknown option,
 * a value missing or given where none is taken) is one line in Chinese and English naming the option.
 */
function parseOptions(argv: string[], options: Record<string, OptionSpec>): { values: Record<string, string | boolean>; positionals: string[] } {
  const { tokens } = parseArgs({ args: argv, allowPositionals: true, strict: false, tokens: true, options });
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind === 'option-terminator') continue;
    const spec = options[token.name];
    if (!spec) throw new UsageError(`未知选项 ${token.rawName} / Unknown option ${token.rawName}`);
    if (spec.type === 'string') {
      if (token.value === undefined || token.value === '') {
        throw new UsageError(`选项 --${token.name} 需要一个值 / Option --${token.name} needs a value`);
      }
      values[token.name] = token.value;
    } else {
      if (token.value !== undefined) throw new UsageError(`选项 --${token.name} 不带值 / Option --${token.name} takes no value`);
      values[token.name] = true;
    }
  }
  return { values, positionals };
}

const str = (v: string | boolean | undefined): string | null => (typeof v === 'string' ? v : null);
const flag = (v: string | boolean | undefined): boolean => v === true;

export function parseCheckArgs(argv: string[]): CheckArgs {
  const { values, positionals } = parseOptions(argv, {
    json: { type: 'string' },
    out: { type: 'string' },
    summary: { type: 'string' },
    'in-place': { type: 'boolean' },
    profile: { type: 'string' },
    'save-profile': { type: 'boolean' },
    'min-severity': { type: 'string' },
    strict: { type: 'boolean' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  const help = flag(values.help);
  if (!help && positionals.length === 0) throw new UsageError('请给出要检查的工作簿 / Give a workbook to check');
  const severity = SeveritySchema.safeParse(str(values['min-severity']) ?? 'info');
  if (!severity.success) {
    throw new UsageError(`--min-severity 只能是 error、warning 或 info / --min-severity must be error, warning or info`);
  }
  const saveProfile = flag(values['save-profile']);
  if (!help && saveProfile && (str(values.profile) === null || (str(values.out) === null && !flag(values['in-place'])))) {
    throw new UsageError('--save-profile 需要同时给出 --profile 和 --out（或 --in-place） / --save-profile needs --profile, and --out (or --in-place)');
  }
  return {
    inputs: positionals,
    json: str(values.json),
    out: str(values.out),
    summary: str(values.summary),
    inPlace: flag(values['in-place']),
    profile: str(values.profile),
    saveProfile,
    minSeverity: severity.data,
    strict: flag(values.strict),
    quiet: flag(values.quiet),
    help,
  };
}

/** What clear does with entries the user typed into 实际完成值 (and 全年执行数). */
export type ActualsChoice = 'ask' | 'keep' | 'drop';

export interface ClearArgs {
  inputs: string[];
  out: string | null;
  inPlace: boolean;
  actuals: ActualsChoice;
  quiet: boolean;
  help: boolean;
}

export const CLEAR_USAGE = [
  '用法 / Usage: npm run clear -- <已标注的工作簿.xlsx | 文件夹> [...] (--out <restored.xlsx | 目录> | --in-place) [--keep-actuals | --drop-actuals] [--quiet]',
  '  清除检查结果：删除检查写入的列、标色、批注和「检查汇总」表，恢复原样',
  '  remove what a check wrote (owned columns, fills, notes, the summary sheet) and restore the workbook',
  '  --out      写出恢复后的工作簿；多个工作簿或一个文件夹时给一个目录 / write the restored workbook; with several or a folder, a directory',
  '  --in-place 直接写回原工作簿 / write the restored workbook over the input',
  '  --keep-actuals 保留「实际完成值」「全年执行数」中填写的内容（作为您自己的单元格），其余全部清除',
  '             keep what was typed into 实际完成值 and 全年执行数 (as your own cells), remove everything else',
  '  --drop-actuals 连同填写的「实际完成值」「全年执行数」一并删除 / remove the typed 实际完成值 and 全年执行数 entries too',
  '  （有填写内容而两者都未给出时，不作任何改动并说明 / with typed entries and neither option, nothing is changed）',
].join('\n');

export function parseClearArgs(argv: string[]): ClearArgs {
  const { values, positionals } = parseOptions(argv, {
    out: { type: 'string' },
    'in-place': { type: 'boolean' },
    'keep-actuals': { type: 'boolean' },
    'drop-actuals': { type: 'boolean' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  const keep = flag(values['keep-actuals']);
  const drop = flag(values['drop-actuals']);
  const args: ClearArgs = {
    inputs: positionals,
    out: str(values.out),
    inPlace: flag(values['in-place']),
    actuals: keep ? 'keep' : drop ? 'drop' : 'ask',
    quiet: flag(values.quiet),
    help: flag(values.help),
  };
  if (args.help) return args;
  if (keep && drop) throw new UsageError('--keep-actuals 与 --drop-actuals 只能选一个 / Give either --keep-actuals or --drop-actuals, not both');
  if (positionals.length === 0) throw new UsageError('请给出要清除检查结果的工作簿 / Give a workbook to clear');
  if (args.out === null && !args.inPlace) {
    throw new UsageError('请用 --out 指定输出文件，或用 --in-place 写回原文件 / Give --out <file>, or --in-place to write over the input');
  }
  return args;
}
