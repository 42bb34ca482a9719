/**
 * End-to-end tests of the task pane in headless Chromium against the browser harness
 * (`npm run test:e2e` builds the harness first). One worker: the tests share one browser.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true }] },
  testTimeout: 120000,
  maxWorkers: 1,
  reporters: ['default', '<rootDir>/test/reporters/plain-summary.js'],
};
