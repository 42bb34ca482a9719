import { GUARDED, REQUIRED_SETS, type RequirementSet } from '../excel/api-support';
import { descendants, parseXml } from './xml-tree';

/** A source file of the add-in, as `npm run validate` reads it. */
export interface SourceFile {
  path: string;
  text: string;
}

interface ApiMember {
  /** How the member shows in the code. */
  pattern: RegExp;
  name: string;
  set: RequirementSet;
  /** The `supports(...)` feature that guards it where it is above the manifest's minimum. */
  guard?: keyof typeof GUARDED;
}

const excel = (version: string): RequirementSet => ({ name: 'ExcelApi', version });

/**
 * The Office.js members the add-in calls that came after ExcelApi 1.1, with their requirement sets
 * as the Office.js reference gives them. A member newer than what the manifest declares must be
 * guarded.
 */
export const API_MEMBERS: readonly ApiMember[] = [
  { name: 'getMergedAreasOrNullObject', pattern: /\.getMergedAreasOrNullObject\(/, set: excel('1.13') },
  { name: 'getCellProperties', pattern: /\.getCellProperties\(/, set: excel('1.9') },
  { name: 'getRanges (RangeAreas)', pattern: /\.getRanges\(/, set: excel('1.9') },
  { name: 'fill patterns and tints', pattern: /\.(?:patternColor|patternTintAndShade|tintAndShade)\b/, set: excel('1.9') },
  { name: 'workbook.comments', pattern: /workbook\.comments\b/, set: excel('1.10') },
  { name: 'workbook.notes', pattern: /workbook\.notes\b/, set: excel('1.18'), guard: 'notes' },
  { name: 'triggerSource', pattern: /\.triggerSource\b/, set: excel('1.14'), guard: 'triggerSource' },
  { name: 'getRangeByIndexes', pattern: /\.getRangeByIndexes\(/, set: excel('1.7') },
  { name: 'worksheets.onChanged', pattern: /\.onChanged\b/, set: excel('1.7') },
  { name: 'freezePanes', pattern: /\.freezePanes\b/, set: excel('1.7') },
  { name: 'workbook.protection', pattern: /workbook\.protection\b/, set: excel('1.7') },
  { name: 'getUsedRangeOrNullObject', pattern: /\.getUsedRangeOrNullObject\(/, set: excel('1.4') },
  { name: 'getItemOrNullObject', pattern: /\.getItemOrNullObject\(/, set: excel('1.4') },
  { name: 'useStandardWidth', pattern: /\.useStandardWidth\b/, set: excel('1.2') },
  { name: 'Office.actions.associate', pattern: /Office\.actions\.associate\(/, set: { name: 'SharedRuntime', version: '1.1' } },
  { name: 'displayDialogAsync', pattern: /\.displayDialogAsync\(/, set: { name: 'DialogApi', version: '1.1' } },
  { name: 'messageParent', pattern: /\.messageParent\(/, set: { name: 'DialogApi', version: '1.1' } },
];

/** The one module allowed to ask Office for requirement sets; everything else asks it. */
export const SUPPORT_MODULE = 'src/excel/api-support.ts';

/** The code without its comments, so that a comment naming an API does not count as a use. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function compare(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const setText = (s: RequirementSet) => `${s.name} ${s.version}`;

/** The requirement sets a manifest declares, by lower-cased name. */
export function declaredSets(xml: string): Map<string, string> {
  const parsed = parseXml(xml);
  const out = new Map<string, string>();
  if (!parsed.ok) return out;
  for (const sets of descendants(parsed.root, 'Sets')) {
    const fallback = sets.attrs.DefaultMinVersion ?? '1.1';
    for (const set of sets.children.filter((c) => c.name === 'Set')) out.set((set.attrs.Name ?? '').toLowerCase(), set.attrs.MinVersion ?? fallback);
  }
  return out;
}

/**
 * Every API set the code relies on is declared in the manifest or guarded: the sets in REQUIRED_SETS
 * are declared at least at their version; requirement sets are asked only through SUPPORT_MODULE;
 * each member in API_MEMBERS found in the code is within what the manifest declares, or has a guard
 * the code uses whose set covers it.
 */
export function validateApiSets(manifestXml: string, sources: readonly SourceFile[]): string[] {
  const declared = declaredSets(manifestXml);
  const covers = (set: RequirementSet) => {
    const version = declared.get(set.name.toLowerCase());
    return version !== undefined && compare(version, set.version) >= 0;
  };
  const problems: string[] = [];
  for (const set of REQUIRED_SETS) {
    if (!covers(set)) problems.push(`清单未声明 ${setText(set)} / The manifest does not declare ${setText(set)}, which the add-in requires`);
  }
  const code = sources.map((s) => s.text).join('\n');
  for (const { path, text } of sources) {
    const source = { path, text: withoutComments(text) };
    if (source.path !== SUPPORT_MODULE && /\bisSetSupported\(/.test(source.text)) {
      problems.push(`${source.path} 直接调用 isSetSupported，应改用 supports() / ${source.path} calls isSetSupported itself; use supports() from ${SUPPORT_MODULE}`);
    }
    for (const member of API_MEMBERS) {
      if (!member.pattern.test(source.text) || covers(member.set)) continue;
      const guard = member.guard === undefined ? undefined : GUARDED[member.guard];
      const guarded = guard !== undefined && guard.name === member.set.name && compare(guard.version, member.set.version) >= 0 &&
        code.includes(`supports('${member.guard}'`);
      if (!guarded) {
        problems.push(
          `${source.path} 使用 ${member.name}（${setText(member.set)}），清单未声明也未检查 / ${source.path} uses ${member.name} (${setText(member.set)}), which the manifest does not declare and the code does not guard`,
        );
      }
    }
  }
  return problems;
}
