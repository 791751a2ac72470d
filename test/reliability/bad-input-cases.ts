import { findCapability } from '../../shared/capabilities';
/**
 * Bad values for an input, generated from its manifest entry (type, range, secret) plus the
 * meaning a few inputs have beyond their type (a file, a folder, a job id). Shared by the CLI,
 * GitHub and ADO bad-input tests.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Writable } from 'stream';
import type { InputSpec } from '../../shared/manifest';

export interface BadCase {
  input: string;
  label: string;
  value: string;
  /** More flags the case needs to reach the check (e.g. `upload` for `workspace-dir`). */
  extra: string[];
}

const ONE_MB = 'x'.repeat(1024 * 1024);

/** Files and folders the path cases point at, made once in `dir`. */
function fixtures(dir: string): { file: string; folder: string; missing: string } {
  const file = path.join(dir, 'a-file.txt');
  const folder = path.join(dir, 'a-folder');
  if (!fs.existsSync(file)) fs.writeFileSync(file, 'not a folder\n');
  fs.mkdirSync(folder, { recursive: true });
  // Not empty: `upload` refuses an empty folder, which would hide the case under test.
  fs.writeFileSync(path.join(folder, 'main.py'), 'print(1)\n');
  return { file, folder, missing: path.join(dir, 'does-not-exist') };
}

/** What a few inputs mean beyond their type: the values that are wrong for that meaning. */
function meaningCases(name: string, dir: string): Array<Omit<BadCase, 'input'>> {
  const f = fixtures(dir);
  const none: string[] = [];
  switch (name) {
    case 'run-spec':
      return [
        { label: 'a directory', value: f.folder, extra: none },
        { label: 'a missing file', value: f.missing, extra: none },
      ];
    case 'upload':
      return [
        { label: 'a file', value: f.file, extra: none },
        { label: 'a missing folder', value: f.missing, extra: none },
      ];
    case 'working-directory':
      return [
        { label: 'a file', value: f.file, extra: none },
        { label: 'a missing folder', value: f.missing, extra: none },
        {
          label: 'a 1 MB missing folder',
          value: `${f.missing}/${ONE_MB.slice(0, 60_000)}`,
          extra: none,
        },
      ];
    case 'job-id':
      return [
        { label: 'words', value: 'my job', extra: none },
        { label: '20 digits', value: '99999999999999999999', extra: none },
        { label: '2^63', value: '9223372036854775808', extra: none },
        { label: 'zero', value: '0', extra: none },
      ];
    case 'job-name':
      return [{ label: 'no such job', value: 'no job has this name', extra: none }];
    case 'notebook-path':
    case 'python-file':
      // No git source and no upload: a relative path has nowhere to resolve.
      return [{ label: 'relative without a source', value: 'src/train', extra: none }];
    case 'workspace-dir':
      return [{ label: 'relative', value: 'Shared/runs', extra: ['--upload', f.folder] }];
    case 'git-ref':
      return [
        { label: 'not a ref', value: 'main branch', extra: none },
        { label: 'bad commit', value: 'commit:xyz', extra: none },
      ];
    case 'git-url':
      return [
        { label: 'no provider to tell', value: 'not a url', extra: ['--git-source', 'auto'] },
      ];
    case 'git-provider':
      return [{ label: 'unknown', value: 'subversion', extra: none }];
    case 'cluster':
      return [
        { label: 'broken JSON', value: '{"spark_version": ', extra: none },
        { label: 'not an id', value: 'my cluster!', extra: none },
        { label: '60 KB id', value: `c${'1'.repeat(60_000)}!`, extra: none },
      ];
    case 'idempotency-token':
      return [{ label: '65 characters', value: 't'.repeat(65), extra: none }];
    case 'python-params':
      return [{ label: 'broken JSON array', value: '["a", ', extra: none }];
    case 'parameters':
      return [{ label: 'broken mapping', value: 'a: [', extra: none }];
    case 'env':
      return [{ label: 'a line without =', value: 'A=1\nB', extra: none }];
    case 'results':
    case 'coverage':
      // Within the input limit, beyond what the glob matcher takes once it has prefixed it.
      return [{ label: 'a 64 KB pattern', value: 'a'.repeat(65536), extra: none }];
    default:
      return [];
  }
}

