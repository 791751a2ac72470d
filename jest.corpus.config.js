// `npm run test:corpus`: the checks against the shared real-world corpus, which exists only beside a
// CI checkout, so `npm test` never runs them. Loading the config fails at once when it is missing.
const base = require('./jest.config');
const { corpusDir } = require('./test/corpus/corpus-dir');

try {
  process.env.MLOPS_CORPUS_DIR = corpusDir();
} catch (err) {
  // One clear line instead of jest's stack trace of its config loader.
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
}

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ['<rootDir>/test/corpus'],
  testPathIgnorePatterns: ['/node_modules/'],
};
