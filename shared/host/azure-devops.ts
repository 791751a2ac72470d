import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as tl from 'azure-pipelines-task-lib/task';
import type { SourceLocation } from '../logger';
import type { CiContext, Host, Outcome } from './host';

/** The ADO service connection input every Databricks task declares. */
export const CONNECTION_INPUT = 'databricksConnection';

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
    const id = tl.getInput(CONNECTION_INPUT, false);
    if (!id) return { systemAccessToken };
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
    return out;
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
