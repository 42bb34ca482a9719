/**
 * The parts of the Office add-in manifest XSDs (appforoffice 1.1, taskpaneappversionoverrides 1.0,
 * officeappbasictypes 1.0) that `npm run validate` enforces offline. Office rejects a manifest whose
 * elements are out of sequence, and the error it shows does not say which element, hence these lists.
 */
export const CHILD_ORDER: Readonly<Record<string, readonly string[]>> = {
  OfficeApp: [
    'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description',
    'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements',
    'DefaultSettings', 'Permissions', 'VersionOverrides',
  ],
  VersionOverrides: ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins'],
  Host: ['Runtimes', 'AllFormFactors', 'DesktopFormFactor'],
  DesktopFormFactor: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
  Resources: ['Images', 'Urls', 'ShortStrings', 'LongStrings'],
};

export type ResourceSection = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';

/** Which Resources section an element's `resid` must point into, by the element's name. */
export const RESID_SECTION: Readonly<Record<string, ResourceSection>> = {
  Image: 'Images',
  Runtime: 'Urls',
  FunctionFile: 'Urls',
  SourceLocation: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

export const DEFAULT_LOCALE = 'zh-CN';
export const OVERRIDE_LOCALE = 'en-US';
export const HOME_TAB = 'TabHome';

/** The ribbon buttons the add-in's code is written against: its function names and the pane's id. */
export const EXPECTED_BUTTONS = [
  { label: '检查表格', action: 'ExecuteFunction', functionName: 'checkWorkbook' },
  { label: '检查面板', action: 'ShowTaskpane' },
  { label: '清除检查结果', action: 'ExecuteFunction', functionName: 'clearCheckResults' },
] as const;