/** Every bad value for one input, from its type and range, then its meaning. */
export function badValues(name: string, spec: InputSpec, dir: string): BadCase[] {
  const out: Array<Omit<BadCase, 'input'>> = [];
  const none: string[] = [];
  out.push({ label: 'a 1 MB value', value: ONE_MB, extra: none });
  out.push({ label: 'a NUL byte', value: 'a\u0000b', extra: none });
  out.push({ label: 'an escape sequence', value: 'a\u001b]0;title\u0007b', extra: none });
  switch (spec.type) {
    case 'number':
      out.push({ label: 'words', value: 'ten', extra: none });
      out.push({ label: '1e300', value: '1e300', extra: none });
      out.push({ label: 'Infinity', value: 'Infinity', extra: none });
      out.push({ label: 'hex', value: '0x10', extra: none });
      if (spec.min !== undefined)
        out.push({ label: 'below min', value: String(spec.min - 1), extra: none });
      if (spec.max !== undefined)
        out.push({ label: 'above max', value: String(spec.max + 1), extra: none });
      if (spec.integer) out.push({ label: 'a fraction', value: '1.5', extra: none });
      break;
    case 'boolean':
      out.push({ label: 'yes', value: 'yes', extra: none });
      break;
    case 'choice':
      out.push({ label: 'unknown option', value: 'no-such-option', extra: none });
      break;
    case 'json':
      out.push({ label: 'broken JSON', value: '{"a": ', extra: none });
      break;
    case 'yaml':
      out.push({ label: 'broken YAML', value: 'a: [1, 2', extra: none });
      out.push({ label: 'not a mapping', value: '- a\n- b', extra: none });
      break;
    default:
      break;
  }
  if (spec.secret) {
    out.push({ label: 'an embedded newline', value: 'dapi-secret\nsecond-line', extra: none });
    out.push({ label: 'an embedded CR', value: 'dapi-secret\rsecond', extra: none });
    out.push({ label: 'a DEL', value: 'dapi-secret\u007f', extra: none });
  }
  out.push(...meaningCases(name, dir));
  return out.map((c) => ({ input: name, ...c }));
}

export interface Where {
  host: string;
  token: string;
  dir: string;
}

/**
 * The other inputs a case needs so that only the bad one is wrong: a connection to the local
 * workspace, and for run-job a target that the input under test applies to.
 */
/** The inputs that make a valid call of capabilities that need more than a connection. */
export const MINIMAL_ARGS: Record<string, Array<[string, string]>> = {
  'evaluate-model': [
    ['model-name', 'main.bad.input'],
    ['thresholds', '{"m": {"threshold": 1, "greater_is_better": true}}'],
    ['mode', 'dry-run'],
  ],
  'promote-model': [['model-name', 'main.bad.input']],
  'release-branch': [['dry-run', 'true']],
  'deploy-jobs': [
    ['jobs', path.join(__dirname, '..', 'fixtures', 'deploy-jobs', 'jobs-folder')],
    ['dry-run', 'true'],
  ],
  'deploy-serving': [
    ['endpoint-name', 'bad-input-endpoint'],
    ['model-name', 'main.bad.input'],
  ],
  'check-drift': [
    ['warehouse-id', 'abc'],
    ['table', 'main.bad.input'],
    ['metric', 'js_distance'],
    ['threshold', '0.2'],
  ],
};

/**
 * A case's extra flags, for one capability: only the flags it declares (run-job's `git-source`
 * selects the git path; deploy-jobs says the same with `source: git`).
 */
export function extraFor(capability: string, extra: string[]): string[] {
  const inputs = findCapability(capability)?.manifest.inputs ?? {};
  const out: string[] = [];
  for (let i = 0; i < extra.length; i += 2) {
    const name = extra[i].replace(/^--/, '');
    if (name in inputs) out.push(extra[i], extra[i + 1]);
    else if (name === 'git-source' && 'source' in inputs) out.push('--source', 'git');
  }
  return out;
}

export function baseArgs(capability: string, input: string, where: Where): string[] {
  // A capability that needs no workspace (release-branch) takes no connection flags.
  const connects = 'databricks-host' in (findCapability(capability)?.manifest.inputs ?? {});
  const connection = connects
    ? ['--databricks-host', where.host, '--databricks-token', where.token]
    : [];
  if (capability === 'whoami') return connection;
  if (capability === 'unit-tests') {
    const args = ['--results', 'none-*.xml', '--fail-on-empty', 'false'];
    if (input !== 'working-directory') args.push('--working-directory', where.dir);
    if (input === 'min-coverage') args.push('--coverage', 'none.xml');
    return args;
  }
  const minimal = MINIMAL_ARGS[capability];
  if (minimal) {
    // The bad value replaces a base flag of the same name.
    return [
      ...connection,
      ...minimal.filter(([n]) => n !== input).flatMap(([n, v]) => [`--${n}`, v]),
    ];
  }
  const target = ['job-id', 'job-name', 'run-spec', 'notebook-path', 'python-file'];
  if (target.includes(input)) return [...connection, '--git-source', 'none'];
  if (['job-parameters', 'notebook-params', 'python-params'].includes(input))
    return [...connection, '--job-name', 'no job has this name'];
  // The bad value replaces a base flag of the same name.
  const base: Array<[string, string]> = [
    ['notebook-path', '/Shared/not-there'],
    ['git-source', 'none'],
    ['wait', 'false'],
  ];
  return [...connection, ...base.filter(([n]) => n !== input).flatMap(([n, v]) => [`--${n}`, v])];
}

/** A writable stream that keeps what was written. */
export function capture(): { stream: Writable; text(): string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      chunks.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}
