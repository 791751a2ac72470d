import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as tl from 'azure-pipelines-task-lib/task';
import * as tlInternal from 'azure-pipelines-task-lib/internal';
import type { Logger, SourceLocation } from '../logger';
import { azureDevOpsApprovers } from './ado-approvals';
import type { GitHosting } from '../git-hosting';
import type { InputSpec } from '../manifest';
import { azureDevOpsPrReport, type PrReportBackend } from '../report/pr-comment';
import type { CiContext, Host, Outcome, TestResultFormat } from './host';
import { neutralise, oneLine } from './neutralise';
import { redactSecrets, registerSecret } from './secrets';

/** Every line we print: secrets redacted, and no `##vso[` or `##[` marker left to act. */
function safe(text: string): string {
  return neutralise(redactSecrets(text), ['azure-devops']);
}

/**
 * The task-lib's own readers (`getInput`, `getEndpointAuthorizationParameter`) write
 * `name=value` to the debug stream before the caller can register the value as a secret, so with
 * `System.Debug` on a token reaches the log. We read the same store without that line; every
 * value is registered or printed by us afterwards, redacted.
 */
function readQuietly(key: string): string | undefined {
  return tlInternal._vault.retrieveSecret(key) || undefined;
}

/**
 * A service connection's credential, read without the task-lib's debug echo: the agent sets the
 * whole authorization object (`ENDPOINT_AUTH_<id>`, JSON); the task-lib's mock runner sets each
 * parameter alone (`ENDPOINT_AUTH_PARAMETER_<id>_<KEY>`). A malformed object is never quoted.
 */
function endpointParameter(id: string, key: string): string | undefined {
  const whole = readQuietly(`ENDPOINT_AUTH_${id}`);
  if (whole) {
    try {
      const auth = JSON.parse(whole) as { parameters?: Record<string, string> };
      const found = Object.entries(auth.parameters ?? {}).find(
        ([k]) => k.toLowerCase() === key.toLowerCase(),
      );
      if (found?.[1]) return found[1];
    } catch {
      // Not JSON: fall through to the per-parameter form.
    }
  }
  return readQuietly(`ENDPOINT_AUTH_PARAMETER_${id}_${key.toUpperCase()}`);
}

/** The service connection parameters that are credentials. */
const SECRET_PARAMETERS = new Set(['accesstoken', 'apitoken', 'password', 'serviceprincipalkey']);

/** The ADO service connection input every Databricks task declares. */
export const CONNECTION_INPUT = 'databricksConnection';
/** The Azure Resource Manager service connection input. */
export const ARM_INPUT = 'azureSubscription';

/** ARM connections' `environment` → Entra ID authority (the public cloud needs none). */
const ARM_AUTHORITIES: Readonly<Record<string, string>> = {
  azureusgovernment: 'https://login.microsoftonline.us',
  azurechinacloud: 'https://login.chinacloudapi.cn',
};

/** The Azure DevOps agent, through azure-pipelines-task-lib 5.x. */
/** The test run types the agent's results publisher takes, per format. */
const ADO_RESULT_TYPES: Record<TestResultFormat, string> = {
  junit: 'JUnit',
  trx: 'VSTest',
  nunit: 'NUnit',
  xunit: 'XUnit',
};

export class AzureDevOpsHost implements Host {
  readonly kind = 'azure-devops' as const;
  private summary = '';

  constructor(readonly env: Readonly<Record<string, string | undefined>> = process.env) {}

  inputLabel(_name: string, adoName: string): string {
    return `'${adoName}'`;
  }

  getInput(_name: string, spec: InputSpec): string | undefined {
    const value = this.readInput(spec.ado);
    // The agent hands an empty file picker over as the repository root: that is "not set".
    if (value !== undefined && spec.path && path.resolve(value) === this.repositoryRoot())
      return undefined;
    return value;
  }

  private repositoryRoot(): string {
    return path.resolve(
      tl.getVariable('Build.SourcesDirectory') ||
        tl.getVariable('System.DefaultWorkingDirectory') ||
        '\u0000',
    );
  }

  private readInput(adoName: string): string | undefined {
    return readQuietly(`INPUT_${tlInternal._getVariableKey(adoName)}`);
  }

  setOutput(_name: string, adoName: string, value: string): void {
    tl.setVariable(adoName, redactSecrets(value), false, true);
  }

  setSecret(value: string): void {
    registerSecret(value);
    tl.setSecret(value);
  }

