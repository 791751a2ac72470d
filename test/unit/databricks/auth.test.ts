import nock from 'nock';
import { UserError } from '../../../shared/errors';
import { AZURE_DATABRICKS_RESOURCE } from '../../../shared/databricks';
import { HOST, makeClient, setupNock } from './helpers';

setupNock();

const ME = '/api/2.0/preview/scim/v2/Me';
const GH = 'http://127.0.0.1:9101';
const ENTRA = 'http://127.0.0.1:9102';
const ADO = 'http://127.0.0.1:9103';
const ghEnv = {
  ACTIONS_ID_TOKEN_REQUEST_URL: `${GH}/idtoken?api-version=2.0`,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'gh-request-token-1',
};
const adoEnv = {
  SYSTEM_OIDCREQUESTURI: `${ADO}/org/proj/_apis/distributedtask/hubs/build/plans/p1/jobs/j1/oidctoken`,
  SYSTEM_ACCESSTOKEN: 'ado-system-token-1',
};

function me(times = 1, token?: string) {
  const scope = nock(HOST).get(ME);
  (token ? scope.matchHeader('authorization', `Bearer ${token}`) : scope)
    .times(times)
    .reply(200, { userName: 'u', id: '1' });
}

/** Calls currentUser `n` times with the clock moved by `stepMs` before each. */
async function callsOverTime(
  client: { currentUser(): Promise<unknown> },
  timing: { t: number },
  n: number,
  stepMs: number,
) {
  for (let i = 0; i < n; i++) {
    await client.currentUser();
    timing.t += stepMs;
  }
}

describe('pat', () => {
  test('sends the token as bearer and masks it before the first request', async () => {
    const { client, masked } = makeClient({ token: 'dapi-abc-123456' });
    expect(masked).toEqual(['dapi-abc-123456']);
    me(1, 'dapi-abc-123456');
    await client.currentUser();
    expect(client.authType).toBe('pat');
  });
});

describe('oauth-m2m', () => {
  test('gets a token with client credentials, caches it and refreshes it before expiry', async () => {
    const { client, timing, masked } = makeClient({
      clientId: 'sp-app',
      clientSecret: 'sp-secret-value',
    });
    expect(masked).toContain('sp-secret-value');
    const basic = `Basic ${Buffer.from('sp-app:sp-secret-value').toString('base64')}`;
    const forms: string[] = [];
    nock(HOST)
      .post('/oidc/v1/token', (b) => (forms.push(new URLSearchParams(b).toString()), true))
      .matchHeader('authorization', basic)
      .matchHeader('content-type', 'application/x-www-form-urlencoded')
      .reply(200, {
        access_token: 'm2m-token-1',
        token_type: 'Bearer',
        expires_in: 3600,
        scope: 'all-apis',
      });
    nock(HOST).post('/oidc/v1/token').reply(200, { access_token: 'm2m-token-2', expires_in: 3600 });
    me(3, 'm2m-token-1');
    me(1, 'm2m-token-2');
    // Three calls within 50 minutes share one token; at 57 minutes (3 left) it is renewed.
    const start = timing.t;
    await callsOverTime(client, timing, 3, 25 * 60_000);
    timing.t = start + 57 * 60_000;
    await client.currentUser();
    expect(forms[0]).toBe('grant_type=client_credentials&scope=all-apis');
    expect(masked).toEqual(expect.arrayContaining(['m2m-token-1', 'm2m-token-2']));
  });

  test('a bad secret gives an error that names the settings to check and not the secret', async () => {
    const { client } = makeClient({ clientId: 'sp-app', clientSecret: 'wrong-secret-value' });
    nock(HOST)
      .post('/oidc/v1/token')
      .reply(401, { error: 'invalid_client', error_description: 'Client authentication failed' });
    const err = await client.currentUser().catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toContain('Could not get an OAuth token for service principal sp-app');
    expect(err.message).toContain('Client authentication failed');
    expect(err.message).toContain("'client-secret' (DATABRICKS_CLIENT_SECRET)");
    expect(err.message).not.toContain('wrong-secret-value');
  });

  test('concurrent calls share one token request', async () => {
    const { client } = makeClient({ clientId: 'sp-app', clientSecret: 'sp-secret-value' });
    nock(HOST)
      .post('/oidc/v1/token')
      .once()
      .reply(200, { access_token: 'shared-token', expires_in: 3600 });
    me(5, 'shared-token');
    await Promise.all([1, 2, 3, 4, 5].map(() => client.currentUser()));
  });
});

