// The neutraliser and the redaction every adapter uses, on their own.
import { PassThrough } from 'stream';
import { CliHost } from '../../shared/host/cli';
import {
  neutralise,
  neutraliseViewMarkers,
  oneLine,
  stripTerminalControls,
} from '../../shared/host/neutralise';
import { SecretSet } from '../../shared/host/secrets';
import {
  PAYLOAD,
  adoCommands,
  githubCommands,
  injectedCommands,
  viewMarkers,
} from './hostile-text.payload';

test('GitHub: no line of the payload starts a command or a view marker', () => {
  // The reader itself finds the raw payload's commands, so the assertions below can fail.
  expect(injectedCommands(githubCommands(PAYLOAD)).length).toBe(8);
  const safe = neutralise(PAYLOAD, ['github']);
  expect(injectedCommands(githubCommands(safe))).toEqual([]);
  expect(viewMarkers(safe)).toEqual([]);
  // Readable: one character added per marker, the rest unchanged.
  expect(safe).toContain('\n:_:add-mask::PWNED-mask\n');
  expect(safe).toContain('\n  :_:warning::PWNED-indented\n');
  expect(safe).toContain('\n#_#[error]PWNED-view-error\n');
});

test('Azure DevOps: no ##vso[ anywhere in a line, no ##[ view marker at its start', () => {
  expect(injectedCommands(adoCommands(PAYLOAD)).length).toBe(5);
  const safe = neutralise(PAYLOAD, ['azure-devops']);
  expect(injectedCommands(adoCommands(safe))).toEqual([]);
  expect(safe).not.toContain('##vso[');
  expect(safe).toContain('x ##_vso[task.complete result=Succeeded;]PWNED-mid-line');
});

test('both syntaxes at once, and CR, CRLF and NEL as line starts', () => {
  const text = 'a\r::x::y\r\n##vso[task.debug]z\n\u0085 ::w::v';
  const safe = neutralise(text, ['github', 'azure-devops']);
  expect(safe).toBe('a\n:_:x::y\n##_vso[task.debug]z\n\u0085 :_:w::v');
});

test('text without markers is left as it is', () => {
  const text = 'Run 123: took 1 min 2 s · a::b ## not a marker # [x]';
  expect(neutralise(text, ['github', 'azure-devops'])).toBe(text);
});

test('inside stopped commands only the view markers are broken', () => {
  expect(neutraliseViewMarkers('::error::x\n ##[group]y')).toBe('::error::x\n #_#[group]y');
});

test('group titles are one line', () => {
  expect(oneLine('a\n##vso[x]y \r\n b')).toBe('a ##vso[x]y b');
});

test('terminal escapes are removed: colours, OSC titles and hyperlinks, cursor moves, CR', () => {
  const text =
    '\u001b[31mred\u001b[0m \u001b]8;;https://evil\u0007link\u001b]8;;\u0007 \u001b]0;t\u001b\\' +
    '\u001b[2Kok\rover\u009b2J\u0007\ttab\nnext';
  expect(stripTerminalControls(text)).toBe('red link ok\nover\ttab\nnext');
});

test('redaction: every registered form, longest first, short values ignored', () => {
  const s = new SecretSet();
  s.add('abc');
  s.add('tok"en/1');
  s.add('tok"en/1-longer');
  expect(s.redact('abc tok"en/1 tok"en/1-longer')).toBe('abc *** ***');
  expect(s.redact(JSON.stringify({ t: 'tok"en/1' }))).toBe('{"t":"***"}');
  expect(s.redact(`?t=${encodeURIComponent('tok"en/1')}`)).toBe('?t=***');
});

function cliHost(env: Record<string, string>) {
  const stderr = new PassThrough();
  const stdout = new PassThrough();
  let err = '';
  let out = '';
  stderr.on('data', (d: Buffer) => (err += d));
  stdout.on('data', (d: Buffer) => (out += d));
  const host = new CliHost({ flags: new Map(), env, stderr, stdout });
  return { host, err: () => err, out: () => out };
}

test('CLI in a GitHub step: every log method and the outputs are neutralised and redacted', () => {
  const { host, err, out } = cliHost({ GITHUB_ACTIONS: 'true' });
  host.setSecret('sentinel-secret-1');
  host.info(`name ${PAYLOAD}`);
  host.warning(PAYLOAD, { file: `f\n::add-mask::PWNED-file` });
  host.error(`token sentinel-secret-1\n::error::PWNED-e`);
  host.echoUntrusted(PAYLOAD);
  host.setOutcome('failed', PAYLOAD);
  host.setOutput('x', 'x', `sentinel-secret-1\n::set-output name=PWNED::1`);
  host.finish();
  expect(injectedCommands(githubCommands(err() + out()))).toEqual([]);
  expect(viewMarkers(err() + out())).toEqual([]);
  expect(err() + out()).not.toContain('sentinel-secret-1');
});

test('CLI in a terminal: escapes removed, markers left alone', () => {
  const { host, err } = cliHost({});
  host.echoUntrusted('\u001b]0;PWNED\u0007::add-mask::x');
  expect(err()).toBe('::add-mask::x\n');
});
