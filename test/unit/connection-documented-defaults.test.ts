// Every default a description documents ("Default: X", "Default `X`", "Defaults to `X`") is checked
// against what the code does, so that help text, action.yml, task.json and the README cannot drift
// from it. The manifests are read at run time: rewording a description keeps the check honest.
import { capabilities } from '../../shared/capabilities';
import {
  AUTH_TYPES,
  connectionSettingForInput,
  type ConnectionSetting,
} from '../../shared/connection-settings';
import { createClient, resolveConfig, type ConnectionInputs } from '../../shared/databricks';
import { recordingLogger } from '../../shared/logger';
import type { InputSpec } from '../../shared/manifest';

const HOST = 'https://my-ws.cloud.databricks.com';

/** The default clause of each sentence that documents one: the text after the marker. */
function defaultClauses(description: string): string[] {
  const out: string[] = [];
  // A clause runs to the end of its sentence; dots inside `code` or a URL do not end it.
  const re = /\bDefault(?:s to|:)?\s+((?:`[^`]*`|[^`.]|\.(?!\s|$))+)/g;
  for (const m of description.matchAll(re)) out.push(m[1]);
  return out;
}

function codeTokens(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
}

const inputs: Array<[string, string, InputSpec]> = capabilities.flatMap((c) =>
  Object.entries(c.manifest.inputs).map(([name, spec]) => [c.manifest.name, name, spec] as const),
) as Array<[string, string, InputSpec]>;

const documented = inputs.filter(([, , spec]) => defaultClauses(spec.description).length > 0);

test('the check sees the documented defaults of every capability', () => {
  // Guards the parser: if it stopped matching, every case below would pass vacuously.
  expect(documented.map(([, name]) => name)).toEqual(
    expect.arrayContaining(['databricks-host', 'oidc-audience', 'config-profile']),
  );
});

