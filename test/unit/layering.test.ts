// The host seam, checked in the source: a capability learns about its CI system only through its
// context (workspace and temp folders, tokens, the PR-report backend, approvers), so the same code
// behaves the same on GitHub, Azure DevOps and in the CLI. The import rules are eslint's
// (eslint.config.mjs); this checks what eslint cannot see.
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const CAPABILITIES = path.join(ROOT, 'shared', 'capabilities');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

const FORBIDDEN: Array<[RegExp, string]> = [
  [/\bhostKind\b/, 'branches on the host kind'],
  [/\bprocess\.env\b/, 'reads the process environment'],
  [
    /\b(GITHUB|RUNNER|BUILD|AGENT|SYSTEM)_(?![A-Z_]*(LIMIT|BYTES|CHARS)\b)[A-Z_]+\b|\bTF_BUILD\b/,
    'names a CI variable',
  ],
];

test('capabilities never branch on the host or read CI variables', () => {
  const files = sources(CAPABILITIES).filter((f) => !f.endsWith('manifest.ts'));
  expect(files.length).toBeGreaterThan(10);
  const found: string[] = [];
  for (const file of files) {
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (/^\s*(\/\/|\*)/.test(line)) return;
        for (const [re, what] of FORBIDDEN)
          if (re.test(line))
            found.push(`${path.relative(ROOT, file)}:${i + 1} ${what}: ${line.trim()}`);
      });
  }
  expect(found).toEqual([]);
});
