import {
  CHILD_ORDER, DEFAULT_LOCALE, EXPECTED_BUTTONS, HOME_TAB, OVERRIDE_LOCALE, RESID_SECTION, type ResourceSection,
} from './manifest-schema';
import { child, descendants, parseXml, type XmlElement } from './xml-tree';

type Resources = ReadonlyMap<ResourceSection, ReadonlyMap<string, XmlElement>>;

const SECTIONS: readonly ResourceSection[] = ['Images', 'Urls', 'ShortStrings', 'LongStrings'];
const RESID_MAX_LENGTH = 32;

/**
 * Checks the add-in manifest offline, because Office's own validator needs the internet. Returns the
 * problems, each in Chinese and English; an empty list means the manifest passed. `assetFiles` names the
 * files in `assets/`, so that this stays a pure function a test can feed.
 */
export function validateManifest(xml: string, assetFiles: ReadonlySet<string>): string[] {
  const parsed = parseXml(xml);
  if (!parsed.ok) return [`XML 格式错误 / Malformed XML: ${parsed.error}`];
  const root = parsed.root;
  if (root.name !== 'OfficeApp') return [`根元素应为 OfficeApp / The root element must be OfficeApp, not ${root.name}`];
  const { resources, problems } = collectResources(root);
  return [
    ...checkOrder(root),
    ...checkLocales(root),
    ...problems,
    ...checkResids(root, resources),
    ...checkControlIds(root),
    ...checkUrls(root, assetFiles),
    ...checkButtons(root, resources),
  ];
}

function checkOrder(root: XmlElement): string[] {
  const problems: string[] = [];
  for (const el of [root, ...descendants(root, '*')]) {
    const order = CHILD_ORDER[el.name];
    if (!order) continue;
    let last = -1;
    for (const c of el.children) {
      const at = order.indexOf(c.name);
      if (at < 0) problems.push(`${el.name} 中不允许出现 ${c.name} / ${c.name} is not allowed in ${el.name}`);
      else if (at < last) {
        const before = order[last];
        problems.push(`${el.name} 中 ${c.name} 应在 ${before} 之前 / In ${el.name}, ${c.name} must come before ${before}`);
      } else last = at;
    }
  }
  return problems;
}

function checkLocales(root: XmlElement): string[] {
  const problems: string[] = [];
  const locale = child(root, 'DefaultLocale')?.text;
  if (locale !== DEFAULT_LOCALE) {
    problems.push(`默认语言应为 ${DEFAULT_LOCALE} / DefaultLocale must be ${DEFAULT_LOCALE}, not ${locale ?? '(missing)'}`);
  }
  for (const o of descendants(root, 'Override')) {
    if (o.attrs.Locale !== OVERRIDE_LOCALE) {
      problems.push(`Override 的语言应为 ${OVERRIDE_LOCALE} / Override Locale must be ${OVERRIDE_LOCALE}, not ${o.attrs.Locale ?? '(missing)'}`);
    }
  }
  const translatable = [
    ...root.children.filter((c) => c.name === 'DisplayName' || c.name === 'Description'),
    ...descendants(root, 'String'),
    ...descendants(root, 'Url'),
  ];
  for (const el of translatable) {
    if (!el.children.some((c) => c.name === 'Override' && c.attrs.Locale === OVERRIDE_LOCALE)) {
      const name = el.attrs.id ?? el.name;
      problems.push(`${name} 缺少 ${OVERRIDE_LOCALE} 译文 / ${name} has no ${OVERRIDE_LOCALE} override`);
    }
  }
  return problems;
}

/** Resource ids must be unique across all of Resources: a shared id would make a wrong resid look right. */
function collectResources(root: XmlElement): { resources: Resources; problems: string[] } {
  const problems: string[] = [];
  const seen = new Set<string>();
  const resources = new Map<ResourceSection, Map<string, XmlElement>>();
  const section = descendants(root, 'Resources')[0];
  for (const name of SECTIONS) {
    const entries = new Map<string, XmlElement>();
    for (const el of (section && child(section, name))?.children ?? []) {
      const id = el.attrs.id ?? '';
      if (seen.has(id)) problems.push(`资源 id 重复: ${id} / Duplicate resource id: ${id}`);
      seen.add(id);
      entries.set(id, el);
    }
    resources.set(name, entries);
  }
  return { resources, problems };
}

