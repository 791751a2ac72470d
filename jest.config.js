const ESM_ONLY = '(@octokit|universal-user-agent|before-after-hook|json-with-bigint|content-type)';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
    // Octokit 7 (under @actions/github 8) is ESM-only; jest's CommonJS mode needs it transpiled.
    [`/node_modules/${ESM_ONLY}/.+\\.js$`]: [
      'ts-jest',
      { diagnostics: false, tsconfig: { allowJs: true, module: 'commonjs' } },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!${ESM_ONLY}/)`],
  testTimeout: 60000,
  restoreMocks: true,
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.js'],
};
