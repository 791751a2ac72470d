import { UserError } from '../../errors';
import { DatabricksError } from '../errors';
import { parseJson } from '../ids';
import { sendWithRetries, type HttpDeps } from '../transport';

/**
 * The job's OIDC ID token from GitHub: `GET $ACTIONS_ID_TOKEN_REQUEST_URL&audience=…` with the
 * request token as bearer. GitHub only sets the two variables when the job has
 * `permissions: id-token: write`.
 */
export async function gitHubIdToken(
  http: HttpDeps,
  settings: { requestUrl?: string; requestToken?: string },
  audience: string,
  mask: (v: string) => void,
  signal?: AbortSignal,
): Promise<string> {
  if (!settings.requestUrl || !settings.requestToken) {
    throw new UserError(
      `GitHub did not provide an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL / ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set). Add 'permissions: id-token: write' (and 'contents: read') to the job or workflow.`,
    );
  }
  const url = new URL(settings.requestUrl);
  url.searchParams.set('audience', audience);
  const requestToken = settings.requestToken;
  const text = await fetchIdToken(
    http,
    'GET',
    url.toString(),
    { Authorization: `Bearer ${requestToken}` },
    'a GitHub OIDC token',
    signal,
  );
  const value = field(text, 'value', 'a GitHub OIDC token');
  mask(value);
  return value;
}

/**
 * The pipeline's OIDC token from Azure DevOps: `POST $SYSTEM_OIDCREQUESTURI?api-version=7.1` with
 * System.AccessToken as bearer; with `serviceConnectionId` the token is the service connection's
 * (subject `sc://org/project/connection`), without it the pipeline's own (`p://org/project/pipeline`).
 */
export async function azureDevOpsIdToken(
  http: HttpDeps,
  settings: { oidcRequestUri?: string; accessToken?: string; serviceConnectionId?: string },
  mask: (v: string) => void,
  signal?: AbortSignal,
): Promise<string> {
  if (!settings.oidcRequestUri) {
    throw new UserError(
      `Azure DevOps did not provide an OIDC request URL (SYSTEM_OIDCREQUESTURI, or SYSTEM_TEAMFOUNDATIONCOLLECTIONURI with SYSTEM_TEAMPROJECTID, SYSTEM_PLANID and SYSTEM_JOBID). Run this step in an Azure Pipelines job.`,
    );
  }
  if (!settings.accessToken) {
    throw new UserError(
      `SYSTEM_ACCESSTOKEN is not set, so the pipeline's OIDC token cannot be requested. Map it in the step: 'env: { SYSTEM_ACCESSTOKEN: $(System.AccessToken) }'.`,
    );
  }
  const url = new URL(settings.oidcRequestUri);
  url.searchParams.set('api-version', '7.1');
  if (settings.serviceConnectionId)
    url.searchParams.set('serviceConnectionId', settings.serviceConnectionId);
  const text = await fetchIdToken(
    http,
    'POST',
    url.toString(),
    {
      Authorization: `Bearer ${settings.accessToken}`,
      'Content-Type': 'application/json',
      // Without it an expired token gets a sign-in page instead of a 401.
      'X-TFS-FedAuthRedirect': 'Suppress',
    },
    'the Azure DevOps OIDC token',
    signal,
  );
  const value = field(text, 'oidcToken', 'the Azure DevOps OIDC token');
  mask(value);
  return value;
}

async function fetchIdToken(
  http: HttpDeps,
  method: 'GET' | 'POST',
  url: string,
  headers: Record<string, string>,
  what: string,
  signal?: AbortSignal,
): Promise<string> {
  try {
    const res = await sendWithRetries(http, {
      method,
      url,
      headers: async () => headers,
      safeToRepeat: true,
      signal,
    });
    return res.text;
  } catch (err) {
    if (err instanceof DatabricksError) {
      throw new UserError(http.redact(`Could not get ${what}: ${err.message}`), { cause: err });
    }
    throw err;
  }
}

function field(text: string, name: string, what: string): string {
  let body: unknown;
  try {
    body = parseJson(text);
  } catch {
    throw new UserError(`Could not get ${what}: the answer was not JSON.`);
  }
  const v = (body as Record<string, unknown> | null)?.[name];
  if (typeof v !== 'string' || v === '')
    throw new UserError(`Could not get ${what}: the answer has no '${name}'.`);
  return v;
}