  async appendSummary(markdown: string): Promise<void> {
    // One uploaded section per task: collected here, uploaded once when the outcome is set.
    this.summary += markdown.endsWith('\n') ? markdown : `${markdown}\n`;
  }

  private uploadSummary(): void {
    if (!this.summary) return;
    const dir =
      this.env.AGENT_TEMPDIRECTORY ?? tl.getVariable('Agent.TempDirectory') ?? os.tmpdir();
    const file = path.join(dir, `databricks-mlops-summary-${process.pid}-${Date.now()}.md`);
    fs.writeFileSync(file, redactSecrets(this.summary));
    tl.uploadSummary(file);
    this.summary = '';
  }

  saveState(key: string, value: string): void {
    tl.setTaskVariable(key, redactSecrets(value));
  }

  getState(key: string): string | undefined {
    return tl.getTaskVariable(key) || undefined;
  }

  setOutcome(outcome: Outcome, message?: string): void {
    this.uploadSummary();
    if (outcome === 'failed') tl.setResult(tl.TaskResult.Failed, safe(message ?? 'Failed.'));
    else if (outcome === 'succeededWithIssues')
      tl.setResult(tl.TaskResult.SucceededWithIssues, safe(message ?? 'Succeeded with issues.'));
    else tl.setResult(tl.TaskResult.Succeeded, safe(message ?? ''));
  }

  ci(): CiContext {
    const v = (name: string) => tl.getVariable(name) || undefined;
    const collection = v('System.CollectionUri')?.replace(/\/+$/, '');
    const project = v('System.TeamProject');
    const buildId = v('Build.BuildId');
    const pr = v('System.PullRequest.PullRequestNumber') ?? v('System.PullRequest.PullRequestId');
    return {
      provider: 'azure-devops',
      runId: buildId,
      attempt: v('System.JobAttempt'),
      job: v('System.JobId') ?? v('System.JobName'),
      step: v('System.TaskInstanceId'),
      workflow: v('Build.DefinitionName'),
      repository: v('Build.Repository.Name'),
      repositoryUrl: v('Build.Repository.Uri'),
      gitProvider: v('Build.Repository.Provider'),
      sha: v('System.PullRequest.SourceCommitId') ?? v('Build.SourceVersion'),
      ref: v('System.PullRequest.SourceBranch') ?? v('Build.SourceBranch'),
      pullRequest: pr ? Number(pr) : undefined,
      serverUrl: collection,
      project,
      runUrl:
        collection && project && buildId
          ? `${collection}/${encodeURIComponent(project)}/_build/results?buildId=${buildId}`
          : undefined,
      event: v('Build.Reason'),
      actor: v('Build.RequestedForEmail') ?? v('Build.RequestedFor'),
    };
  }

  connectionDefaults(): Record<string, string | undefined> {
    // The job's own token (for PR threads, test runs): available without mapping System.AccessToken.
    // Credentials are masked at once; ids (client id, tenant) are not secrets and stay readable.
    const authParam = (id: string, key: string) => {
      const value = endpointParameter(id, key);
      if (value && SECRET_PARAMETERS.has(key.toLowerCase())) this.setSecret(value);
      return value;
    };
    const systemAccessToken = authParam('SystemVssConnection', 'AccessToken');
    const arm = this.armConnection(this.readInput(ARM_INPUT), authParam);
    const id = this.readInput(CONNECTION_INPUT);
    if (!id) return { systemAccessToken, ...arm };
    const scheme = (tl.getEndpointAuthorizationScheme(id, true) ?? '').toLowerCase();
    const param = (key: string) => authParam(id, key);
    const out: Record<string, string | undefined> = {
      host: tl.getEndpointUrl(id, true) || undefined,
    };
    if (scheme === 'usernamepassword') {
      // Service principal: application id as user name, OAuth secret as password.
      out.clientId = param('username');
      out.clientSecret = param('password');
      out.authType = 'oauth-m2m';
    } else {
      out.token = param('apitoken');
    }
    // An ARM connection replaces the Databricks connection's credentials, not its URL.
    if (arm) {
      delete out.token;
      delete out.clientId;
      delete out.clientSecret;
      delete out.authType;
    }
    return { ...out, systemAccessToken, ...arm };
  }

