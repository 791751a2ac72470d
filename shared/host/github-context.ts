import * as fs from 'fs';
import type { CiContext } from './host';

interface GithubEvent {
  pull_request?: {
    number?: number;
    head?: { sha?: string; ref?: string; repo?: { full_name?: string } | null };
  };
  number?: number;
  workflow_run?: {
    head_sha?: string;
    event?: string;
    head_repository?: { full_name?: string } | null;
  };
}

/**
 * The CI identity from the runner's environment and event payload. Read directly rather than
 * through @actions/github, whose octokit would triple the bundle for two fields.
 */
export function githubContext(env: Readonly<Record<string, string | undefined>>): CiContext {
  let event: GithubEvent = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as GithubEvent;
    } catch {
      event = {};
    }
  }
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY;
  const pr = event.pull_request;
  const runId = env.GITHUB_RUN_ID;
  return {
    provider: 'github',
    runId,
    attempt: env.GITHUB_RUN_ATTEMPT,
    job: env.GITHUB_JOB,
    step: env.GITHUB_ACTION,
    workflow: env.GITHUB_WORKFLOW,
    repository,
    repositoryUrl: repository ? `${serverUrl}/${repository}` : undefined,
    gitProvider: /^https:\/\/github\.com$/i.test(serverUrl) ? 'gitHub' : 'gitHubEnterprise',
    // On pull requests GITHUB_SHA is a synthetic merge commit; the code under review is the head.
    sha: pr?.head?.sha ?? env.GITHUB_SHA,
    ref: pr?.head?.ref ?? env.GITHUB_REF,
    pullRequest: pr?.number ?? event.number,
    workflowRun: event.workflow_run && {
      headSha: event.workflow_run.head_sha,
      headRepository:
        event.workflow_run.head_repository === null
          ? null
          : event.workflow_run.head_repository?.full_name,
      event: event.workflow_run.event,
    },
    // A deleted fork's payload has `repo: null`.
    headRepository: pr?.head ? (pr.head.repo === null ? null : pr.head.repo?.full_name) : undefined,
    serverUrl,
    apiUrl:
      env.GITHUB_API_URL ??
      (serverUrl === 'https://github.com' ? 'https://api.github.com' : `${serverUrl}/api/v3`),
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
    event: env.GITHUB_EVENT_NAME,
    actor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || undefined,
  };
}
