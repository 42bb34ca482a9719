/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true }] },
  testTimeout: 60000,
  // Every core: much of the suite waits on builds, LibreOffice and timers, and on two cores one
  // worker (jest's default there) takes twice as long.
  maxWorkers: '100%',
  reporters: ['default', '<rootDir>/test/reporters/plain-summary.js'],
};
