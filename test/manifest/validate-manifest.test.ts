import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DeployUrlError, manifestForUrl } from '../../src/manifest/manifest-for-url';
import { validateManifest } from '../../src/manifest/validate-manifest';

const ROOT = path.join(__dirname, '..', '..');
const MANIFEST = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const ASSETS = new Set(readdirSync(path.join(ROOT, 'assets')));

/** Validates the real manifest after one textual edit, failing loudly if the edit did not apply. */
function problemsAfter(from: string, to: string): string[] {
  expect(MANIFEST).toContain(from);
  return validateManifest(MANIFEST.replace(from, to), ASSETS);
}

function swap(text: string, a: string, b: string): string {
  expect(text).toContain(a);
  expect(text).toContain(b);
  return text.replace(a, '\u0000').replace(b, a).replace('\u0000', b);
}

describe('validateManifest', () => {
  it('passes the real manifest', () => {
    expect(validateManifest(MANIFEST, ASSETS)).toEqual([]);
  });

  it('reports malformed XML', () => {
    const problems = problemsAfter('</Permissions>', '</Permission>');
    expect(problems).toEqual([expect.stringMatching(/^XML 格式错误 \/ Malformed XML/)]);
  });

  it('reports OfficeApp children out of schema order', () => {
    const permissions = '<Permissions>ReadWriteDocument</Permissions>';
    const settings = MANIFEST.slice(MANIFEST.indexOf('<DefaultSettings>'), MANIFEST.indexOf('</DefaultSettings>') + 18);
    const problems = validateManifest(swap(MANIFEST, permissions, settings), ASSETS);
    expect(problems).toEqual(['OfficeApp 中 DefaultSettings 应在 Permissions 之前 / In OfficeApp, DefaultSettings must come before Permissions']);
  });

  it('reports DesktopFormFactor children out of schema order', () => {
    const getStarted = MANIFEST.slice(MANIFEST.indexOf('<GetStarted>'), MANIFEST.indexOf('</GetStarted>') + 13);
    const problems = validateManifest(swap(MANIFEST, getStarted, '<FunctionFile resid="Taskpane.Url"/>'), ASSETS);
    expect(problems).toEqual(['DesktopFormFactor 中 GetStarted 应在 FunctionFile 之前 / In DesktopFormFactor, GetStarted must come before FunctionFile']);
  });

  it('reports a resid that resolves nowhere', () => {
    const problems = problemsAfter('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>');
    expect(problems).toEqual(['Label 的 resid Group.Missing 在 ShortStrings 中找不到 / Label resid Group.Missing is not an id in ShortStrings']);
  });

  it('reports a resid that points into the wrong Resources section', () => {
    const problems = problemsAfter('<Description resid="CheckButton.Tooltip"/>', '<Description resid="CheckButton.Label"/>');
    expect(problems).toEqual(['Description 的 resid CheckButton.Label 在 LongStrings 中找不到 / Description resid CheckButton.Label is not an id in LongStrings']);
  });

  it('reports a duplicate resource id', () => {
    const problems = problemsAfter('<bt:String id="Pane.Title"', '<bt:String id="Group.Label"');
    expect(problems).toContain('资源 id 重复: Group.Label / Duplicate resource id: Group.Label');
  });

  it('reports a duplicate control id', () => {
    const problems = problemsAfter('id="Jixiao.ClearButton"', 'id="Jixiao.CheckButton"');
    expect(problems).toEqual(['控件 id 重复: Jixiao.CheckButton / Duplicate control id: Jixiao.CheckButton']);
  });

  it('reports an http URL', () => {
    const problems = problemsAfter('<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="http://');
    expect(problems).toEqual([
      'URL 应为 https 且与 SourceLocation 同源 (https://localhost:3000): http://localhost:3000/help.html / URL must be https on the SourceLocation origin (https://localhost:3000): http://localhost:3000/help.html',
    ]);
  });

  it('reports a URL on another origin', () => {
    const problems = problemsAfter('<AppDomain>https://localhost:3000</AppDomain>', '<AppDomain>https://example.com</AppDomain>');
    expect(problems).toEqual([expect.stringContaining('URL must be https on the SourceLocation origin (https://localhost:3000): https://example.com')]);
  });

  it('reports an icon that is not in assets/', () => {
    const problems = problemsAfter('assets/icon-80.png', 'assets/icon-96.png');
    expect(problems).toEqual(['图标文件不在 assets/ 中: https://localhost:3000/assets/icon-96.png / Icon is not a file in assets/: https://localhost:3000/assets/icon-96.png']);
  });

  it('moves every address to where the add-in is hosted, and refuses an address Office would not load', () => {
    const moved = manifestForUrl(MANIFEST, 'https://服务器.example/绩效/加载项');
    expect(validateManifest(moved, ASSETS)).toEqual([]);
    expect(moved).toContain('https://xn--');
    expect(moved).toContain('/%E7%BB%A9%E6%95%88/%E5%8A%A0%E8%BD%BD%E9%A1%B9/taskpane.html');
    expect(() => manifestForUrl(MANIFEST, 'http://intranet/addin/')).toThrow(DeployUrlError);
    expect(() => manifestForUrl(MANIFEST, 'https://intranet/addin/?v=1')).toThrow(/query/);
    expect(() => manifestForUrl(MANIFEST, '服务器/路径')).toThrow(/Not a valid URL/);
  });

  it('reports an icon outside the assets folder beside the pane', () => {
    const moved = manifestForUrl(MANIFEST, 'https://intranet.example/addin/');
    const problems = validateManifest(moved.replace('https://intranet.example/addin/assets/icon-16.png', 'https://intranet.example/assets/icon-16.png'), ASSETS);
    expect(problems).toEqual(['图标文件不在 assets/ 中: https://intranet.example/assets/icon-16.png / Icon is not a file in assets/: https://intranet.example/assets/icon-16.png']);
  });

  it('reports a wrong button label', () => {
    const problems = problemsAfter('DefaultValue="检查面板"', 'DefaultValue="打开面板"');
    expect(problems).toEqual(['TabHome 上缺少按钮“检查面板” / The Home tab has no button labelled 检查面板']);
  });

  it('reports a wrong function name', () => {
    const problems = problemsAfter('<FunctionName>clearCheckResults</FunctionName>', '<FunctionName>clear</FunctionName>');
    expect(problems).toEqual(['按钮“清除检查结果”应调用 clearCheckResults / Button 清除检查结果 must call clearCheckResults, not clear']);
  });

  it('reports an override that is not en-US', () => {
    const problems = problemsAfter('<bt:Override Locale="en-US" Value="Check pane"/>', '<bt:Override Locale="en-GB" Value="Check pane"/>');
    expect(problems).toEqual([
      'Override 的语言应为 en-US / Override Locale must be en-US, not en-GB',
      'PaneButton.Label 缺少 en-US 译文 / PaneButton.Label has no en-US override',
    ]);
  });

  it('reports a default locale other than zh-CN', () => {
    const problems = problemsAfter('<DefaultLocale>zh-CN</DefaultLocale>', '<DefaultLocale>en-US</DefaultLocale>');
    expect(problems).toEqual(['默认语言应为 zh-CN / DefaultLocale must be zh-CN, not en-US']);
  });
});