function checkResids(root: XmlElement, resources: Resources): string[] {
  const problems: string[] = [];
  for (const el of descendants(root, '*')) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    const section = RESID_SECTION[el.name];
    if (!section) problems.push(`${el.name} 不应有 resid / ${el.name} must not have a resid`);
    else if (!resources.get(section)?.has(resid)) {
      problems.push(`${el.name} 的 resid ${resid} 在 ${section} 中找不到 / ${el.name} resid ${resid} is not an id in ${section}`);
    }
    if (resid.length > RESID_MAX_LENGTH) {
      problems.push(`resid ${resid} 超过 ${RESID_MAX_LENGTH} 个字符 / resid ${resid} is longer than ${RESID_MAX_LENGTH} characters`);
    }
  }
  return problems;
}

function checkControlIds(root: XmlElement): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const el of [...descendants(root, 'Group'), ...descendants(root, 'Control')]) {
    const id = el.attrs.id ?? '';
    if (seen.has(id)) problems.push(`控件 id 重复: ${id} / Duplicate control id: ${id}`);
    seen.add(id);
  }
  return problems;
}

function checkUrls(root: XmlElement, assetFiles: ReadonlySet<string>): string[] {
  const source = descendants(root, 'SourceLocation').find((s) => s.attrs.DefaultValue)?.attrs.DefaultValue;
  const origin = source ? originOf(source) : undefined;
  if (!source || !origin) return [`DefaultSettings 缺少有效的 SourceLocation / DefaultSettings has no valid SourceLocation`];
  const values = (el: XmlElement): string[] => [
    el.attrs.DefaultValue ?? '',
    ...el.children.filter((c) => c.name === 'Override').map((o) => o.attrs.Value ?? ''),
  ];
  const icons = [child(root, 'IconUrl'), child(root, 'HighResolutionIconUrl'), ...descendants(root, 'Images')
    .flatMap((s) => s.children)].filter((el) => el !== undefined).flatMap(values);
  const pages = [child(root, 'SupportUrl'), ...descendants(root, 'Urls').flatMap((s) => s.children)]
    .filter((el) => el !== undefined).flatMap(values);
  const domains = descendants(root, 'AppDomain').map((d) => d.text);
  const problems: string[] = [];
  for (const url of [source, ...icons, ...pages, ...domains]) {
    if (originOf(url) !== origin) {
      problems.push(`URL 应为 https 且与 SourceLocation 同源 (${origin}): ${url} / URL must be https on the SourceLocation origin (${origin}): ${url}`);
    }
  }
  // Icons sit in assets/ beside the pane's page, wherever the add-in is hosted.
  const folder = pathOf(source).replace(/[^/]*$/, '');
  for (const url of icons) {
    const path = pathOf(url);
    const file = path.startsWith(folder) ? /^assets\/([^/]+)$/.exec(path.slice(folder.length))?.[1] : undefined;
    if (!file || !assetFiles.has(file)) problems.push(`图标文件不在 assets/ 中: ${url} / Icon is not a file in assets/: ${url}`);
  }
  return problems;
}

/** The https origin of a URL, or undefined for anything else, so an http URL never matches. */
function originOf(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  return parsed.protocol === 'https:' ? parsed.origin : undefined;
}

function pathOf(url: string): string {
  return URL.canParse(url) ? new URL(url).pathname : '';
}

function checkButtons(root: XmlElement, resources: Resources): string[] {
  const tab = descendants(root, 'OfficeTab').find((t) => t.attrs.id === HOME_TAB);
  if (!tab) return [`“开始”选项卡 (${HOME_TAB}) 上没有按钮组 / No group on the Home tab (${HOME_TAB})`];
  const labels = resources.get('ShortStrings');
  const controls = descendants(tab, 'Control').map((control) => ({
    control,
    label: labels?.get(child(control, 'Label')?.attrs.resid ?? '')?.attrs.DefaultValue,
  }));
  const problems: string[] = [];
  for (const expected of EXPECTED_BUTTONS) {
    const found = controls.find((c) => c.label === expected.label)?.control;
    if (!found) {
      problems.push(`${HOME_TAB} 上缺少按钮“${expected.label}” / The Home tab has no button labelled ${expected.label}`);
      continue;
    }
    const action = child(found, 'Action');
    if (action?.attrs['xsi:type'] !== expected.action) {
      problems.push(`按钮“${expected.label}”的操作应为 ${expected.action} / Button ${expected.label} must use ${expected.action}`);
    }
    const functionName = action && child(action, 'FunctionName')?.text;
    if ('functionName' in expected && functionName !== expected.functionName) {
      problems.push(`按钮“${expected.label}”应调用 ${expected.functionName} / Button ${expected.label} must call ${expected.functionName}, not ${functionName ?? '(none)'}`);
    }
  }
  return problems;
}
