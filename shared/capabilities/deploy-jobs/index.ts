import type { Manifest } from './manifest';
import * as path from 'path';
import type { Capability, CapabilityContext, CapabilityResult } from '../../capability';
import { connect } from '../../connect';
import { DatabricksError, type DatabricksClient } from '../../databricks';
import { UserError, errorMessage, inputRef } from '../../errors';
import { defaultReportKey } from '../../report/pr-comment';
import { buildGitSource } from '../../code-source/git-source';
import { openBundle, resolveBundle } from './bundle';
import { readGitInfo, type GitInfo } from './git-info';
import { applyGrants, planGrants, type GrantPlan } from './grants';
import { readJobsFolder } from './jobs-folder';
import { manifest } from './manifest';
import { resolveLookups } from './lookup';
import type { Definition, Deployment, ResolveContext } from './model';
import {
  TAGS,
  jobRefs,
  planJobs,
  resolveIds,
  withIdentity,
  writeOrder,
  type ExistingJob,
  type PlanItem,
} from './plan';
import { planLines, renderSummary, type DeployReport, type PlanEntry } from './report';
import { readSettings, type DeploySettings } from './settings';
import { syncFiles, type SyncResult } from './sync';
import { at, type Json } from './yaml-source';

export const deployJobs: Capability<Manifest> = {
  manifest,
  async main(ctx) {
    const s = readSettings(ctx.inputs);
    const opened = s.from.kind === 'bundle' ? openBundle(s.from.dir, s.target) : undefined;
    const { client } = connect(ctx);
    if (opened?.host && normaliseHost(opened.host) !== normaliseHost(client.host))
      throw new UserError(
        `Target ${opened.target} of bundle ${opened.name} deploys to ${opened.host} (its workspace.host), but the connection is to ${client.host}. Nothing was deployed: connect to ${opened.host}, or choose the target meant for ${client.host} with ${inputRef('target')}.`,
      );
    const user = await client.currentUser(ctx.signal);
    const git = readGitInfo(s.from.dir, ctx.ci);
    const deployment = await load(s, opened, user.userName, git, ctx, client);
    return deploy(ctx, s, client, deployment, git);
  },
};

