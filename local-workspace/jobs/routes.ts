import { grantsOnCreate } from '../permissions';
import type { LocalRequest, LocalResponse, ModuleContext } from '../types';
import { LOCAL_USER } from '../identity';
import {
  TERMINAL,
  bad,
  decodePageToken,
  encodePageToken,
  flag,
  isObject,
  parseId,
  validateTasks,
  type JobRecord,
  type Json,
} from '../jobs-model';
import { validateGitSource } from '../task-exec';
import { args } from '../request-args';
import { ok } from '../routes';
import type { RunEngine } from './engine';
import { PAGE, renderJob, renderOutput, renderRun, renderTaskAsRun } from './render';
import { checkIdempotencyToken, mergeSettings, normaliseSettings, stringMap } from './settings';

/** The Jobs API routes, under both `/api/2.1/jobs/` and `/api/2.2/jobs/`. */
export function registerJobRoutes(ctx: ModuleContext, svc: RunEngine): void {
  const me = (req: LocalRequest): string => req.user ?? LOCAL_USER;
  const existingByToken = (token: string | undefined): LocalResponse | undefined => {
    if (!token) return undefined;
    const found = svc.tokenRun(token);
    if (found === 'deleted')
      throw bad(
        `The run with idempotency token ${token} was deleted; use a new token.`,
        'INVALID_STATE',
      );
    return found
      ? ok({ run_id: BigInt(found.runId), number_in_job: BigInt(found.runId) })
      : undefined;
  };

  for (const v of ['2.1', '2.2']) {
    const base = `/api/${v}/jobs`;

    ctx.router.add('POST', `${base}/runs/submit`, (req) => {
      const body = args(req);
      const token = checkIdempotencyToken(body.idempotency_token);
      const again = existingByToken(token);
      if (again) return ok({ run_id: (again.body as Json).run_id });
      const tasks = validateTasks(body.tasks, true);
      validateGitSource(body.git_source, tasks);
      // The one-time run's job gets these grants: GET /permissions/jobs/{its job_id} shows them.
      const grant = grantsOnCreate(ctx, 'jobs', body.access_control_list);
      const settings: Json = { ...body };
      delete settings.access_control_list;
      delete settings.idempotency_token;
      const run = svc.createRun({
        jobId: ctx.nextId().toString(),
        runName: typeof body.run_name === 'string' && body.run_name ? body.run_name : 'Untitled',
        runType: 'SUBMIT_RUN',
        trigger: 'ONE_TIME',
        settings,
        creator: me(req),
        idempotencyToken: token,
      });
      grant?.(run.jobId);
      return ok({ run_id: BigInt(run.runId) });
    });

    ctx.router.add('POST', `${base}/run-now`, (req) => {
      const body = args(req);
      const job = svc.findJob(parseId(body.job_id, 'job_id'));
      const token = checkIdempotencyToken(body.idempotency_token);
      const again = existingByToken(token);
      if (again) return again;
      const overriding: Json = {};
      for (const k of [
        'notebook_params',
        'python_params',
        'jar_params',
        'python_named_params',
        'sql_params',
        'spark_submit_params',
        'dbt_commands',
        'pipeline_params',
      ]) {
        if (body[k] !== undefined) overriding[k] = body[k];
      }
      if (overriding.python_params !== undefined && !Array.isArray(overriding.python_params))
        throw bad('python_params must be an array of strings.');
      const only = body.only;
      if (only !== undefined && !(Array.isArray(only) && only.every((x) => typeof x === 'string')))
        throw bad('only must be an array of task keys.');
      const jobParameters = stringMap(body.job_parameters, 'job_parameters');
      if (Object.keys(jobParameters).length) overriding.job_parameters = jobParameters;
      const run = svc.runJob(job, {
        jobParameters,
        trigger: 'ONE_TIME',
        creator: me(req),
        overriding,
        only: only as string[] | undefined,
        idempotencyToken: token,
        queueOverride: body.queue,
      });
      return ok({ run_id: BigInt(run.runId), number_in_job: BigInt(run.runId) });
    });

    ctx.router.add('GET', `${base}/runs/get`, (req) => {
      const a = args(req);
      const id = parseId(a.run_id, 'run_id');
      const task = svc.taskRun(id);
      if (task) return ok(renderTaskAsRun(svc.renderContext(), task.run, task.task));
      return ok(
        renderRun(
          svc.renderContext(),
          svc.findRun(id),
          v,
          typeof a.page_token === 'string' ? a.page_token : undefined,
        ),
      );
    });

    ctx.router.add('GET', `${base}/runs/get-output`, (req) => {
      const id = parseId(args(req).run_id, 'run_id');
      const found = svc.taskRun(id);
      if (!found) {
        svc.findRun(id);
        throw bad(
          'Retrieving the output of runs with multiple tasks is not supported. Please retrieve the output of each individual task run instead.',
        );
      }
      return ok(renderOutput(svc.renderContext(), found.run, found.task));
    });

    ctx.router.add('POST', `${base}/runs/cancel`, (req) => {
      const id = parseId(args(req).run_id, 'run_id');
      const found = svc.taskRun(id);
      svc.stop(found ? found.run : svc.findRun(id), 'user');
      return ok();
    });

    ctx.router.add('POST', `${base}/runs/cancel-all`, (req) => {
      const body = args(req);
      const jobId = parseId(body.job_id, 'job_id');
      svc.findJob(jobId);
      for (const r of [...svc.runs.values()]) if (r.jobId === jobId) svc.stop(r, 'user');
      return ok();
    });

    ctx.router.add('POST', `${base}/runs/delete`, (req) => {
      svc.deleteRun(svc.findRun(parseId(args(req).run_id, 'run_id')));
      return ok();
    });

    ctx.router.add('GET', `${base}/runs/list`, (req) => {
      const a = args(req);
      const limit = a.limit === undefined ? 20 : Number(a.limit);
      if (!Number.isInteger(limit) || limit < 0 || limit > 25)
        throw bad(`Invalid limit ${String(a.limit)}: use 1 to 25.`);
      if (flag(a.active_only) && flag(a.completed_only))
        throw bad('active_only and completed_only cannot both be true.');
      const jobId = a.job_id !== undefined ? parseId(a.job_id, 'job_id') : undefined;
      const from = a.start_time_from !== undefined ? Number(a.start_time_from) : undefined;
      const to = a.start_time_to !== undefined ? Number(a.start_time_to) : undefined;
      const runs = [...svc.runs.values()]
        .filter((r) => (jobId ? r.jobId === jobId : true))
        .filter((r) => (flag(a.active_only) ? !TERMINAL.has(r.life) : true))
        .filter((r) => (flag(a.completed_only) ? TERMINAL.has(r.life) : true))
        .filter((r) => (a.run_type ? r.runType === a.run_type : true))
        .filter((r) => (from !== undefined ? r.startTime >= from : true))
        .filter((r) => (to !== undefined ? r.startTime <= to : true))
        .sort((x, y) => y.startTime - x.startTime || (BigInt(y.runId) > BigInt(x.runId) ? 1 : -1));
      const offset = a.page_token ? decodePageToken(String(a.page_token)) : Number(a.offset ?? 0);
      const size = limit || 20;
      const page = runs.slice(offset, offset + size);
      const out: Json = { has_more: offset + size < runs.length };
      if (page.length) {
        const rc = svc.renderContext();
        out.runs = page.map((r) => {
          const x = renderRun(rc, r, '2.1', undefined, flag(a.expand_tasks));
          if (v === '2.2' && flag(a.expand_tasks)) {
            x.has_more = r.tasks.length > PAGE;
            x.tasks = (x.tasks as Json[]).slice(0, PAGE);
          }
          return x;
        });
      }
      if (out.has_more) out.next_page_token = encodePageToken(offset + size);
      if (offset > 0) out.prev_page_token = encodePageToken(Math.max(0, offset - size));
      return ok(out);
    });

    ctx.router.add('POST', `${base}/create`, (req) => {
      const settings = normaliseSettings(args(req), v);
      const job: JobRecord = {
        jobId: ctx.nextId().toString(),
        createdTime: ctx.now(),
        creator: me(req),
        settings,
      };
      svc.jobs.set(job.jobId, job);
      svc.touchJobs();
      return ok({ job_id: BigInt(job.jobId) });
    });

    ctx.router.add('GET', `${base}/get`, (req) => {
      const a = args(req);
      const job = svc.findJob(parseId(a.job_id, 'job_id'));
      return ok(renderJob(job, v, typeof a.page_token === 'string' ? a.page_token : undefined));
    });

    ctx.router.add('GET', `${base}/list`, (req) => {
      const a = args(req);
      const limit = a.limit === undefined ? 20 : Number(a.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100)
        throw bad(`Invalid limit ${String(a.limit)}: use 1 to 100.`);
      const name = typeof a.name === 'string' && a.name !== '' ? a.name.toLowerCase() : undefined;
      const jobs = [...svc.jobs.values()]
        .filter((j) => (name ? String(j.settings.name ?? '').toLowerCase() === name : true))
        .sort(
          (x, y) => x.createdTime - y.createdTime || (BigInt(x.jobId) > BigInt(y.jobId) ? 1 : -1),
        );
      const offset = a.page_token ? decodePageToken(String(a.page_token)) : Number(a.offset ?? 0);
      const page = jobs.slice(offset, offset + limit);
      const expand = flag(a.expand_tasks);
      const out: Json = { has_more: offset + limit < jobs.length };
      if (page.length) {
        out.jobs = page.map((j) => {
          const x = renderJob(j, '2.1', undefined, expand);
          if (expand && v === '2.2') {
            const s = x.settings as Json;
            const tasks = Array.isArray(s.tasks) ? s.tasks : [];
            x.has_more = tasks.length > PAGE;
            s.tasks = tasks.slice(0, PAGE);
          }
          return x;
        });
      }
      if (out.has_more) out.next_page_token = encodePageToken(offset + limit);
      if (offset > 0) out.prev_page_token = encodePageToken(Math.max(0, offset - limit));
      return ok(out);
    });

    ctx.router.add('POST', `${base}/reset`, (req) => {
      const body = args(req);
      const job = svc.findJob(parseId(body.job_id, 'job_id'));
      if (!isObject(body.new_settings)) throw bad('Missing required field: new_settings');
      job.settings = normaliseSettings(body.new_settings, v);
      svc.touchJobs();
      return ok();
    });

    ctx.router.add('POST', `${base}/update`, (req) => {
      const body = args(req);
      const job = svc.findJob(parseId(body.job_id, 'job_id'));
      const merged = mergeSettings(job.settings, body.new_settings, body.fields_to_remove);
      job.settings = normaliseSettings(merged, '2.1');
      svc.touchJobs();
      return ok();
    });

    ctx.router.add('POST', `${base}/delete`, (req) => {
      const id = parseId(args(req).job_id, 'job_id');
      svc.findJob(id);
      for (const r of [...svc.runs.values()]) if (r.jobId === id) svc.stop(r, 'user');
      svc.jobs.delete(id);
      svc.touchJobs();
      return ok();
    });
  }
}
