/**
 * Dependencies inside src/core follow the data flow (design.md):
 *   snapshot → recognize → extract → check → grade → plan
 * over the shared foundation (base types, vocabulary, parsers, model schemas, profile). An upstream
 * stage never imports a downstream one, and src/core imports no host and no package but zod and
 * numfmt. This is an allow-list: a dependency no rule below allows is an error.
 */
const CORE = 'src/core/';
const layer = {
  base: `^${CORE}(snapshot|text|address|finding)\\.ts$`,
  vocabulary: `^${CORE}vocabulary/`,
  parse: `^${CORE}parse/`,
  model: `^${CORE}model/`,
  profile: `^${CORE}profile/`,
  recognize: `^${CORE}recognize/`,
  extract: `^${CORE}extract/`,
  check: `^${CORE}(check|rules)/`,
  grade: `^${CORE}grade/`,
  report: `^${CORE}report\\.ts$`,
  plan: `^${CORE}plan/`,
  top: `^${CORE}(engine\\.ts|index\\.ts|docs/)`,
};
const any = (...names) => names.map((n) => layer[n]).join('|');
const foundation = ['base', 'vocabulary', 'parse', 'model', 'profile'];

/** Each layer and the layers it may import (itself included). */
const MAY_IMPORT = {
  base: ['base'],
  vocabulary: ['base', 'vocabulary'],
  parse: ['base', 'vocabulary', 'parse'],
  model: ['base', 'vocabulary', 'parse', 'model'],
  profile: ['base', 'vocabulary', 'profile'],
  recognize: [...foundation, 'recognize'],
  extract: [...foundation, 'recognize', 'extract'],
  check: [...foundation, 'check'],
  grade: [...foundation, 'check', 'grade'],
  report: [...foundation, 'report'],
  // The write plan reads the check's result (engine.ts's CheckResult) and finds free columns on the grid.
  plan: [...foundation, 'recognize', 'check', 'grade', 'report', 'plan', 'top'],
  top: Object.keys(layer),
};

module.exports = {
  allowed: [
    ...Object.entries(MAY_IMPORT).map(([from, to]) => ({
      comment: `${from} may import ${to.join(', ')}`,
      from: { path: layer[from] },
      to: { path: any(...to) },
    })),
    { comment: 'src/core uses only these packages', from: { path: `^${CORE}` }, to: { path: '^node_modules/(zod|numfmt)/' } },
  ],
  allowedSeverity: 'error',
  forbidden: [
    { name: 'no-circular', severity: 'error', from: { path: `^${CORE}` }, to: { circular: true, viaOnly: { pathNot: `^${CORE}(index|engine)\\.ts$` } } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: { path: ['^src/core/', '^node_modules/'] },
    exclude: { path: '\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['es6', 'cjs'],
  },
};
