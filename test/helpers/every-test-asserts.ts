// A test that checks nothing passes whatever the code does: every test must make at least one
// assertion, or jest fails it.
beforeEach(() => {
  expect.hasAssertions();
});