describe('azure-client-secret', () => {
  test('gets an Entra ID token for the Azure Databricks app from the configured authority, and refreshes it', async () => {
    const { client, timing, masked } = makeClient({
      authType: 'azure-client-secret',
      azureTenantId: 'tenant-1',
      azureClientId: 'app-1',
      azureClientSecret: 'entra-secret-value',
      azureAuthorityHost: ENTRA,
      azureResourceId:
        '/subscriptions/s/resourceGroups/g/providers/Microsoft.Databricks/workspaces/w',
    });
    expect(masked).toContain('entra-secret-value');
    const forms: URLSearchParams[] = [];
    nock(ENTRA)
      .post('/tenant-1/oauth2/v2.0/token', (b) => (forms.push(new URLSearchParams(b)), true))
      .times(2)
      .reply(200, () => ({
        token_type: 'Bearer',
        expires_in: 600,
        access_token: `entra-token-${forms.length}`,
      }));
    nock(HOST)
      .get(ME)
      .matchHeader('authorization', 'Bearer entra-token-1')
      .matchHeader('x-databricks-azure-workspace-resource-id', /workspaces\/w$/)
      .times(2)
      .reply(200, { userName: 'u', id: '1' });
    me(1, 'entra-token-2');
    // A 10-minute token is renewed at half its lifetime.
    await callsOverTime(client, timing, 2, 4 * 60_000);
    await client.currentUser();
    expect(forms[0].get('grant_type')).toBe('client_credentials');
    expect(forms[0].get('client_id')).toBe('app-1');
    expect(forms[0].get('client_secret')).toBe('entra-secret-value');
    expect(forms[0].get('scope')).toBe(`${AZURE_DATABRICKS_RESOURCE}/.default`);
  });

  test('a v1-style answer with expires_on is understood', async () => {
    const { client, timing } = makeClient({
      authType: 'azure-client-secret',
      azureTenantId: 't',
      azureClientId: 'a',
      azureClientSecret: 'entra-secret-value',
      azureAuthorityHost: ENTRA,
    });
    const expiresOn = Math.floor(timing.t / 1000) + 3600;
    nock(ENTRA)
      .post('/t/oauth2/v2.0/token')
      .once()
      .reply(200, { access_token: 'v1-token', expires_on: String(expiresOn) });
    me(2, 'v1-token');
    await callsOverTime(client, timing, 2, 30 * 60_000);
  });
});