function normaliseHost(h: string): string {
  try {
    const u = new URL(/^[a-z]+:\/\//i.test(h) ? h : `https://${h}`);
    return `${u.protocol}//${u.host}`.toLowerCase();
  } catch {
    return h.toLowerCase().replace(/\/+$/, '');
  }
}

async function load(
  s: DeploySettings,
  opened: ReturnType<typeof openBundle> | undefined,
  userName: string,
  git: GitInfo,
  ctx: CapabilityContext<Manifest>,
  client: DatabricksClient,
): Promise<Deployment> {
  const resolveCtx: ResolveContext = {
    userName,
    git,
    variables: s.variables,
    env: ctx.env,
    source: s.source,
    gitRoot: git.root,
  };
  if (opened) {
    resolveCtx.lookedUp = await resolveLookups(opened, resolveCtx, client, ctx.signal);
    return resolveBundle(opened, resolveCtx);
  }
  const name =
    s.deploymentName ??
    ctx.ci.repository
      ?.split('/')
      .pop()
      ?.replace(/[^A-Za-z0-9_.-]+/g, '-') ??
    path.basename(path.resolve(s.from.dir));
  return readJobsFolder(
    s.from.dir,
    { name, target: s.target ?? 'default', syncRoot: process.cwd() },
    resolveCtx,
  );
}

/** Every job carrying this deployment's tags, grouped by definition key, oldest first. */
async function managedJobs(
  client: DatabricksClient,
  d: Deployment,
  signal: AbortSignal,
): Promise<Map<string, ExistingJob[]>> {
  const out = new Map<string, ExistingJob[]>();
  let pageToken: string | undefined;
  for (let page = 0; page < 10_000; page++) {
    const res = await client.jobs.list({ limit: 100, pageToken, signal });
    for (const job of res.jobs) {
      const tags = job.settings?.tags ?? {};
      if (tags[TAGS.bundle] !== d.name || tags[TAGS.target] !== d.target) continue;
      const key = tags[TAGS.key];
      if (!key) continue;
      const full = await client.jobs.get(job.job_id, signal);
      const list = out.get(key) ?? [];
      list.push({ jobId: String(job.job_id), settings: (full.settings ?? {}) as Json });
      out.set(key, list);
    }
    if (!res.has_more || !res.next_page_token) break;
    pageToken = res.next_page_token;
  }
  return out;
}

function gitSourceFor(
  s: DeploySettings,
  ctx: CapabilityContext<Manifest>,
  git: GitInfo,
): Json | undefined {
  if (s.source !== 'git') return undefined;
  const ci = {
    ...ctx.ci,
    repositoryUrl: ctx.ci.repositoryUrl ?? git.origin_url,
    sha: ctx.ci.sha ?? git.commit,
  };
  const source = buildGitSource(ci, {
    gitUrl: s.gitUrl,
    gitRef: s.gitRef,
    gitProvider: s.gitProvider,
  });
  if (!source)
    throw new UserError(
      `${inputRef('source')} is git but there is no repository URL to point the jobs at: set ${inputRef('git-url')} and ${inputRef('git-ref')}.`,
    );
  return source as unknown as Json;
}

async function deploy(
  ctx: CapabilityContext<Manifest>,
  s: DeploySettings,
  client: DatabricksClient,
  d: Deployment,
  git: GitInfo,
): Promise<CapabilityResult | void> {
  const log = ctx.logger;
  const signal = ctx.signal;
  const modelAcl = d.definitions.filter(
    (x) => x.kind === 'registered_models' && x.permissions.length > 0,
  );
  if (modelAcl.length)
    d.warnings.push(
      `permissions of ${modelAcl.map((x) => `registered model ${x.key}`).join(', ')} are not applied: a Unity Catalog model takes grants (principal and privileges) instead.`,
    );
  for (const w of d.warnings) log.warning(w);
  const gitSource = gitSourceFor(s, ctx, git);
  const jobs = d.definitions.filter((x) => x.kind === 'jobs');
  const jobSettings = new Map<string, Json>(
    jobs.map((j) => [
      j.key,
      gitSource && !j.settings.git_source ? { ...j.settings, git_source: gitSource } : j.settings,
    ]),
  );
  const existing = await managedJobs(client, d, signal);
  const ids = new Map<string, string>();
  for (const [key, list] of existing) ids.set(key, list[0].jobId);
  const desired = (key: string) =>
    withIdentity(resolveIds(jobSettings.get(key), ids) as Json, {
      bundle: d.name,
      target: d.target,
      key,
    });
  const { items, stale } = planJobs(
    jobs.map((j) => ({ key: j.key, settings: desired(j.key), where: at(j.file, j.keys) })),
    existing,
    s.prune,
  );
  for (const st of stale)
    log.warning(
      `Job ${st.jobId} "${st.name}" (key ${st.key}) was deployed by ${d.name}/${d.target} but has no definition now (or is a duplicate); set ${inputRef('prune')} to true to delete it.`,
    );
  const others = await planOthers(
    client,
    d.definitions.filter((x) => x.kind !== 'jobs'),
    signal,
  );
  const entries: PlanEntry[] = [...items, ...others].map((i) => ({ ...i }));
  const grants = await planGrants(client, entries, d.definitions, signal);

  log.info(`Plan for ${d.name} → ${d.target} on ${client.host}:`);
  for (const line of planLines(entries)) log.info(line);

  let files: SyncResult | undefined;
  const needsFiles = s.source === 'workspace' && jobs.length > 0;
  if (needsFiles) {
    files = await syncFiles(client, d.syncRoot, d.filePath, d.statePath, {
      dryRun: s.dryRun,
      only: d.syncOnly,
      signal,
    });
    log.info(
      `Files ${s.dryRun ? 'to upload' : 'uploaded'} to ${d.filePath}: ${files.written.length} written, ${files.deleted.length} deleted, ${files.unchanged} unchanged.`,
    );
  }

  if (!s.dryRun) await apply(ctx, client, entries, desired, ids, d, grants);
  const report: DeployReport = {
    deployment: d.name,
    target: d.target,
    host: client.host,
    dryRun: s.dryRun,
    source: s.source === 'git' ? `git ${describeGit(gitSource)}` : `the workspace (${d.filePath})`,
    entries,
    files: files && {
      written: files.written.length,
      deleted: files.deleted.length,
      unchanged: files.unchanged,
    },
    warnings: d.warnings,
  };
  const keysOf = (a: string) => entries.filter((e) => e.action === a).map((e) => e.key);
  ctx.outputs.set('plan', entries);
  ctx.outputs.set(
    'job-ids',
    Object.fromEntries(
      entries
        .filter((e) => e.kind === 'jobs' && e.id && e.action !== 'delete')
        .map((e) => [e.key, e.id]),
    ),
  );
  ctx.outputs.set('created', keysOf('create'));
  ctx.outputs.set('updated', keysOf('update'));
  ctx.outputs.set('deleted', keysOf('delete'));
  ctx.outputs.set('unchanged', keysOf('unchanged'));
  ctx.outputs.set('failed', keysOf('failed'));
  await ctx.summary.append(renderSummary(report));
  if (s.prComment && ctx.ci.pullRequest !== undefined)
    await ctx.prReport.upsert(renderSummary({ ...report, prView: true }), {
      key: s.reportKey ?? `${defaultReportKey(ctx.ci, manifest.name)}/${d.name}/${d.target}`,
      token: s.token,
      resolved: !entries.some((e) => e.action === 'failed'),
    });
  const failed = entries.filter((e) => e.action === 'failed');
  if (failed.length)
    return {
      outcome: 'failed',
      message: `${failed.length} of ${entries.length} resources failed to deploy: ${failed.map((f) => f.key).join(', ')}. The others were deployed; a re-run retries the failed ones.`,
    };
  if (s.dryRun) log.info('Dry run: nothing was written.');
}

function describeGit(g: Json | undefined): string {
  if (!g) return '';
  const at = g.git_commit
    ? `commit ${String(g.git_commit).slice(0, 12)}`
    : g.git_tag
      ? `tag ${String(g.git_tag)}`
      : `branch ${String(g.git_branch)}`;
  return `${String(g.git_url)} at ${at}`;
}

async function planOthers(
  client: DatabricksClient,
  defs: Definition[],
  signal: AbortSignal,
): Promise<PlanItem[]> {
  const out: PlanItem[] = [];
  for (const def of defs) {
    const where = at(def.file, def.keys);
    if (def.kind === 'experiments') {
      const name = String(def.settings.name);
      const found = await client.mlflow.getExperimentByName(name, signal);
      out.push({
        kind: 'experiments',
        key: def.key,
        name,
        where,
        action: found ? 'unchanged' : 'create',
        id: found?.experiment_id,
        changes: [],
      });
    } else {
      const st = def.settings;
      const full = `${String(st.catalog_name)}.${String(st.schema_name)}.${String(st.name)}`;
      const found = await client.unityCatalog.tryGetModel(full, signal);
      const comment = typeof st.comment === 'string' ? st.comment : undefined;
      const changes =
        found && comment !== undefined && (found.comment ?? '') !== comment
          ? [{ path: 'comment', before: found.comment, after: comment }]
          : [];
      out.push({
        kind: 'registered_models',
        key: def.key,
        name: full,
        where,
        action: !found ? 'create' : changes.length ? 'update' : 'unchanged',
        id: found ? full : undefined,
        changes,
      });
    }
  }
  return out;
}

/** Writes what the plan says; one failure does not stop the others. */
async function apply(
  ctx: CapabilityContext<Manifest>,
  client: DatabricksClient,
  entries: PlanEntry[],
  desired: (key: string) => Json,
  ids: Map<string, string>,
  d: Deployment,
  grants: GrantPlan,
): Promise<void> {
  const signal = ctx.signal;
  const grant = async (e: PlanEntry) => {
    const privileges = grants.ucMissing.get(e);
    if (privileges && e.id) {
      await client.unityCatalog.addModelGrants(e.id, privileges, signal);
      for (const g of privileges)
        ctx.logger.info(
          `Granted ${g.privileges.join(', ')} on registered model ${e.name} to ${g.principal}.`,
        );
    }
    const missing = grants.missing.get(e);
    if (!missing || !e.id) return;
    await applyGrants(client, e, missing, signal);
    ctx.logger.info(
      `Granted ${missing.map((m) => m.level).join(', ')} on ${e.kind === 'jobs' ? 'job' : 'experiment'} ${e.key}.`,
    );
  };
  const fail = (e: PlanEntry, err: unknown) => {
    if (!(err instanceof DatabricksError || err instanceof UserError)) throw err;
    e.planned = e.action as PlanItem['action'];
    e.action = 'failed';
    e.error = errorMessage(err).split('\n')[0];
    ctx.logger.error(
      `${e.kind === 'jobs' ? 'Job' : 'Resource'} ${e.key}: ${e.planned} failed: ${e.error}`,
    );
  };
  // Models and experiments first: jobs name them.
  for (const e of entries.filter((x) => x.kind !== 'jobs' && x.action !== 'unchanged')) {
    const def = d.definitions.find((x) => x.kind === e.kind && x.key === e.key) as Definition;
    try {
      if (e.kind === 'experiments') {
        if (e.action === 'create') {
          const res = await client.mlflow.createExperiment({ name: e.name }, signal);
          e.id = res.experiment_id;
        }
        await grant(e);
      } else if (e.action === 'create') {
        const st = def.settings;
        await client.unityCatalog.createModel(
          {
            catalog_name: String(st.catalog_name),
            schema_name: String(st.schema_name),
            name: String(st.name),
            comment: typeof st.comment === 'string' ? st.comment : undefined,
          },
          signal,
        );
        e.id = e.name;
        ctx.logger.info(`Created registered model ${e.name}.`);
        await grant(e);
      } else {
        if (e.changes.some((c) => c.path === 'comment')) {
          await client.unityCatalog.updateModelComment(
            e.name,
            String(def.settings.comment),
            signal,
          );
          ctx.logger.info(`Updated registered model ${e.name}.`);
        }
        await grant(e);
      }
      if (e.kind === 'experiments' && e.action === 'create')
        ctx.logger.info(`Created experiment ${e.name}.`);
    } catch (err) {
      fail(e, err);
    }
  }
  const jobEntries = new Map(
    entries.filter((e) => e.kind === 'jobs' && e.action !== 'delete').map((e) => [e.key, e]),
  );
  const failedKeys = new Set<string>();
  for (const key of writeOrder(
    [...jobEntries.keys()].map((k) => ({ key: k, settings: desired(k) })),
  )) {
    const e = jobEntries.get(key) as PlanEntry;
    const settings = desired(key);
    const missing = jobRefs(settings);
    if (missing.length) {
      failedKeys.add(key);
      fail(
        e,
        new UserError(
          `it refers to job${missing.length > 1 ? 's' : ''} ${missing.join(', ')}, which ${failedKeys.has(missing[0]) ? 'failed to deploy' : 'this deployment does not define'}.`,
        ),
      );
      continue;
    }
    if (e.action === 'unchanged') continue;
    try {
      if (e.action === 'create') {
        const res = await client.jobs.create(settings, signal);
        e.id = String(res.job_id);
        ids.set(key, e.id);
        ctx.logger.info(`Created job ${key} "${e.name}": ${e.id}.`);
      } else if (!grants.grantsOnly.has(e)) {
        await client.jobs.reset(e.id as string, settings, signal);
        ctx.logger.info(`Updated job ${key} "${e.name}" (${e.id}).`);
      }
      await grant(e);
    } catch (err) {
      failedKeys.add(key);
      fail(e, err);
    }
  }
  for (const e of entries.filter((x) => x.action === 'delete')) {
    try {
      await client.jobs.delete(e.id as string, signal);
      ctx.logger.info(`Deleted job ${e.key} "${e.name}" (${e.id}).`);
    } catch (err) {
      fail(e, err);
    }
  }
}
