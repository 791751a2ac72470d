// A real dynamic import in plain JavaScript: @actions/artifact is ES-module-only, and TypeScript
// compiling to CommonJS would turn `import()` into a require() that the bundler cannot resolve
// (the package exports only an `import` condition). The bundler puts the package into a chunk of
// its own, loaded only when an artifact is uploaded.
module.exports = () => import('@actions/artifact');
