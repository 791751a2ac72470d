import type { Manifest } from './manifest';
import type { Capability } from '../../capability';
import { manifest } from './manifest';
import { applyRelease, planRelease } from './release';
import { releaseSummary } from './report';
import { readSettings } from './settings';

export const releaseBranch: Capability<Manifest> = {
  manifest,
  async main(ctx) {
    const settings = readSettings(ctx.inputs);
    const { backend, defaultRef } = await ctx.gitHosting({
      token: settings.githubToken,
      repositoryPath: settings.repositoryPath,
      signal: ctx.signal,
    });
    const plan = await planRelease(backend, settings, defaultRef);
    const where = backend.where;
    ctx.logger.info(
      `Release ${plan.tag} of ${plan.sha} in ${where} (${plan.versionReason}); previous tag: ${plan.previousTag ?? 'none'}.`,
    );
    const created = plan.branchAction !== 'unchanged' || plan.tagAction !== 'unchanged';
    let releaseUrl: string | undefined;
    if (settings.dryRun) {
      ctx.logger.info(
        `Dry run: branch ${plan.branch} would be ${plan.branchAction === 'unchanged' ? 'left as it is' : plan.branchAction === 'create' ? 'created' : `moved from ${plan.branchFrom?.slice(0, 12)}${plan.branchAction === 'force' ? ' (force)' : ''}`}, tag ${plan.tag} ${plan.tagAction === 'create' ? 'created' : 'left as it is'}. Nothing written.`,
      );
      releaseUrl = undefined;
    } else {
      if (!created)
        ctx.logger.info(
          `${plan.branch} and ${plan.tag} are already at ${plan.sha}: nothing to write.`,
        );
      ({ releaseUrl } = await applyRelease(backend, plan));
      if (plan.branchAction !== 'unchanged')
        ctx.logger.info(`Branch ${plan.branch}: ${plan.branchAction} at ${plan.sha}.`);
      if (plan.tagAction === 'create') ctx.logger.info(`Tag ${plan.tag} created.`);
      if (releaseUrl) ctx.logger.info(`Release: ${releaseUrl}`);
    }
    ctx.logger.info('Release notes:');
    // Commit messages are written by anyone with push access: echoed so they cannot act as log commands.
    ctx.echoUntrusted(plan.notes);
    ctx.outputs.set('version', plan.version);
    ctx.outputs.set('branch', plan.branch);
    ctx.outputs.set('tag', plan.tag);
    ctx.outputs.set('sha', plan.sha);
    ctx.outputs.set('previous-tag', plan.previousTag ?? '');
    ctx.outputs.set('release-url', releaseUrl ?? '');
    ctx.outputs.set('notes', plan.notes);
    ctx.outputs.set('created', !settings.dryRun && created);
    await ctx.summary.append(releaseSummary(plan, { dryRun: settings.dryRun, where, releaseUrl }));
  },
};
