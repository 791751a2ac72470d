// Ends the test run with one plain line, "N passed, N failed[, N skipped]", which any CI log
// reader understands (jest's own summary says "N passed, N total"). Written at exit so that it
// comes after jest's summary.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`;
    process.once('exit', () => process.stderr.write(`${line}\n`));
  }
}
module.exports = SummaryReporter;
