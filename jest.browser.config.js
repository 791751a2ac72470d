// `npm run test:browser`: the local workspace's pages in a real headless Chromium, from Debian's
// `chromium` package. `npm test` stays runnable with Node and npm alone, so it never runs these;
// `.ci/run` installs the browser, then runs them.
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ['<rootDir>/test/browser'],
  testPathIgnorePatterns: ['/node_modules/'],
};
