import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as tl from 'azure-pipelines-task-lib/task';
import type { SourceLocation } from '../logger';
import type { CiContext, Host, Outcome } from './host';

/** The ADO service connection input every Databricks task declares. */
export const CONNECTION_INPUT = 'databricksConnection';
/** The Azure Resource Manager service connection input. */
export const ARM_INPUT = 'azureSubscription';

/** ARM connections' `environment` → Entra ID authority (the public cloud needs none). */
const ARM_AUTHORITIES: Readonly<Record<string, string>> = {
  azureusgovernment: 'https://login.microsoftonline.us',
  azurechinacloud: 'https://login.chinacloudapi.cn',
};

/**
 * The Entra ID settings of an Azure Resource Manager service connection: workload identity
 * federation (the pipeline's OIDC token for that connection as the client assertion) or a
 * service principal secret. Certificates and managed identities are refused with the fix.
 */
function armConnection(id: string | undefined): Record<string, string | undefined> | undefined {
  if (!id) return undefined;
  const scheme = (tl.getEndpointAuthorizationScheme(id, true) ?? '').toLowerCase();
  const param = (key: string) => endpointParameter(id, key);
  const environment = (tl.getEndpointDataParameter(id, 'environment', true) ?? '').toLowerCase();
  const authority =
    tl.getEndpointDataParameter(id, 'environmentAuthorityUrl', true)?.replace(/\/+$/, '') ||
    ARM_AUTHORITIES[environment];
  const common = {
    azureTenantId: param('tenantid'),
    azureClientId: param('serviceprincipalid'),
    azureAuthorityHost: authority || undefined,
  };
  if (scheme === 'workloadidentityfederation')
    return { ...common, authType: 'azure-devops-oidc-azure', azureDevOpsServiceConnectionId: id };
  if (scheme === 'serviceprincipal' && param('authenticationType') !== 'spnCertificate')
    return {
      ...common,
      authType: 'azure-client-secret',
      azureClientSecret: param('serviceprincipalkey'),
    };
  // Read before the capability runs, where an error would not be reported cleanly: a warning,
  // then the missing credentials fail the step with the settings to give.
  tl.warning(
    `Input '${ARM_INPUT}' is an Azure Resource Manager connection that authenticates with ${scheme || 'an unknown scheme'}${scheme === 'serviceprincipal' ? ' and a certificate' : ''}, which the tasks cannot use. Use a connection with workload identity federation (recommended) or a service principal secret.`,
  );
  return undefined;
}

/**
 * A service connection's credential. task-lib's `getEndpointAuthorizationParameter` writes the
 * value to the debug stream before anyone can mask it; the whole authorization object (which
 * the agent always sets) is read without echoing its values.
 */
function endpointParameter(id: string, key: string): string | undefined {
  const auth = tl.getEndpointAuthorization(id, true);
  if (auth) {
    const found = Object.entries(auth.parameters ?? {}).find(
      ([k]) => k.toLowerCase() === key.toLowerCase(),
    );
    return found?.[1] || undefined;
  }
  // Only the task-lib's mock runner sets the parameters alone.
  return tl.getEndpointAuthorizationParameter(id, key, true) || undefined;
}

/** The Azure DevOps agent, through azure-pipelines-task-lib 5.x. */
export class AzureDevOpsHost implements Host {
  readonly kind = 'azure-devops' as const;
  private summary = '';

  /**
   * `pathInputs`: the ADO names of `filePath` inputs. The agent hands an empty one over as the
   * repository root, so the root reads as unset there (task-lib's `filePathSupplied`).
   */
  constructor(
    readonly env: Readonly<Record<string, string | undefined>> = process.env,
    private readonly pathInputs: readonly string[] = [],
  ) {}

  inputLabel(_name: string, adoName: string): string {
    return `'${adoName}'`;
  }

  getInput(_name: string, adoName: string): string | undefined {
    const value = tl.getInput(adoName, false);
    if (value === undefined || value === '') return undefined;
    if (this.pathInputs.includes(adoName) && !tl.filePathSupplied(adoName)) return undefined;
    return value;
  }

  setOutput(_name: string, adoName: string, value: string): void {
    tl.setVariable(adoName, value, false, true);
  }

  setSecret(value: string): void {
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
    fs.writeFileSync(file, this.summary);
    tl.uploadSummary(file);
    this.summary = '';
  }

  saveState(key: string, value: string): void {
    tl.setTaskVariable(key, value);
  }

  getState(key: string): string | undefined {
    return tl.getTaskVariable(key) || undefined;
  }

  setOutcome(outcome: Outcome, message?: string): void {
    this.uploadSummary();
    if (outcome === 'failed') tl.setResult(tl.TaskResult.Failed, message ?? 'Failed.');
    else if (outcome === 'succeededWithIssues')
      tl.setResult(tl.TaskResult.SucceededWithIssues, message ?? 'Succeeded with issues.');
    else tl.setResult(tl.TaskResult.Succeeded, message ?? '');
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
    const systemAccessToken = endpointParameter('SystemVssConnection', 'AccessToken');
    if (systemAccessToken) tl.setSecret(systemAccessToken);
    const arm = armConnection(tl.getInput(ARM_INPUT, false));
    const id = tl.getInput(CONNECTION_INPUT, false);
    if (!id) return { systemAccessToken, ...arm };
    const scheme = (tl.getEndpointAuthorizationScheme(id, true) ?? '').toLowerCase();
    const param = (key: string) => endpointParameter(id, key);
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
    if (!arm) return out;
    // The Azure connection authenticates; the Databricks connection only names the workspace.
    return { host: out.host, systemAccessToken, ...arm };
  }

  echoUntrusted(text: string): void {
    tl.writeExternalOutput(text.endsWith('\n') ? text : `${text}\n`, { source: 'remote' });
  }

  publishTestResults(files: string[], title: string): void {
    if (files.length === 0) return;
    new tl.TestPublisher('JUnit').publish(files, 'true', '', '', title, 'true');
  }

  debug(message: string): void {
    tl.debug(message);
  }
  info(message: string): void {
    console.log(message);
  }
  warning(message: string, location?: SourceLocation): void {
    tl.logIssue(tl.IssueType.Warning, message, location?.file, location?.line, location?.column);
  }
  error(message: string, location?: SourceLocation): void {
    tl.logIssue(tl.IssueType.Error, message, location?.file, location?.line, location?.column);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    console.log(`##[group]${name}`);
    try {
      return await fn();
    } finally {
      console.log('##[endgroup]');
    }
  }
}
