import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import YAML from 'yaml';
import { workflowErrors } from '../helpers/github-parser';

const ROOT = path.join(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const OURS = /^OWNER\/databricks-mlops-actions(?:\/actions\/([\w-]+))?@/;

type Step = Record<string, unknown>;
interface Snippet {
  where: string;
  host: 'github' | 'ado' | 'none';
  /** The snippet as a complete workflow (GitHub) or the parsed pipeline (ADO). */
  text: string;
  doc: unknown;
}

const exampleWorkflows = readdirSync(path.join(ROOT, 'examples'), {
  recursive: true,
  encoding: 'utf8',
})
  .map((f) => `examples/${f.split(path.sep).join('/')}`)
  .filter((f) => /\/\.github\/workflows\/[^/]+\.ya?ml$/.test(f))
  .sort();
const examplePipelines = readdirSync(path.join(ROOT, 'examples'), {
  recursive: true,
  encoding: 'utf8',
})
  .map((f) => `examples/${f.split(path.sep).join('/')}`)
  .filter((f) => /(^|\/)azure-pipelines\.ya?ml$/.test(f))
  .sort();

const isAdoStep = (s: unknown) =>
  !!s && typeof s === 'object' && ('task' in s || 'script' in s || 'checkout' in s);

/** README yaml blocks, each made into something a parser can read. */
function readmeSnippets(): Snippet[] {
  const readme = read('README.md');
  const out: Snippet[] = [];
  for (const m of readme.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)) {
    const where = `README.md:${readme.slice(0, m.index).split('\n').length}`;
    const doc: unknown = YAML.parse(m[1]);
    const top = doc && typeof doc === 'object' && !Array.isArray(doc) ? (doc as Step) : undefined;
    if (Array.isArray(doc)) {
      if (doc.some(isAdoStep)) out.push({ where, host: 'ado', text: m[1], doc });
      else {
        // A list of steps: wrapped in the smallest workflow around it.
        const wf = { on: 'push', jobs: { snippet: { 'runs-on': 'ubuntu-latest', steps: doc } } };
        out.push({ where, host: 'github', text: YAML.stringify(wf), doc: wf });
      }
    } else if (top && 'jobs' in top) {
      const wf = 'on' in top ? top : { on: 'push', ...top };
      out.push({ where, host: 'github', text: 'on' in top ? m[1] : YAML.stringify(wf), doc: wf });
    } else if (top && ('trigger' in top || 'pool' in top || 'stages' in top || 'steps' in top)) {
      out.push({ where, host: 'ado', text: m[1], doc });
    } else out.push({ where, host: 'none', text: m[1], doc });
  }
  return out;
}

/** Every step under a workflow or pipeline, wherever it is nested. */
function steps(doc: unknown): Step[] {
  if (Array.isArray(doc)) return doc.flatMap(steps);
  if (!doc || typeof doc !== 'object') return [];
  const o = doc as Step;
  const here = 'uses' in o || 'task' in o ? [o] : [];
  return [...here, ...Object.values(o).flatMap(steps)];
}

const actionInputs = (name?: string): string[] =>
  Object.keys(
    (YAML.parse(read(name ? `actions/${name}/action.yml` : 'action.yml')) as { inputs?: object })
      .inputs ?? {},
  );
const taskInputs = (task: string): string[] | undefined => {
  try {
    return (
      JSON.parse(read(`tasks/${task}/task.json`)) as { inputs: { name: string }[] }
    ).inputs.map((i) => i.name);
  } catch {
    return undefined; // not one of ours (UsePythonVersion@0 …)
  }
};

/** `with:`/`inputs:` keys that our action or task does not declare. */
function unknownInputs(doc: unknown): string[] {
  const bad: string[] = [];
  for (const s of steps(doc)) {
    if (typeof s.uses === 'string') {
      const m = OURS.exec(s.uses);
      if (!m) continue;
      const known = actionInputs(m[1]);
      for (const k of Object.keys((s.with as object) ?? {})) {
        if (!known.includes(k)) bad.push(`${s.uses}: ${k}`);
      }
    } else if (typeof s.task === 'string') {
      const known = taskInputs(s.task.split('@')[0]);
      if (!known) continue;
      for (const k of Object.keys((s.inputs as object) ?? {})) {
        if (!known.includes(k)) bad.push(`${s.task}: ${k}`);
      }
    }
  }
  return bad;
}

describe("example workflows pass GitHub's workflow parser and use only declared inputs", () => {
  it('there are example workflows and pipelines', () => {
    expect(exampleWorkflows.length).toBeGreaterThan(0);
    expect(examplePipelines.length).toBeGreaterThan(0);
  });

  it.each(exampleWorkflows)('%s', async (file) => {
    expect(await workflowErrors(file, read(file))).toEqual([]);
    expect(unknownInputs(YAML.parse(read(file)))).toEqual([]);
  });

  it.each(examplePipelines)('%s (inputs of our tasks)', (file) => {
    expect(unknownInputs(YAML.parse(read(file)))).toEqual([]);
  });

  it('the parser and the input check reject a broken workflow', async () => {
    // The first example that runs the unit tests, whichever file that is.
    const withResults = exampleWorkflows.find((f) => /^ +results: /m.test(read(f)))!;
    const broken = read(withResults)
      .replace('runs-on:', 'runs_on:')
      .replace(/( +)results: /, '$1resluts: ');
    expect((await workflowErrors('broken.yml', broken)).length).toBeGreaterThan(0);
    expect(unknownInputs(YAML.parse(broken))).toEqual([
      'OWNER/databricks-mlops-actions/actions/unit-tests@v1: resluts',
    ]);
  });
});

describe('README yaml snippets', () => {
  const snippets = readmeSnippets();
  const github = snippets.filter((s) => s.host === 'github');
  const ado = snippets.filter((s) => s.host === 'ado');

  it('has GitHub and Azure Pipelines snippets', () => {
    expect(github.length).toBeGreaterThan(0);
    expect(ado.length).toBeGreaterThan(0);
  });

  it.each(github.map((s) => [s.where, s] as const))(
    '%s passes GitHub’s workflow parser with declared inputs only',
    async (_where, s) => {
      expect(await workflowErrors(s.where, s.text)).toEqual([]);
      expect(unknownInputs(s.doc)).toEqual([]);
    },
  );

  it.each(ado.map((s) => [s.where, s] as const))(
    '%s uses only declared task inputs',
    (_where, s) => {
      expect(unknownInputs(s.doc)).toEqual([]);
    },
  );
});
