// The .vsix as users install it: built by `npm run package:ado`'s code from the committed bundle,
// opened, every task folder checked, and each packaged entry point run as the agent runs it
// (its Node handler, INPUT_*/ENDPOINT_*/SYSTEM_* variables, the ##vso command stream) against a
// local workspace, through both kinds of Databricks service connection.
import * as fs from 'fs';
import * as path from 'path';
import { startLocalWorkspace, type LocalWorkspace } from '../../../local-workspace';
import { ROOT } from '../../helpers/github-runner';
import { packExtension, printed, runAsAgent, type Extension } from '../../helpers/ado-agent';
import { startFakeServer, type FakeServer } from '../../helpers/fake-server';

const packager = require(path.join(ROOT, 'scripts/package-ado.js'));
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

let extension: Extension;
let ws: LocalWorkspace;
let zip: Extension['zip'];
let ext: Extension['manifest'];

beforeAll(async () => {
  extension = await packExtension();
  ({ zip, manifest: ext } = extension);
  ws = await startLocalWorkspace({ port: 0 });
});
afterAll(async () => {
  await ws?.close();
  extension?.remove();
});

const taskNames = () =>
  ext.contributions
    .filter((c) => c.type === 'ms.vss-distributed-task.task')
    .map((c) => c.properties.name as string);

test('the .vsix carries the identity and version of package.json', async () => {
  const manifest = await zip.file('extension.vsixmanifest')!.async('string');
  expect(manifest).toContain(
    `<Identity Language="en-US" Id="${pkg.adoExtension.id}" Publisher="${pkg.adoExtension.publisher}" Version="${pkg.version}"/>`,
  );
  expect(zip.file('[Content_Types].xml')).not.toBeNull();
  expect(zip.file('overview.md')).not.toBeNull();
  const icon = await zip.file('images/extension-icon.png')!.async('nodebuffer');
  expect(icon.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(packager.vsixPath(ext)).toBe(
    path.join(ROOT, 'build', `${pkg.adoExtension.id}-${pkg.version}.vsix`),
  );
});

test('every task folder is self-contained: task.json, every handler file, the bundle, an icon', async () => {
  const names = taskNames();
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) {
    const task = JSON.parse(await zip.file(`${name}/task.json`)!.async('string'));
    expect(task.name).toBe(name);
    const targets = ['execution', 'postjobexecution']
      .flatMap((phase) => Object.values(task[phase] ?? {}) as Array<{ target: string }>)
      .map((h) => h.target);
    expect(targets.length).toBeGreaterThanOrEqual(2);
    for (const target of targets) {
      const stub = await zip.file(`${name}/${target}`)?.async('string');
      expect([name, target, typeof stub]).toEqual([name, target, 'string']);
      // The stub loads the bundle from its own folder, never from outside it.
      for (const m of stub!.matchAll(/require\('([^']+)'\)/g)) {
        expect(m[1].startsWith('./')).toBe(true);
        expect(zip.file(path.posix.join(name, m[1]))).not.toBeNull();
      }
    }
    expect(zip.file(`${name}/ado/index.js`)).not.toBeNull();
    expect(zip.file(`${name}/icon.png`)).not.toBeNull();
  }
});

test('the packaged whoami task authenticates through a personal access token connection', async () => {
  const id = '6c3b0f0e-0000-4000-8000-000000000001';
  const run = await runAsAgent(await extension.extractTask('DatabricksWhoAmI'), {
    inputs: { databricksConnection: id },
    endpoint: { id, url: ws.host, scheme: 'Token', parameters: { apitoken: ws.token } },
  });
  expect(run.result).toBe('Succeeded');
  expect(run.outputs.host).toBe(ws.host);
  expect(run.outputs.userName).toMatch(/\S/);
  expect(run.stdout).toContain(`##vso[task.setsecret]${ws.token}`);
  expect(printed(run)).not.toContain(ws.token);
  // The task library found its messages inside the bundle: no missing-resource warning.
  expect(run.stdout).not.toMatch(/LIB_ResourceFile|loc string/i);
  expect(run.stderr).toBe('');
});

test('the packaged whoami task authenticates through a service principal (OAuth M2M) connection', async () => {
  const id = '6c3b0f0e-0000-4000-8000-000000000002';
  const run = await runAsAgent(await extension.extractTask('DatabricksWhoAmI'), {
    inputs: { databricksConnection: id },
    endpoint: {
      id,
      url: ws.host,
      scheme: 'UsernamePassword',
      parameters: { username: ws.clientId, password: ws.clientSecret },
    },
  });
  expect(run.result).toBe('Succeeded');
  expect(run.outputs.userName).toBe(ws.clientId);
  expect(run.stdout).toContain(`##vso[task.setsecret]${ws.clientSecret}`);
  expect(printed(run)).not.toContain(ws.clientSecret);
  expect(run.stderr).toBe('');
});

