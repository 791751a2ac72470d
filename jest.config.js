// ES-module-only packages jest's CommonJS mode must compile: GitHub's workflow parser (which also
// imports its JSON schemas without an import attribute, which Node refuses) and Octokit 7 (under
// @actions/github 8), with the small packages it depends on.
const esmOnly = '@actions/(workflow-parser|expressions)';
const ESM_ONLY = `(${esmOnly}|@octokit|universal-user-agent|before-after-hook|json-with-bigint|content-type)`;

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // The shared corpus is not beside a fresh clone: `npm run test:corpus` runs those checks.
  // `npm run test:corpus` and `npm run test:browser` run these apart (they need more than a clone).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/corpus/', '<rootDir>/test/browser/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
    [`/node_modules/${ESM_ONLY}/.+\\.js$`]: [
      'ts-jest',
      { diagnostics: false, tsconfig: { allowJs: true, module: 'commonjs' } },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!${ESM_ONLY}/)`],
  moduleNameMapper: {
    [`^${esmOnly}$`]: '<rootDir>/node_modules/@actions/$1/dist/index.js',
    [`^${esmOnly}/(.*)$`]: '<rootDir>/node_modules/@actions/$1/dist/$2.js',
  },
  setupFilesAfterEnv: ['<rootDir>/test/helpers/every-test-asserts.ts'],
  testTimeout: 60000,
  restoreMocks: true,
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.js'],
};
