// GitHub's workflow parser ships only ES modules and imports its JSON schemas without an import
// attribute, which Node refuses; jest compiles it to CommonJS like our own sources instead.
const esmOnly = '@actions/(workflow-parser|expressions)';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // The shared corpus is not beside a fresh clone: `npm run test:corpus` runs those checks.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/corpus/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
    [`^.+/node_modules/${esmOnly}/.+\\.js$`]: [
      'ts-jest',
      { diagnostics: false, tsconfig: { allowJs: true, module: 'commonjs' } },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!${esmOnly}/)`],
  moduleNameMapper: {
    [`^${esmOnly}$`]: '<rootDir>/node_modules/@actions/$1/dist/index.js',
    [`^${esmOnly}/(.*)$`]: '<rootDir>/node_modules/@actions/$1/dist/$2.js',
  },
  setupFilesAfterEnv: ['<rootDir>/test/helpers/every-test-asserts.ts'],
  testTimeout: 60000,
  restoreMocks: true,
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.js'],
};