test("the connection type's Verify call (TestConnection) answers with the user for a valid token only", async () => {
  const endpoint = ext.contributions.find(
    (c) => c.type === 'ms.vss-endpoint.service-endpoint-type',
  )!.properties as {
    dataSources: Array<{ name: string; endpointUrl: string; resultSelector: string }>;
    authenticationSchemes: Array<{
      type: string;
      headers?: Array<{ name: string; value: string }>;
    }>;
  };
  const source = endpoint.dataSources.find((d) => d.name === 'TestConnection')!;
  const scheme = endpoint.authenticationSchemes.find((s) => s.type.endsWith('-token'))!;
  // ADO renders the mustache templates with the connection's values.
  const render = (template: string, token: string) =>
    template.replace('{{endpoint.url}}', ws.host).replace('{{endpoint.apitoken}}', token);
  const call = (token: string) =>
    fetch(render(source.endpointUrl, token), {
      headers: Object.fromEntries(scheme.headers!.map((h) => [h.name, render(h.value, token)])),
    });
  const ok = await call(ws.token);
  expect(ok.status).toBe(200);
  const field = source.resultSelector.replace(/^jsonpath:\$\./, '');
  expect(((await ok.json()) as Record<string, string>)[field]).toMatch(/\S/);
  expect((await call('dapi-wrong-token')).status).toBe(401);
});

describe('through an Azure Resource Manager service connection', () => {
  const ARM = '6c3b0f0e-0000-4000-8000-0000000000a1';
  const TENANT = '72f988bf-0000-4000-8000-000000000001';
  const APP = '0ab1c2d3-0000-4000-8000-000000000002';
  const SYSTEM_TOKEN = 'ado-system-access-token-sentinel-1111';
  const OIDC_TOKEN = 'eyJ.ado-oidc-sentinel-2222.sig';
  const SP_SECRET = 'arm-sp-secret-sentinel-3333';
  let fake: FakeServer;

  // Azure DevOps' OIDC endpoint and Entra ID's token endpoint, on loopback. Entra answers with a
  // token the local workspace accepts, only for the assertion or secret the connection carries.
  beforeAll(async () => {
    fake = await startFakeServer((req) => {
      const url = new URL(req.url, 'http://x');
      if (url.pathname === '/oidc') {
        const ok =
          req.headers.authorization === `Bearer ${SYSTEM_TOKEN}` &&
          url.searchParams.get('serviceConnectionId') === ARM;
        return ok ? { status: 200, body: { oidcToken: OIDC_TOKEN } } : { status: 401 };
      }
      if (url.pathname === `/${TENANT}/oauth2/v2.0/token`) {
        const form = new URLSearchParams(req.body);
        const ok =
          form.get('client_id') === APP &&
          (form.get('client_assertion') === OIDC_TOKEN || form.get('client_secret') === SP_SECRET);
        return ok
          ? {
              status: 200,
              body: { access_token: ws.token, token_type: 'Bearer', expires_in: 3600 },
            }
          : { status: 401, body: { error: 'invalid_client' } };
      }
      return undefined;
    });
  });
  afterAll(() => fake?.close());

  const armEndpoint = (scheme: string, parameters: Record<string, string>) => ({
    id: ARM,
    url: 'https://management.azure.com/',
    scheme,
    parameters: { tenantid: TENANT, serviceprincipalid: APP, ...parameters },
    data: { environment: 'AzureCloud', environmentAuthorityUrl: `${fake.url}/` },
  });
  const systemVss = {
    id: 'SystemVssConnection',
    url: 'https://dev.azure.com/acme/',
    scheme: 'OAuth',
    parameters: { AccessToken: SYSTEM_TOKEN },
  };

  test('workload identity federation: the OIDC token is exchanged with Entra ID, no secret mapped', async () => {
    const run = await runAsAgent(await extension.extractTask('DatabricksWhoAmI'), {
      inputs: { azureSubscription: ARM, databricksHost: ws.host },
      endpoints: [armEndpoint('WorkloadIdentityFederation', {}), systemVss],
      env: { SYSTEM_OIDCREQUESTURI: `${fake.url}/oidc` },
    });
    expect(run.result).toBe('Succeeded');
    expect(run.outputs.userName).toMatch(/\S/);
    expect(fake.requests.map((r) => new URL(r.url, 'http://x').pathname)).toEqual(
      expect.arrayContaining(['/oidc', `/${TENANT}/oauth2/v2.0/token`]),
    );
    for (const secret of [SYSTEM_TOKEN, OIDC_TOKEN, ws.token])
      expect(printed(run)).not.toContain(secret);
    expect(run.stderr).toBe('');
  });

  test('a service principal secret in the connection is used as the client secret', async () => {
    const run = await runAsAgent(await extension.extractTask('DatabricksWhoAmI'), {
      inputs: { azureSubscription: ARM, databricksHost: ws.host },
      endpoints: [
        armEndpoint('ServicePrincipal', {
          serviceprincipalkey: SP_SECRET,
          authenticationType: 'spnKey',
        }),
        systemVss,
      ],
    });
    expect(run.result).toBe('Succeeded');
    expect(run.outputs.userName).toMatch(/\S/);
    for (const secret of [SP_SECRET, ws.token]) expect(printed(run)).not.toContain(secret);
  });
});
