// Preloaded (`node -r`) by the cold-start bench in a separate, untimed start: records every
// JavaScript file the process compiles, so that "bytes loaded" counts the chunks a start reads
// before its first request, not the files that merely sit in dist/.
const fs = require('fs');
const Module = require('module');

const log = process.env.BENCH_LOADED_LOG;
const compile = Module.prototype._compile;
Module.prototype._compile = function recordCompile(content, filename) {
  if (log) fs.appendFileSync(log, `${filename}\n`);
  return compile.call(this, content, filename);
};
