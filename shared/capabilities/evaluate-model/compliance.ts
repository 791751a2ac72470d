/**
 * Compliance checks on the candidate version: what a release review asks before a model may
 * replace the champion (tags, description, registration status, signature, lineage to the commit
 * being released, required params).
 */
import { UserError, cutText, quoteValue } from '../../errors';
import type { MlflowRun } from '../../databricks';
import type { ModelVersionView } from '../../models/registry';

export interface ComplianceRules {
  /** Tag name → allowed values (undefined: any non-empty value). */
  requiredTags: Record<string, string[] | undefined>;
  description: boolean;
  statusReady: boolean;
  signature: boolean;
  sourceRun: boolean;
  gitCommit: boolean;
  requiredParams: string[];
}

export interface CheckResult {
  check: string;
  passed: boolean;
  detail: string;
}

const KEYS = [
  'required_tags',
  'description',
  'status_ready',
  'signature',
  'source_run',
  'git_commit',
  'required_params',
];

export function parseCompliance(value: unknown, where: string): ComplianceRules {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new UserError(
      `${where} must be a mapping of checks, e.g. {required_tags: [owner], description: true}.`,
    );
  const doc = value as Record<string, unknown>;
  const unknown = Object.keys(doc).filter((k) => !KEYS.includes(k));
  if (unknown.length > 0)
    throw new UserError(
      `${where} has unknown check(s) ${unknown.map((k) => `${quoteValue(k)}`).join(', ')}. Use ${KEYS.join(', ')}.`,
    );
  const flag = (key: string, fallback: boolean): boolean => {
    const v = doc[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'boolean') throw new UserError(`${where}: ${key} must be true or false.`);
    return v;
  };
  const names = (key: string, v: unknown): string[] => {
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x === ''))
      throw new UserError(`${where}: ${key} must be a list of names.`);
    return v as string[];
  };
  const requiredTags: Record<string, string[] | undefined> = {};
  const tags = doc.required_tags;
  if (Array.isArray(tags))
    for (const t of names('required_tags', tags)) requiredTags[t] = undefined;
  else if (tags && typeof tags === 'object') {
    for (const [tag, allowed] of Object.entries(tags as Record<string, unknown>)) {
      if (allowed === null || allowed === undefined) requiredTags[tag] = undefined;
      else {
        const list = Array.isArray(allowed) ? allowed : [allowed];
        if (
          list.some((x) => typeof x !== 'string' && typeof x !== 'number' && typeof x !== 'boolean')
        )
          throw new UserError(
            `${where}: required_tags.${cutText(tag)} must list the allowed values.`,
          );
        requiredTags[tag] = list.map(String);
      }
    }
  } else if (tags !== undefined && tags !== null)
    throw new UserError(
      `${where}: required_tags must be a list of tag names or a mapping of tag names to allowed values.`,
    );
  return {
    requiredTags,
    description: flag('description', false),
    statusReady: flag('status_ready', true),
    signature: flag('signature', false),
    sourceRun: flag('source_run', false),
    gitCommit: flag('git_commit', false),
    requiredParams: names('required_params', doc.required_params),
  };
}

/**
 * Whether the run logged a model with a signature. MLflow records each `log_model` in the run tag
 * `mlflow.log-model.history` (JSON), signature included [inferred: the REST API has no signature
 * field on a model version; the model's MLmodel file is an artifact].
 */
export function runHasSignature(run: MlflowRun | undefined): boolean {
  const tag = run?.data.tags?.find((t) => t.key === 'mlflow.log-model.history')?.value;
  if (!tag) return false;
  try {
    const history = JSON.parse(tag) as unknown;
    return (
      Array.isArray(history) &&
      history.some(
        (h) => h && typeof h === 'object' && (h as Record<string, unknown>).signature != null,
      )
    );
  } catch {
    return false;
  }
}

export function runCommit(run: MlflowRun | undefined): string | undefined {
  return run?.data.tags?.find((t) => t.key === 'mlflow.source.git.commit')?.value || undefined;
}

export function checkCompliance(
  rules: ComplianceRules,
  version: ModelVersionView,
  run: MlflowRun | undefined,
  commit: string | undefined,
): CheckResult[] {
  const out: CheckResult[] = [];
  const add = (check: string, passed: boolean, detail: string) =>
    out.push({ check, passed, detail });
  if (rules.statusReady)
    add(
      'status READY',
      version.status === 'READY',
      version.status === 'READY' ? 'READY' : `status is ${version.status}`,
    );
  for (const [tag, allowed] of Object.entries(rules.requiredTags)) {
    const value = version.tags[tag];
    if (value === undefined || value === '') add(`tag ${tag}`, false, 'missing on the version');
    else if (allowed && !allowed.includes(value))
      add(`tag ${tag}`, false, `${quoteValue(value)} is not one of ${allowed.join(', ')}`);
    else add(`tag ${tag}`, true, `${quoteValue(value)}`);
  }
  if (rules.description)
    add(
      'description',
      Boolean(version.description?.trim()),
      version.description?.trim() ? 'present' : 'the version has no description',
    );
  if (rules.sourceRun)
    add(
      'source run',
      run !== undefined,
      run
        ? `run ${run.info.run_id}`
        : version.runId
          ? `run ${version.runId} not found`
          : 'no run_id',
    );
  if (rules.signature)
    add(
      'signature',
      runHasSignature(run),
      runHasSignature(run)
        ? 'logged with the model'
        : run
          ? 'the source run logged no model signature'
          : 'no source run to read it from',
    );
  if (rules.gitCommit) {
    const logged = runCommit(run);
    if (!commit) add('git commit', false, 'no commit to compare with: set the commit input');
    else if (!logged)
      add('git commit', false, 'the source run has no mlflow.source.git.commit tag');
    else
      add(
        'git commit',
        sameCommit(logged, commit),
        sameCommit(logged, commit)
          ? `trained from ${logged.slice(0, 12)}`
          : `trained from ${cutText(logged).slice(0, 12)}, releasing ${cutText(commit).slice(0, 12)}`,
      );
  }
  for (const param of rules.requiredParams) {
    const value = run?.data.params?.find((p) => p.key === param)?.value;
    add(
      `param ${param}`,
      value !== undefined,
      value !== undefined
        ? `${quoteValue(value)}`
        : run
          ? 'not logged by the source run'
          : 'no source run',
    );
  }
  return out;
}

/** Abbreviated SHAs count when one is a prefix of the other (at least 7 hex digits). */
function sameCommit(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  const short = x.length < y.length ? x : y;
  const long = x.length < y.length ? y : x;
  return short.length >= 7 && long.startsWith(short);
}
