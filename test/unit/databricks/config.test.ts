import { InputError, UserError, inputRef } from '../../../shared/errors';
import { resolveConfig, selectAuthType } from '../../../shared/databricks';

describe('resolveConfig', () => {
  test('explicit inputs win over the environment', () => {
    const c = resolveConfig(
      { host: 'https://input.cloud.databricks.com', token: 'from-input' },
      { DATABRICKS_HOST: 'https://env.cloud.databricks.com', DATABRICKS_TOKEN: 'from-env' },
    );
    expect(c.host).toBe('https://input.cloud.databricks.com');
    expect(c.token).toBe('from-input');
    // Rendered per host when it reaches a message (databricks-token, databricksToken, --databricks-token).
    expect(c.sources.token).toBe(`input ${inputRef('databricks-token')}`);
  });

  test('environment fills what the inputs leave empty (blank inputs count as unset)', () => {
    const c = resolveConfig(
      { host: '  ', clientId: '' },
      {
        DATABRICKS_HOST: 'adb-1234567890123456.7.azuredatabricks.net',
        DATABRICKS_CLIENT_ID: 'sp-app-id',
        DATABRICKS_CLIENT_SECRET: 'dose-secret',
        ARM_TENANT_ID: 'tenant',
        ARM_CLIENT_ID: 'arm-client',
        ARM_CLIENT_SECRET: 'arm-secret',
        DATABRICKS_AZURE_RESOURCE_ID:
          '/subscriptions/x/resourceGroups/y/providers/Microsoft.Databricks/workspaces/z',
        DATABRICKS_AUTH_TYPE: 'OAuth-M2M',
      },
    );
    expect(c.host).toBe('https://adb-1234567890123456.7.azuredatabricks.net');
    expect(c.clientId).toBe('sp-app-id');
    expect(c.sources.clientId).toBe('DATABRICKS_CLIENT_ID');
    expect(c.azureTenantId).toBe('tenant');
    expect(c.azureClientId).toBe('arm-client');
    expect(c.azureClientSecret).toBe('arm-secret');
    expect(c.azureResourceId).toMatch(/workspaces\/z$/);
    expect(c.authType).toBe('oauth-m2m');
  });

  test.each([
    ['my-ws.cloud.databricks.com', 'https://my-ws.cloud.databricks.com'],
    ['https://my-ws.cloud.databricks.com/', 'https://my-ws.cloud.databricks.com'],
    ['https://adb-1.2.azuredatabricks.net/?o=1#job/2/run/3', 'https://adb-1.2.azuredatabricks.net'],
    ['HTTPS://My-WS.cloud.databricks.com/some/path', 'https://my-ws.cloud.databricks.com'],
    ['http://localhost:8080/', 'http://localhost:8080'],
    ['http://127.0.0.9:1234', 'http://127.0.0.9:1234'],
    ['http://[::1]:9000/x', 'http://[::1]:9000'],
  ])('host %s is normalised to %s', (raw, want) => {
    expect(resolveConfig({ host: raw, token: 't' }, {}).host).toBe(want);
  });

  test('plain http to a non-loopback host is refused, naming the input and the fix', () => {
    const err = catchErr(() =>
      resolveConfig({ host: 'http://my-ws.cloud.databricks.com', token: 't' }, {}),
    );
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).input).toBe('databricks-host');
    expect(err.message).toContain('not loopback');
    expect(err.message).toContain('https://my-ws.cloud.databricks.com');
  });

  test('plain http from DATABRICKS_HOST names the variable', () => {
    const err = catchErr(() =>
      resolveConfig({ token: 't' }, { DATABRICKS_HOST: 'http://10.0.0.5' }),
    );
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/^DATABRICKS_HOST is 'http:\/\/10\.0\.0\.5'/);
    expect(err.message).toContain('loopback');
  });

  test('a missing host says which input and variable to set', () => {
    const err = catchErr(() => resolveConfig({ token: 't' }, {}));
    // An InputError, so each host names the input its own way (databricks-host, databricksHost, --databricks-host).
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).input).toBe('databricks-host');
    expect(err.message).toContain('DATABRICKS_HOST');
  });

  test('an unknown auth type lists the supported ones', () => {
    const err = catchErr(() =>
      resolveConfig({ host: 'h.cloud.databricks.com', authType: 'azure-cli' }, {}),
    );
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toContain("Input 'auth-type'");
    expect(err.message).toContain('oauth-m2m');
  });

  test('profiles from ~/.databrickscfg fill in after inputs and env', () => {
    const files: Record<string, string> = {
      '/home/me/.databrickscfg': [
        '; comment',
        '[DEFAULT]',
        'host = https://default.cloud.databricks.com',
        'token = default-token',
        '',
        '[staging]',
        'host = https://staging.cloud.databricks.com/',
        'client_id = staging-sp',
        'client_secret = staging-secret',
      ].join('\n'),
    };
    const opts = { homeDir: '/home/me', readFile: (p: string) => files[p] };
    const staging = resolveConfig(
      {},
      { DATABRICKS_CONFIG_PROFILE: 'staging', DATABRICKS_CLIENT_ID: 'env-sp' },
      opts,
    );
    expect(staging.host).toBe('https://staging.cloud.databricks.com');
    expect(staging.clientId).toBe('env-sp');
    expect(staging.clientSecret).toBe('staging-secret');
    expect(staging.sources.clientSecret).toContain('[staging]');

    const dflt = resolveConfig({}, {}, opts);
    expect(dflt.host).toBe('https://default.cloud.databricks.com');
    expect(dflt.token).toBe('default-token');

    // An explicit host never mixes with the developer's DEFAULT profile.
    const ci = resolveConfig({ host: 'https://ci.cloud.databricks.com' }, {}, opts);
    expect(ci.token).toBeUndefined();

    const err = catchErr(() => resolveConfig({ profile: 'prod' }, {}, opts));
    expect(err.message).toContain("profile 'prod'");
    expect(err.message).toContain('DEFAULT, staging');
  });

  test('DATABRICKS_CONFIG_FILE points at another config file', () => {
    const c = resolveConfig(
      { profile: 'x' },
      { DATABRICKS_CONFIG_FILE: '/etc/dbcfg' },
      {
        readFile: (p) =>
          p === '/etc/dbcfg' ? '[x]\nhost=x.cloud.databricks.com\ntoken=tok\n' : undefined,
      },
    );
    expect(c.host).toBe('https://x.cloud.databricks.com');
  });

  test('the authority host follows ARM_ENVIRONMENT or an explicit setting', () => {
    expect(resolveConfig({ host: 'h.azuredatabricks.net' }, {}).azureAuthorityHost).toBe(
      'https://login.microsoftonline.com',
    );
    expect(
      resolveConfig({ host: 'h.databricks.azure.us' }, { ARM_ENVIRONMENT: 'usgovernment' })
        .azureAuthorityHost,
    ).toBe('https://login.microsoftonline.us');
    expect(
      resolveConfig(
        { host: 'h.cloud.databricks.com', azureAuthorityHost: 'http://127.0.0.1:9/' },
        {},
      ).azureAuthorityHost,
    ).toBe('http://127.0.0.1:9');
    expect(() =>
      resolveConfig(
        { host: 'h.cloud.databricks.com', azureAuthorityHost: 'http://login.example.com' },
        {},
      ),
    ).toThrow(/azure-authority-host/);
  });

  test('ADO OIDC request URL comes from SYSTEM_OIDCREQUESTURI or is built from the job variables', () => {
    const built = resolveConfig(
      { host: 'h.cloud.databricks.com' },
      {
        SYSTEM_TEAMFOUNDATIONCOLLECTIONURI: 'https://dev.azure.com/acme/',
        SYSTEM_TEAMPROJECTID: 'proj',
        SYSTEM_PLANID: 'plan',
        SYSTEM_JOBID: 'job',
        SYSTEM_HOSTTYPE: 'build',
      },
    );
    expect(built.azureDevOps.oidcRequestUri).toBe(
      'https://dev.azure.com/acme/proj/_apis/distributedtask/hubs/build/plans/plan/jobs/job/oidctoken',
    );
    const direct = resolveConfig(
      { host: 'h.cloud.databricks.com' },
      { SYSTEM_OIDCREQUESTURI: 'https://dev.azure.com/acme/x/oidctoken' },
    );
    expect(direct.azureDevOps.oidcRequestUri).toBe('https://dev.azure.com/acme/x/oidctoken');
    expect(() =>
      resolveConfig(
        { host: 'h.cloud.databricks.com' },
        { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://evil.example.com/t' },
      ),
    ).toThrow(/ACTIONS_ID_TOKEN_REQUEST_URL.*not https/);
  });
});