  /**
   * The Entra ID settings of an Azure Resource Manager service connection: workload identity
   * federation (the pipeline's OIDC token for that connection as the client assertion) or a
   * service principal secret. Certificates and managed identities get a warning with the fix.
   */
  private armConnection(
    id: string | undefined,
    param: (id: string, key: string) => string | undefined,
  ): Record<string, string | undefined> | undefined {
    if (!id) return undefined;
    const scheme = (tl.getEndpointAuthorizationScheme(id, true) ?? '').toLowerCase();
    const environment = (tl.getEndpointDataParameter(id, 'environment', true) ?? '').toLowerCase();
    const authority =
      tl.getEndpointDataParameter(id, 'environmentAuthorityUrl', true)?.replace(/\/+$/, '') ||
      ARM_AUTHORITIES[environment];
    const common = {
      azureTenantId: param(id, 'tenantid'),
      azureClientId: param(id, 'serviceprincipalid'),
      azureAuthorityHost: authority || undefined,
    };
    if (scheme === 'workloadidentityfederation')
      return { ...common, authType: 'azure-devops-oidc-azure', azureDevOpsServiceConnectionId: id };
    if (scheme === 'serviceprincipal' && param(id, 'authenticationType') !== 'spnCertificate')
      return {
        ...common,
        authType: 'azure-client-secret',
        azureClientSecret: param(id, 'serviceprincipalkey'),
      };
    this.warning(
      `Input '${ARM_INPUT}' is an Azure Resource Manager connection that authenticates with ${scheme || 'an unknown scheme'}${scheme === 'serviceprincipal' ? ' and a certificate' : ''}, which the tasks cannot use. Use a connection with workload identity federation (recommended) or a service principal secret.`,
    );
    return undefined;
  }

  echoUntrusted(text: string): void {
    // The task-lib's filter breaks `##vso[` only; `safe` also breaks the `##[error]`-style lines.
    const body = safe(text);
    tl.writeExternalOutput(body.endsWith('\n') ? body : `${body}\n`, { source: 'remote' });
  }

  workspaceDir(): string {
    return path.resolve(tl.getVariable('Build.SourcesDirectory') || process.cwd());
  }

  tempDir(): string {
    return this.env.AGENT_TEMPDIRECTORY || tl.getVariable('Agent.TempDirectory') || os.tmpdir();
  }

  ciToken(): string | undefined {
    // The job's own token, whatever the capability was given: PR threads and test runs need it.
    const token = this.connectionDefaults().systemAccessToken || this.env.SYSTEM_ACCESSTOKEN;
    if (token) this.setSecret(token);
    return token || undefined;
  }

  async gitHosting(): Promise<GitHosting> {
    const { azureDevOpsBackend } = await import('./git-hosting/azure-devops');
    return {
      backend: await azureDevOpsBackend(this.ci(), this.ciToken()),
      defaultRef: this.ci().sha,
    };
  }

  approvers(_token: string | undefined, logger: Logger): Promise<string[]> {
    return azureDevOpsApprovers(this.ci(), this.ciToken(), logger);
  }

  prReportBackend(): PrReportBackend {
    return azureDevOpsPrReport;
  }

  async uploadArtifact(name: string, folder: string): Promise<{ url?: string }> {
    // The agent uploads the folder as a build artifact when it reads the command (task-lib escapes
    // the name's `;` and `]`, so it cannot end the command early).
    tl.uploadArtifact(name, folder, name);
    const runUrl = this.ci().runUrl;
    return { url: runUrl ? `${runUrl}&view=artifacts` : undefined };
  }

  publishTestResults(files: string[], title: string, format: TestResultFormat = 'junit'): void {
    if (files.length === 0) return;
    new tl.TestPublisher(ADO_RESULT_TYPES[format]).publish(files, 'true', '', '', title, 'true');
  }

  debug(message: string): void {
    tl.debug(safe(message));
  }
  info(message: string): void {
    console.log(safe(message));
  }
  warning(message: string, location?: SourceLocation): void {
    tl.logIssue(
      tl.IssueType.Warning,
      safe(message),
      file(location),
      location?.line,
      location?.column,
    );
  }
  error(message: string, location?: SourceLocation): void {
    tl.logIssue(
      tl.IssueType.Error,
      safe(message),
      file(location),
      location?.line,
      location?.column,
    );
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    // Our own marker: the title after it must stay on its line.
    console.log(`##[group]${safe(oneLine(name))}`);
    try {
      return await fn();
    } finally {
      console.log('##[endgroup]');
    }
  }
}

function file(location?: SourceLocation): string | undefined {
  return location?.file === undefined ? undefined : safe(location.file);
}
