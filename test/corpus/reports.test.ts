import { mkdtempSync, realpathSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { unitTests } from '../../shared/capabilities/unit-tests';
import { readReports } from '../../shared/capabilities/unit-tests/junit';
import { manifest } from '../../shared/capabilities/unit-tests/manifest';
import { renderSummary } from '../../shared/capabilities/unit-tests/summary';
import type { CapabilityContext, CapabilityResult } from '../../shared/capability';
import { fakeContext } from '../unit/unit-tests/context';
import { corpusDir } from './corpus-dir';

const SHARED = path.join(corpusDir(), 'junit');
const FIX = path.join(__dirname, '..', 'fixtures', 'junit');
const main = async (ctx: CapabilityContext<typeof manifest>) =>
  (await unitTests.main(ctx)) as CapabilityResult;

describe('summary of a shared real-world report', () => {
  it('totals first, then each failed test with message and trace, suites collapsed', async () => {
    const report = await readReports([
      path.join(SHARED, 'dr_python-xunit-pytest.xml'),
      path.join(FIX, 'unittest-xml-reporting.xml'),
    ]);
    const md = renderSummary(
      { title: 'Unit tests', report, failure: '3 tests failed, 1 test errored' },
      { maxBytes: 1024 * 1024 },
    );
    expect(md.split('\n')[0]).toBe('### ❌ Unit tests: 8 passed, 3 failed, 1 errored, 3 skipped');
    expect(md).toContain('| 15 | 8 | 3 | 1 | 3 |');
    const failedAt = md.indexOf('#### Failed tests (4)');
    const suitesAt = md.indexOf('<details><summary>Suites (2)</summary>');
    expect(failedAt).toBeGreaterThan(md.indexOf('| 15 |'));
    expect(suitesAt).toBeGreaterThan(failedAt);
    expect(md).toContain(
      '❌ **tests.test\\_lib › test\\_always\\_fail** · pytest · `tests/test_lib.py:25`',
    );
    expect(md).toContain('```\nassert False\n```');
    expect(md).toContain('<details><summary>Trace</summary>');
    expect(md).toContain('💥 **tests.test\\_model.TestLogistic › test\\_load**');
  });
});

describe('unit-tests capability on the shared reports', () => {
  let ws: string;
  let tmp: string;
  beforeEach(() => {
    ws = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'ut-ws-')));
    tmp = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'ut-tmp-')));
  });
  afterEach(() => {
    rmSync(ws, { recursive: true, force: true });
    rmSync(tmp, { recursive: true, force: true });
  });

  const ctxFor = (inputs: Record<string, string>) =>
    fakeContext(manifest, inputs, { workspaceDir: ws, tempDir: tmp });

  it('passes when every test passes, reading the shared reports in place', async () => {
    const ctx = ctxFor({
      'working-directory': SHARED,
      results: 'mp_nested_multi-level.xml\nmp_perl_result.xml',
    });
    expect(await main(ctx)).toEqual({ outcome: 'succeeded' });
    expect(ctx.outputValues).toMatchObject({ total: 4, passed: 4 });
    expect(ctx.lines.filter((l) => l.level === 'error' || l.level === 'warning')).toEqual([]);
    expect(ctx.summaryText()).toContain('### ✅ Unit tests: 4 passed');
  });
});
