import type { CapabilityContext } from '../../../capability';
import type { ReleaseBackend } from '../backend';
import type { ReleaseSettings } from '../settings';

export interface ChosenBackend {
  backend: ReleaseBackend;
  /** The commit to release when `ref` is not set. */
  defaultRef?: string;
}

/**
 * The one place that maps the CI system to where its repository is written. Each backend is
 * required on demand: Octokit and the ADO Git client are large, and only this capability needs them.
 */
export function releaseBackend(ctx: CapabilityContext, settings: ReleaseSettings): ChosenBackend {
  switch (ctx.ci.provider) {
    case 'github': {
      const { githubBackend } = require('./github') as typeof import('./github');
      return {
        backend: githubBackend(ctx.ci, settings.githubToken, ctx.signal),
        defaultRef: ctx.ci.sha,
      };
    }
    case 'azure-devops': {
      const { azureDevOpsBackend } = require('./azure-devops') as typeof import('./azure-devops');
      return {
        backend: azureDevOpsBackend(ctx.ci, ctx.connectionDefaults.systemAccessToken),
        defaultRef: ctx.ci.sha,
      };
    }
    case 'cli': {
      const { localGitBackend } = require('./local-git') as typeof import('./local-git');
      return {
        backend: localGitBackend(settings.repositoryPath, ctx.env, ctx.signal),
        defaultRef: 'HEAD',
      };
    }
  }
}
