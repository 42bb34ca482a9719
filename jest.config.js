/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true }] },
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/reporters/plain-summary.js'],
};
