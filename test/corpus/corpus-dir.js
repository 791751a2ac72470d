// The shared real-world corpus lives beside the checkout (CI lays ../shared/testdata next to the
// clone); MLOPS_CORPUS_DIR points elsewhere, e.g. from a git worktree.
const { existsSync } = require('fs');
const path = require('path');

function corpusDir() {
  const dir = process.env.MLOPS_CORPUS_DIR
    ? path.resolve(process.env.MLOPS_CORPUS_DIR)
    : path.resolve(__dirname, '..', '..', '..', 'shared', 'testdata');
  if (!existsSync(path.join(dir, 'junit'))) {
    const how = process.env.MLOPS_CORPUS_DIR
      ? `MLOPS_CORPUS_DIR is '${process.env.MLOPS_CORPUS_DIR}'`
      : 'it is looked for beside the checkout';
    throw new Error(
      `test:corpus: the shared test corpus is missing: no folder ${path.join(dir, 'junit')} (${how}). ` +
        'Set MLOPS_CORPUS_DIR to the folder that holds junit/ (the shared testdata), or run `npm test`, which needs no corpus.',
    );
  }
  return dir;
}

module.exports = { corpusDir };
