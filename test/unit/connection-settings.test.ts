import { capabilities } from '../../shared/capabilities';
import type { CapabilityContext } from '../../shared/capability';
import { connect } from '../../shared/connect';
import { CONNECTION_SETTINGS, connectionInputs } from '../../shared/connection-settings';
import { resolveConfig } from '../../shared/databricks';
import { InputError, UserError, inputRef } from '../../shared/errors';
import { runCli } from '../helpers/cli-run';

const HOST = 'https://my-ws.cloud.databricks.com';

describe('the connection table', () => {
  test.each(CONNECTION_SETTINGS.map((s) => [s.input, s] as const))(
    '%s: every listed environment variable is read, in the listed order',
    (_input, s) => {
      const base = s.key === 'host' ? {} : { host: HOST };
      s.env.forEach((name, i) => {
        // Every later variable is set too: the listed one must win over them.
        const env = Object.fromEntries(s.env.slice(i).map((n) => [n, validValue(s.key, n)]));
        const c = resolveConfig(base, env, { readFile: () => '[p]\n', homeDir: '/home/me' });
        expect(c.sources[s.key]).toBe(name);
      });
    },
  );

  test.each(CONNECTION_SETTINGS.filter((s) => s.cfg).map((s) => [s.input, s] as const))(
    '%s: the profile key the description names is read from ~/.databrickscfg',
    (_input, s) => {
      const host = s.key === 'host' ? '' : `host = ${HOST}\n`;
      const files = {
        '/home/me/.databrickscfg': `[p]\n${host}${s.cfg} = ${validValue(s.key, 'PROFILE')}\n`,
      };
      const c = resolveConfig(
        { profile: 'p' },
        {},
        { homeDir: '/home/me', readFile: (f) => files[f as keyof typeof files] },
      );
      expect(c.sources[s.key]).toBe(`'${s.cfg}' in profile [p] of /home/me/.databrickscfg`);
    },
  );

  test('every capability that connects declares exactly the table, without env for the host to read', () => {
    const connecting = capabilities.filter((c) => 'databricks-host' in c.manifest.inputs);
    // Only these need no workspace; every other capability must declare the table exactly.
    const apart = capabilities.filter((c) => !connecting.includes(c)).map((c) => c.manifest.name);
    expect(apart.sort()).toEqual(
      ['release-branch', 'unit-tests'].filter((n) =>
        capabilities.some((c) => c.manifest.name === n),
      ),
    );
    expect(connecting.length).toBeGreaterThanOrEqual(4);
    for (const { manifest } of connecting) {
      for (const s of CONNECTION_SETTINGS) {
        const spec = manifest.inputs[s.input];
        expect(spec).toEqual((connectionInputs as Record<string, unknown>)[s.input]);
        expect(spec.ado).toBe(s.ado);
        expect(spec.env).toBeUndefined();
        expect(spec.secret === true).toBe(s.secret === true);
      }
    }
  });
});

describe('where a connection value came from', () => {
  test('a value from the service connection is named as such, not as the input', () => {
    const err = catchErr(() =>
      resolveConfig(
        { host: 'abc', token: 't' },
        {},
        { inputSources: { host: `the service connection ${inputRef('databricks-connection')}` } },
      ),
    );
    expect(err).not.toBeInstanceOf(InputError);
    expect((err as UserError).render((n) => `'${n}'`)).toMatch(
      /^The service connection 'databricks-connection' is 'abc'/,
    );
  });

  test('connect() names the ADO service connection for a bad host it supplied', () => {
    const ctx = {
      inputs: { string: () => undefined },
      connectionDefaults: { host: 'abc', token: 't' },
      env: {},
    } as unknown as CapabilityContext;
    const err = catchErr(() => connect(ctx));
    expect(err).toBeInstanceOf(UserError);
    expect(
      (err as UserError).render(
        (n) => `'${n === 'databricks-connection' ? 'databricksConnection' : n}'`,
      ),
    ).toMatch(/^The service connection 'databricksConnection' is 'abc', a single word/);
  });

  test('a host with a user name or password is refused without echoing it', () => {
    const err = catchErr(() =>
      resolveConfig({ token: 't' }, { DATABRICKS_HOST: 'https://me:dapi-secret-1@x.example.com' }),
    );
    expect(err.message).toMatch(/^DATABRICKS_HOST contains a user name or password/);
    expect(err.message).not.toContain('dapi-secret-1');
  });

  test.each([
    ['abc.example.com', 'https://abc.example.com'],
    ['10.1.2.3', 'https://10.1.2.3'],
    ['https://[2001:db8::1]:8443', 'https://[2001:db8::1]:8443'],
    ['http://localhost:9', 'http://localhost:9'],
  ])('host %s is accepted', (raw, want) => {
    expect(resolveConfig({ host: raw }, {}).host).toBe(want);
  });

  test.each(['a!b.example.com', '-x.example.com', 'a..b'])(
    'host %s is refused as not a domain name',
    (raw) => {
      const err = catchErr(() => resolveConfig({ host: raw }, {}));
      expect(err).toBeInstanceOf(InputError);
      expect(err.message).toContain('is not a valid domain name');
    },
  );
});

describe('the CLI names the source of a bad host before any network call', () => {
  test('--databricks-host abc names the flag', async () => {
    const r = await run(['whoami', '--databricks-host', 'abc', '--databricks-token', 't']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      "error: Input --databricks-host is 'abc', a single word rather than a full host name, so it cannot be a Databricks workspace. Use the workspace URL as your browser shows it, e.g. https://adb-1234567890123456.7.azuredatabricks.net or https://my-workspace.cloud.databricks.com.",
    );
  });

  test('DATABRICKS_HOST=abc names the variable, not the flag', async () => {
    const r = await run(['whoami'], { DATABRICKS_HOST: 'abc', DATABRICKS_TOKEN: 't' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: DATABRICKS_HOST is 'abc', a single word/m);
    expect(r.stderr).not.toContain('--databricks-host is');
  });

  test('a plain-http DATABRICKS_HOST names the variable', async () => {
    const r = await run(['whoami'], { DATABRICKS_HOST: 'http://10.0.0.5', DATABRICKS_TOKEN: 't' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: DATABRICKS_HOST is 'http:\/\/10\.0\.0\.5', a plain http/m);
  });

  test('DATABRICKS_HOST=local starts a local workspace, as --databricks-host local does', async () => {
    const r = await run(['whoami', '--json'], { DATABRICKS_HOST: 'local' });
    expect(r.stderr).toMatch(/Started a local workspace at http:\/\/127\.0\.0\.1:\d+/);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).host).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});

/** A value the resolver accepts for the setting, distinct per variable where the kind allows it. */
function validValue(key: string, envName: string): string {
  if (key === 'host') return `https://${envName.toLowerCase().replace(/_/g, '-')}.example.com`;
  if (key === 'authType') return 'pat';
  if (key === 'azureAuthorityHost') return 'https://login.example.com';
  if (key === 'profile') return 'p';
  return `from-${envName}`;
}

function run(argv: string[], env: Record<string, string> = {}) {
  return runCli(argv, { HOME: '/nonexistent', ...env });
}

function catchErr(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}
