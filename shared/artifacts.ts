/**
 * Files a step keeps for its users beside the summary (the JSON report, failed tasks' logs): a
 * workflow artifact on GitHub, a build artifact on Azure DevOps, a folder in the CLI.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { CiContext } from './host/host';
import { InputError, quoteValue } from './errors';
import type { InputSpec, OutputSpec } from './manifest';
import { escapeMarkdown, inlineCode, link } from './report/markdown';

/** One file of the artifact: its path inside the artifact, and a file to copy or text to write. */
export interface ArtifactFile {
  name: string;
  source?: string;
  content?: string;
}

export interface ArtifactRequest {
  /** Unique per CI run (GitHub refuses a second artifact of a name in one workflow run). */
  name: string;
  files: ArtifactFile[];
}

export interface ArtifactResult {
  action: 'uploaded' | 'skipped';
  name: string;
  /** Where users open it: the artifact's download page, the build's artifacts view, a folder. */
  url?: string;
  id?: number;
  reason?: string;
}

export interface ArtifactSink {
  /** Uploads the files as one artifact. Never throws: a failure is a warning and `skipped`. */
  upload(request: ArtifactRequest): Promise<ArtifactResult>;
}

/** GitHub's rule (it also keeps names portable to every file system the artifact may land on). */
const FORBIDDEN = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];
const MAX_NAME_CHARS = 256;

/** Why `name` cannot name an artifact, or undefined when it can. */
export function artifactNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'is empty';
  if (name.length > MAX_NAME_CHARS) return `is longer than ${MAX_NAME_CHARS} characters`;
  const bad = FORBIDDEN.filter((c) => name.includes(c));
  if (bad.length > 0)
    return `contains ${bad.map((c) => JSON.stringify(c)).join(', ')}, which artifact names may not`;
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'contains control characters';
  return undefined;
}

/** The `artifact-name` input checked up front, so a bad name fails before any work is done. */
export function readArtifactName(given: string | undefined): string | undefined {
  if (given === undefined) return undefined;
  const problem = artifactNameProblem(given);
  if (problem)
    throw new InputError(
      'artifact-name',
      `${problem}: ${quoteValue(given)}`,
      'Use letters, digits, `-`, `_` and `.`, e.g. `unit-tests-py3.12`; leave it empty for a name made from the step.',
    );
  return given;
}

/**
 * The artifact a step keeps, from its `upload-artifact`, `artifact-name` and `report-key` inputs:
 * undefined when not asked. A bad name is refused even when uploading is off (one error up front).
 */
export function chosenArtifactName(
  ci: CiContext,
  capability: string,
  inputs: { upload: boolean; name: string | undefined; reportKey: string | undefined },
): string | undefined {
  const given = readArtifactName(inputs.name);
  if (!inputs.upload) return undefined;
  return given ?? defaultArtifactName(ci, capability, inputs.reportKey);
}

/**
 * A name unique per step of a CI run: the capability, the report key when the user gave one
 * (matrix entries need their own), else the job and step; and the attempt when it is a re-run.
 */
export function defaultArtifactName(ci: CiContext, capability: string, key?: string): string {
  const parts = key ? [capability, key] : [capability, ci.job, ci.step];
  if (ci.attempt && ci.attempt !== '1') parts.push(`attempt-${ci.attempt}`);
  return portable(parts.filter(Boolean).join('-'));
}

/** `text` with anything an artifact or file name may not hold replaced by `_`. */
export function portable(text: string): string {
  const out = text.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '');
  return (out || 'artifact').slice(0, 120);
}

/**
 * Writes the files into a fresh folder under `tempDir`, the layout the artifact gets; returns the
 * folder and the files' paths in it. Text is redacted of registered secrets on the way.
 */
export function stageArtifact(
  tempDir: string,
  request: ArtifactRequest,
  redact: (text: string) => string,
): { folder: string; files: string[] } {
  const base = path.join(tempDir, 'databricks-mlops-artifacts');
  fs.mkdirSync(base, { recursive: true });
  const folder = fs.mkdtempSync(path.join(base, `${portable(request.name)}-`));
  const files: string[] = [];
  const used = new Set<string>();
  for (const f of request.files) {
    const wanted = f.name.split('/').map(portable).join('/');
    let name = wanted;
    // Two tasks whose keys differ only in characters a file name may not hold stay apart.
    for (let i = 2; used.has(name); i++) name = wanted.replace(/(\.[^./]*)?$/, `-${i}$1`);
    used.add(name);
    const file = path.join(folder, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (f.source === undefined) fs.writeFileSync(file, redact(f.content ?? ''));
    else if (!copied(f.source, file)) continue;
    files.push(file);
  }
  return { folder, files };
}

/** A file that vanished or cannot be read (a result file the reader refused) is left out. */
function copied(source: string, target: string): boolean {
  try {
    fs.copyFileSync(source, target);
    return true;
  } catch {
    return false;
  }
}

/** The inputs every capability that keeps an artifact declares; `contents` says what it holds. */
export function artifactInputs<C extends string>(contents: C) {
  return {
    'upload-artifact': {
      ado: 'uploadArtifact',
      description: `Keep ${contents} as an artifact of the CI run, linked from the summary and the \`artifact-url\` output. A failed upload is a warning, never the step's failure.`,
      notes: {
        github:
          "A workflow artifact (no permission needed beyond the default; it uploads on pull requests from forks too). Retention is the repository's setting.",
        ado: "A build artifact of the pipeline run (`##vso[artifact.upload]`), in the run's Artifacts view.",
        cli: 'A folder `<artifact-dir>/<name>`: `--artifact-dir` (default `./databricks-mlops-artifacts`).',
      },
      type: 'boolean',
      default: 'false',
      group: 'report',
    },
    'artifact-name': {
      ado: 'artifactName',
      description:
        'Name of the artifact; it must be unique in the CI run and may not contain `"` `:` `<` `>` `|` `*` `?` `\\` `/` or line breaks. Default: the capability and the `report-key` when set, else the capability, job and step (give each matrix entry its own `report-key` or `artifact-name`).',
      type: 'string',
      group: 'report',
    },
  } as const satisfies Record<string, InputSpec>;
}

export const artifactOutputs = {
  'artifact-url': {
    ado: 'artifactUrl',
    description:
      "Link to the artifact (GitHub: its download page; Azure DevOps: the run's Artifacts view; CLI: its folder); empty when none was kept.",
  },
} as const satisfies Record<string, OutputSpec>;

/** The summary's line for a kept artifact (a link where there is one, else its folder). */
export function artifactSummaryLine(result: ArtifactResult): string {
  if (result.action !== 'uploaded') return '';
  const where =
    result.url && /^https?:\/\//i.test(result.url)
      ? link(result.name, result.url)
      : `${escapeMarkdown(result.name)}${result.url ? ` in ${inlineCode(result.url)}` : ''}`;
  return `\n📦 Artifact: ${where}\n`;
}