describe('github-oidc', () => {
  test('exchanges the GitHub ID token at /oidc/v1/token (RFC 8693) and re-exchanges before expiry', async () => {
    const { client, timing, masked } = makeClient({ clientId: 'sp-app' }, ghEnv);
    expect(client.authType).toBe('github-oidc');
    const audiences: string[] = [];
    nock(GH)
      .get('/idtoken')
      .query((q) => (audiences.push(String(q.audience)), q['api-version'] === '2.0'))
      .matchHeader('authorization', 'Bearer gh-request-token-1')
      .times(2)
      .reply(200, () => ({ count: 1, value: `gh-jwt-${audiences.length}` }));
    const forms: URLSearchParams[] = [];
    nock(HOST)
      .post('/oidc/v1/token', (b) => (forms.push(new URLSearchParams(b)), true))
      .times(2)
      .reply(200, () => ({ access_token: `fed-token-${forms.length}`, expires_in: 3600 }));
    me(2, 'fed-token-1');
    me(1, 'fed-token-2');
    await callsOverTime(client, timing, 2, 30 * 60_000);
    await client.currentUser();
    expect(audiences).toEqual([`${HOST}/oidc/v1/token`, `${HOST}/oidc/v1/token`]);
    expect(forms[0].get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:token-exchange');
    expect(forms[0].get('subject_token')).toBe('gh-jwt-1');
    expect(forms[0].get('subject_token_type')).toBe('urn:ietf:params:oauth:token-type:jwt');
    expect(forms[0].get('client_id')).toBe('sp-app');
    expect(forms[0].get('scope')).toBe('all-apis');
    expect(masked).toEqual(
      expect.arrayContaining([
        'gh-request-token-1',
        'gh-jwt-1',
        'fed-token-1',
        'gh-jwt-2',
        'fed-token-2',
      ]),
    );
  });

  test('the audience is configurable', async () => {
    const { client } = makeClient({ clientId: 'sp-app', oidcAudience: 'my-account-id' }, ghEnv);
    nock(GH)
      .get('/idtoken')
      .query({ 'api-version': '2.0', audience: 'my-account-id' })
      .reply(200, { value: 'gh-jwt-x' });
    nock(HOST).post('/oidc/v1/token').reply(200, { access_token: 'fed-token-x', expires_in: 3600 });
    me(1, 'fed-token-x');
    await client.currentUser();
  });

  test('a rejected exchange explains the federation policy to check', async () => {
    const { client } = makeClient({ clientId: 'sp-app' }, ghEnv);
    nock(GH).get('/idtoken').query(true).reply(200, { value: 'gh-jwt-bad' });
    nock(HOST)
      .post('/oidc/v1/token')
      .reply(400, { error: 'invalid_request', error_description: 'no matching federation policy' });
    const err = await client.currentUser().catch((e) => e);
    expect(err.message).toContain('no matching federation policy');
    expect(err.message).toContain(
      'federation policy for issuer https://token.actions.githubusercontent.com',
    );
    expect(err.message).not.toContain('gh-jwt-bad');
  });
});

describe('github-oidc-azure', () => {
  test('uses the GitHub ID token as the Entra client assertion', async () => {
    const { client, timing } = makeClient(
      { azureTenantId: 'ten', azureClientId: 'app', azureAuthorityHost: ENTRA },
      ghEnv,
    );
    expect(client.authType).toBe('github-oidc-azure');
    nock(GH)
      .get('/idtoken')
      .query({ 'api-version': '2.0', audience: 'api://AzureADTokenExchange' })
      .times(2)
      .reply(200, { value: 'gh-jwt-az' });
    const forms: URLSearchParams[] = [];
    nock(ENTRA)
      .post('/ten/oauth2/v2.0/token', (b) => (forms.push(new URLSearchParams(b)), true))
      .times(2)
      .reply(200, () => ({ access_token: `az-fed-${forms.length}`, expires_in: 3599 }));
    me(1, 'az-fed-1');
    me(1, 'az-fed-2');
    await callsOverTime(client, timing, 1, 56 * 60_000);
    await client.currentUser();
    expect(forms[0].get('client_assertion_type')).toBe(
      'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    );
    expect(forms[0].get('client_assertion')).toBe('gh-jwt-az');
    expect(forms[0].get('client_secret')).toBeNull();
  });
});

describe('azure-devops-oidc', () => {
  test('POSTs to SYSTEM_OIDCREQUESTURI with System.AccessToken and exchanges the token at Databricks', async () => {
    const { client, timing, masked } = makeClient({ clientId: 'sp-app' }, adoEnv);
    expect(client.authType).toBe('azure-devops-oidc');
    expect(masked).toContain('ado-system-token-1');
    nock(ADO)
      .post('/org/proj/_apis/distributedtask/hubs/build/plans/p1/jobs/j1/oidctoken')
      .query({ 'api-version': '7.1' })
      .matchHeader('authorization', 'Bearer ado-system-token-1')
      .matchHeader('x-tfs-fedauthredirect', 'Suppress')
      .times(2)
      .reply(200, { oidcToken: 'ado-jwt' });
    const forms: URLSearchParams[] = [];
    nock(HOST)
      .post('/oidc/v1/token', (b) => (forms.push(new URLSearchParams(b)), true))
      .times(2)
      .reply(200, () => ({ access_token: `ado-fed-${forms.length}`, expires_in: 3600 }));
    me(1, 'ado-fed-1');
    me(1, 'ado-fed-2');
    await callsOverTime(client, timing, 1, 58 * 60_000);
    await client.currentUser();
    expect(forms[0].get('subject_token')).toBe('ado-jwt');
    expect(forms[0].get('client_id')).toBe('sp-app');
  });

  test('a missing System.AccessToken says how to map it', () => {
    expect(() =>
      makeClient(
        { clientId: 'sp', authType: 'azure-devops-oidc' },
        { SYSTEM_OIDCREQUESTURI: adoEnv.SYSTEM_OIDCREQUESTURI },
      ),
    ).toThrow(/SYSTEM_ACCESSTOKEN \(map \$\(System\.AccessToken\) into the step env\)/);
  });
});

describe('azure-devops-oidc-azure', () => {
  test('requests the service connection token and uses it as the Entra client assertion', async () => {
    const { client } = makeClient(
      { azureTenantId: 'ten', azureClientId: 'app', azureAuthorityHost: ENTRA },
      { ...adoEnv, AZURESUBSCRIPTION_SERVICE_CONNECTION_ID: 'sc-42' },
    );
    expect(client.authType).toBe('azure-devops-oidc-azure');
    nock(ADO)
      .post(/oidctoken/)
      .query({ 'api-version': '7.1', serviceConnectionId: 'sc-42' })
      .reply(200, { oidcToken: 'ado-sc-jwt' });
    const forms: URLSearchParams[] = [];
    nock(ENTRA)
      .post('/ten/oauth2/v2.0/token', (b) => (forms.push(new URLSearchParams(b)), true))
      .reply(200, { access_token: 'ado-az-token', expires_in: 3600 });
    me(1, 'ado-az-token');
    await client.currentUser();
    expect(forms[0].get('client_assertion')).toBe('ado-sc-jwt');
  });
});