describe('selectAuthType', () => {
  const gh = {
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://gh.example/t?x=1',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'req',
  };
  const ado = {
    SYSTEM_OIDCREQUESTURI: 'https://dev.azure.com/o/p/oidctoken',
    SYSTEM_ACCESSTOKEN: 'sys',
  };
  const pick = (inputs: object, env: Record<string, string> = {}) =>
    selectAuthType(resolveConfig({ host: 'adb-1.1.azuredatabricks.net', ...inputs }, env));

  test('detection follows the documented order', () => {
    expect(pick({ token: 't', clientId: 'c', clientSecret: 's' })).toBe('pat');
    expect(pick({ clientId: 'c', clientSecret: 's' }, gh)).toBe('oauth-m2m');
    expect(pick({ clientId: 'c' }, gh)).toBe('github-oidc');
    expect(pick({ clientId: 'c' }, ado)).toBe('azure-devops-oidc');
    expect(pick({ azureTenantId: 't', azureClientId: 'a' }, gh)).toBe('github-oidc-azure');
    expect(
      pick({ azureTenantId: 't', azureClientId: 'a', azureDevOpsServiceConnectionId: 'sc' }, ado),
    ).toBe('azure-devops-oidc-azure');
    expect(pick({ azureTenantId: 't', azureClientId: 'a', azureClientSecret: 's' })).toBe(
      'azure-client-secret',
    );
  });

  test('nothing configured: the error lists what to set', () => {
    const err = catchErr(() => pick({}));
    expect(err.message).toContain('DATABRICKS_TOKEN');
    expect(err.message).toContain('DATABRICKS_CLIENT_ID');
    expect(err.message).toContain('ARM_TENANT_ID');
  });

  test('a forced auth type with missing settings names them', () => {
    const err = catchErr(() => pick({ authType: 'github-oidc', clientId: 'c' }));
    expect(err.message).toContain("'github-oidc'");
    expect(err.message).toContain('id-token: write');
    const err2 = catchErr(() => pick({ authType: 'azure-client-secret', azureTenantId: 't' }));
    expect(err2.message).toContain(
      "'azure-client-id' (ARM_CLIENT_ID or AZURESUBSCRIPTION_CLIENT_ID)",
    );
    expect(err2.message).toContain("'azure-client-secret' (ARM_CLIENT_SECRET)");
  });
});

function catchErr(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}
