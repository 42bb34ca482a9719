/**
 * End-to-end tests of the task pane in headless Chromium against the browser harness
 * (`npm run test:e2e` builds the harness first). One worker: the tests share one browser. The
 * check, fix, auto-check and clear tests run twice: on the Office.js host and on the WPS host.
 */
const project = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true }] },
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...project, displayName: 'office' },
    {
      ...project,
      displayName: 'wps',
      testMatch: ['**/check-workbook.e2e.ts', '**/apply-fixes.e2e.ts', '**/live-recheck.e2e.ts'],
      setupFiles: ['<rootDir>/test/e2e/wps-host-setup.ts'],
    },
  ],
  testTimeout: 120000,
  maxWorkers: 1,
  reporters: ['default', '<rootDir>/test/reporters/plain-summary.js'],
};