describe.each(documented)('%s --%s', (_capability, name, spec) => {
  const setting = connectionSettingForInput(name);

  if (!setting) {
    test('a literal default is the manifest default or a variable the input falls back to', () => {
      for (const clause of defaultClauses(spec.description)) {
        const literal = /^`([^`]+)`/.exec(clause.trim())?.[1];
        if (literal === undefined) {
          // Prose ("Default: derived from the CI run") next to a manifest default would be two answers.
          expect({ name, clause, manifestDefault: spec.default }).toEqual({
            name,
            clause,
            manifestDefault: undefined,
          });
          continue;
        }
        const known = [spec.default, ...(spec.env ?? [])];
        expect({ name, literal, known }).toEqual({
          name,
          literal,
          known: expect.arrayContaining([literal]),
        });
      }
    });
    return;
  }

  test('every variable and profile key it names is read by resolveConfig, with that source', () => {
    const tokens = defaultClauses(spec.description).flatMap(codeTokens);
    for (const variable of setting.env) expect(tokens).toContain(variable);
    if (setting.cfg) expect(tokens).toContain(setting.cfg);
    for (const t of tokens) {
      if (setting.env.includes(t)) {
        const c = resolveConfig(baseInputs(setting), { [t]: valueFor(setting) }, noFiles);
        expect(c.sources[setting.key]).toBe(t);
      } else if (t === setting.cfg) {
        const file = `[p]\nhost = ${HOST}\n${t} = ${valueFor(setting)}\n`;
        const c = resolveConfig({ profile: 'p' }, { DATABRICKS_CONFIG_FILE: '/f' }, only(file));
        expect(c.sources[setting.key]).toBe(`'${t}' in profile [p] of /f`);
      }
    }
  });

  // Only inputs that document something beyond their variables and profile key get this check.
  const clause = defaultClauses(spec.description).join(' ');
  const rest = codeTokens(clause).filter((t) => !setting.env.includes(t) && t !== setting.cfg);
  if (rest.length > 0) {
    test('what it documents beyond the variables is what the code does', async () => {
      const check = CODE_DEFAULTS[name];
      expect({ name, hasCheck: check !== undefined }).toEqual({ name, hasCheck: true });
      await check(clause, rest);
    });
  }
});

test('auth-type lists the authentication types in the order detection tries them', () => {
  const spec = capabilities.find((c) => 'auth-type' in c.manifest.inputs)!.manifest.inputs[
    'auth-type'
  ];
  const listed = codeTokens(spec.description.split(/\bDefaults? /)[0]);
  expect(listed).toEqual([...AUTH_TYPES]);
});

/** How the code's own final default is checked, per input whose description documents one. */
const CODE_DEFAULTS: Record<string, (clause: string, tokens: string[]) => Promise<void>> = {
  'azure-authority-host': async (_clause, tokens) => {
    const none = resolveConfig({ host: HOST }, {}).azureAuthorityHost;
    for (const t of tokens) {
      if (t === 'ARM_ENVIRONMENT') {
        const gov = resolveConfig({ host: HOST }, { ARM_ENVIRONMENT: 'usgovernment' });
        expect(gov.azureAuthorityHost).not.toBe(none);
      } else if (/^https:/.test(t)) {
        expect(t).toBe(none);
      } else {
        // A cloud name the description offers for ARM_ENVIRONMENT must be one the code knows.
        const c = resolveConfig({ host: HOST }, { ARM_ENVIRONMENT: t });
        expect(c.azureAuthorityHost).toMatch(/^https:\/\/login\./);
      }
    }
  },
  'oidc-audience': async (clause) => {
    // "`A` for `type`" pairs: the audience GitHub is asked for when that type runs.
    const pairs = [...clause.matchAll(/`([^`]+)` for `([^`]+)`/g)].map((m) => [m[1], m[2]]);
    expect(pairs.length).toBeGreaterThan(0);
    for (const [audience, authType] of pairs) {
      expect(await requestedAudience(authType)).toBe(audience.replace('<host>', HOST));
    }
  },
  'config-profile': async (_clause, tokens) => {
    expect(tokens).toEqual(['DEFAULT']);
    const file = `[DEFAULT]\nhost = ${HOST}\ntoken = from-default\n`;
    expect(resolveConfig({}, {}, { homeDir: '/h', readFile: only(file).readFile }).token).toBe(
      'from-default',
    );
    // "only when no host is set"
    const withHost = resolveConfig({ host: HOST }, {}, { homeDir: '/h', ...only(file) });
    expect(withHost.token).toBeUndefined();
  },
};

/** The `audience` the client asks GitHub's OIDC endpoint for, with `oidc-audience` unset. */
async function requestedAudience(authType: string): Promise<string | null> {
  const audiences: Array<string | null> = [];
  const fakeFetch = async (input: string | URL | Request): Promise<Response> => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    if (url.hostname === 'gh.example.com') audiences.push(url.searchParams.get('audience'));
    const body = { value: 'gh-jwt', access_token: 'tok', expires_in: 3600, userName: 'u', id: '1' };
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  const inputs: ConnectionInputs = {
    host: HOST,
    authType,
    clientId: 'sp',
    azureTenantId: 'tenant',
    azureClientId: 'app',
  };
  const env = {
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://gh.example.com/idtoken?api-version=2.0',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'req',
  };
  const client = createClient(resolveConfig(inputs, env), {
    logger: recordingLogger(),
    maskSecret: () => undefined,
    userAgent: { version: '0', host: 'cli' },
    fetch: fakeFetch as typeof fetch,
  });
  await client.currentUser();
  expect(audiences).toHaveLength(1);
  return audiences[0];
}

function baseInputs(s: ConnectionSetting): ConnectionInputs {
  return s.key === 'host' ? {} : { host: HOST };
}

function valueFor(s: ConnectionSetting): string {
  if (s.key === 'host') return 'https://from-env.cloud.databricks.com';
  if (s.key === 'authType') return 'pat';
  if (s.key === 'azureAuthorityHost') return 'https://login.example.com';
  if (s.key === 'profile') return 'p';
  return 'from-env';
}

const noFiles = {
  homeDir: '/h',
  readFile: (f: string) => (f === '/h/.databrickscfg' ? '[p]\n' : undefined),
};

function only(text: string) {
  return { readFile: () => text };
}
