import type { AddinHost } from './addin-host';

/**
 * `host` with some of its operations replaced: every other one is passed on, called on `host`
 * itself (a host is often a class whose methods need their `this`).
 */
export function decorateHost(host: AddinHost, overrides: Partial<AddinHost>): AddinHost {
  return {
    check: (request) => host.check(request),
    countTypedEntries: () => host.countTypedEntries(),
    hasResult: () => host.hasResult(),
    clear: (typed) => host.clear(typed),
    select: (target) => host.select(target),
    readCells: (targets) => host.readCells(targets),
    writeTexts: (entries) => host.writeTexts(entries),
    activeSheet: () => host.activeSheet(),
    watchEdits: (onEdit) => host.watchEdits(onEdit),
    loadProfile: () => host.loadProfile(),
    saveProfile: (profile) => host.saveProfile(profile),
    displayLanguage: () => host.displayLanguage(),
    ...overrides,
  };
}
