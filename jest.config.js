/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  // octokit ships ESM-only packages under @actions/github 8
  transformIgnorePatterns: ['/node_modules/(?!(@octokit|universal-user-agent|before-after-hook)/)'],
  testTimeout: 60000,
  restoreMocks: true,
};
