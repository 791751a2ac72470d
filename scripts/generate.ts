// Writes every file generated from the capability manifests: actions/<capability>/action.yml, the
// root action.yml, tasks/<Task>/task.json + index.js, tasks/vss-extension.json and the README's
// input/output tables. `--check` writes nothing and fails when a generated file is stale.
import * as fs from 'fs';
import * as path from 'path';
import YAML from 'yaml';
import { capabilities } from '../shared/capabilities';
import type { CapabilityEntry } from '../shared/capabilities';
import { describeInput } from '../shared/describe';
import { actionDefault, type CapabilityManifest, type InputSpec } from '../shared/manifest';
import { ROOT_SELECTOR, isRunnerExpression, rootPlan } from '../shared/root-action';
import { VERSION } from '../shared/version';
import { schemaValidators } from './generate-schemas';

const ROOT = path.resolve(__dirname, '..');
const HEADER =
  'Generated from shared/capabilities/{name}/manifest.ts by `npm run generate`. Do not edit.';
// The extension's identity lives in package.json beside the version, so that a fork publishing
// under its own publisher changes one place (and `npm run package:ado` reads the same).
const PACKAGE = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  repository: { url: string };
  adoExtension: { publisher: string; id: string };
};
const PUBLISHER = PACKAGE.adoExtension.publisher;
const EXTENSION_ID = PACKAGE.adoExtension.id;
/** Where users read about a capability: its README section on the repository's page. */
const DOCS_URL = PACKAGE.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

export interface GeneratedFile {
  path: string;
  content: string;
}

function header(name: string): string {
  return HEADER.replace('{name}', name);
}

function actionInputs(inputs: Record<string, InputSpec>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(inputs)) {
    if (spec.adoOnly) continue;
    const entry: Record<string, unknown> = {
      description: describeInput(spec, 'github', inputs),
      required: spec.required === true,
    };
    const def = actionDefault(spec);
    if (def !== undefined) entry.default = def;
    out[name] = entry;
  }
  return out;
}

function actionOutputs(manifest: CapabilityManifest): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(manifest.outputs))
    out[name] = { description: spec.description };
  return out;
}

function yamlFile(comment: string, doc: unknown): string {
  return `# ${comment}\n${YAML.stringify(doc, { lineWidth: 0 })}`;
}

export function actionYml(capability: CapabilityEntry): GeneratedFile {
  const { manifest } = capability;
  const runs: Record<string, string> = {
    using: 'node24',
    main: `../../dist/actions/${manifest.name}/main.js`,
  };
  if (manifest.post) {
    runs.post = `../../dist/actions/${manifest.name}/post.js`;
    runs['post-if'] = 'always()';
  }
  const doc = {
    name: `Databricks MLOps: ${manifest.name}`,
    description: manifest.description,
    author: PUBLISHER,
    branding: { icon: 'layers', color: 'red' },
    inputs: actionInputs(manifest.inputs),
    outputs: actionOutputs(manifest),
    runs,
  };
  return {
    path: `actions/${manifest.name}/action.yml`,
    content: yamlFile(header(manifest.name), doc),
  };
}

/** A default as a description may show it: `${{ }}` in a description breaks GitHub's parser. */
function defaultText(value: string): string {
  if (!isRunnerExpression(value)) return `\`${value}\``;
  return `${value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, '`$1`')}, evaluated by the runner`;
}

/** `text`, or one part per group of capabilities when they describe it differently. */
function perCapability(parts: Array<{ capability: string; text: string }>, total: number): string {
  const groups: Array<{ capabilities: string[]; text: string }> = [];
  for (const p of parts) {
    const g = groups.find((x) => x.text === p.text);
    if (g) g.capabilities.push(p.capability);
    else groups.push({ capabilities: [p.capability], text: p.text });
  }
  if (groups.length === 1 && parts.length === total) return groups[0].text;
  return `${groups.map((g) => `${g.capabilities.join(', ')}: ${g.text.replace(/\.$/, '')}`).join('; ')}.`;
}

/**
 * The root action: the union of every capability's inputs and outputs, plus the selector. Each
 * input declares a default only when every capability that has it agrees (see shared/root-action.ts).
 */
export function rootActionYml(
  manifests: readonly CapabilityManifest[] = capabilities.map((c) => c.manifest),
): GeneratedFile {
  const plan = rootPlan(manifests);
  const names = manifests.map((m) => m.name);
  const inputs: Record<string, unknown> = {
    [ROOT_SELECTOR]: {
      description: `The capability to run: ${names.join(', ')}. The other inputs are those of that capability; each one names the capabilities it applies to.`,
      required: true,
    },
  };
  const described = new Map<string, Array<{ capability: string; text: string }>>();
  for (const m of manifests) {
    for (const [name, entry] of Object.entries(actionInputs(m.inputs))) {
      let text = (entry as { description: string }).description;
      const own = actionDefault(m.inputs[name]);
      // The root declares no default here: say what this capability applies at run time.
      if (plan.inputs[name].default === undefined && own !== undefined)
        text = `${text.replace(/\.$/, '')} (default: ${defaultText(own)}).`;
      described.set(name, [...(described.get(name) ?? []), { capability: m.name, text }]);
    }
  }
  for (const [name, parts] of described) {
    const entry: Record<string, unknown> = {
      description: perCapability(parts, manifests.length),
      required: false,
    };
    const def = plan.inputs[name].default;
    if (def !== undefined) entry.default = def;
    inputs[name] = entry;
  }
  for (const c of plan.carriers) {
    inputs[c.name] = {
      description: `Leave unset. Carries the default of '${c.input}' for ${c.capability}, which only the runner can evaluate.`,
      required: false,
      default: c.default,
    };
  }
  const outputParts = new Map<string, Array<{ capability: string; text: string }>>();
  for (const m of manifests) {
    for (const [name, entry] of Object.entries(actionOutputs(m))) {
      const text = (entry as { description: string }).description;
      outputParts.set(name, [...(outputParts.get(name) ?? []), { capability: m.name, text }]);
    }
  }
  const outputs: Record<string, unknown> = {};
  for (const [name, parts] of outputParts)
    outputs[name] = { description: perCapability(parts, manifests.length) };
  const doc = {
    name: 'Databricks MLOps',
    description:
      'Carry ML code from a pull request to production on Databricks: tests, job runs, deployment, model gates and promotion.',
    author: PUBLISHER,
    branding: { icon: 'layers', color: 'red' },
    inputs,
    outputs,
    runs: {
      using: 'node24',
      main: 'dist/actions/root/main.js',
      post: 'dist/actions/root/post.js',
      'post-if': 'always()',
    },
  };
  return {
    path: 'action.yml',
    content: yamlFile(
      'Generated from every capability manifest by `npm run generate`. Do not edit.',
      doc,
    ),
  };
}

function adoInputType(spec: InputSpec): string {
  if (spec.adoType) return spec.adoType;
  if (spec.path) return 'filePath';
  if (spec.options) return 'pickList';
  switch (spec.type) {
    case 'boolean':
      return 'boolean';
    case 'list':
    case 'json':
    case 'yaml':
      return 'multiLine';
    default:
      return 'string';
  }
}

function label(name: string): string {
  const words = name.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `authType = pat || authType = oauth-m2m`: ADO's rule syntax, over the ADO input names. */
function visibleRule(
  when: NonNullable<InputSpec['visibleWhen']>,
  inputs: Record<string, InputSpec>,
): string {
  const other = inputs[when.input];
  if (!other) throw new Error(`visibleWhen names '${when.input}', which is not an input`);
  return when.values.map((v) => `${other.ado} = ${v}`).join(' || ');
}

/** The README section of a capability (its `### name` heading). */
export function docsUrl(manifest: CapabilityManifest): string {
  return `${DOCS_URL}#${manifest.name}`;
}

export function taskJson(capability: CapabilityEntry): GeneratedFile {
  const { manifest } = capability;
  const [major, minor, patch] = VERSION.split('.').map(Number);
  const inputs = Object.entries(manifest.inputs)
    .filter(([, spec]) => !spec.githubOnly)
    .map(([name, spec]) => {
      const input: Record<string, unknown> = {
        name: spec.ado,
        type: adoInputType(spec),
        label: label(name),
        required: spec.required === true,
        helpMarkDown: describeInput(spec, 'ado', manifest.inputs),
      };
      if (spec.default !== undefined) input.defaultValue = spec.default;
      if (spec.group) input.groupName = spec.group;
      if (spec.options) input.options = Object.fromEntries(spec.options.map((o) => [o, o]));
      if (spec.visibleWhen) input.visibleRule = visibleRule(spec.visibleWhen, manifest.inputs);
      // Strings, as Microsoft's own tasks write them (the vendored schema is widened to allow it).
      if (adoInputType(spec) === 'multiLine') input.properties = { resizable: 'true', rows: '4' };
      return input;
    });
  const handlers = { Node24: { target: 'index.js' }, Node20_1: { target: 'index.js' } };
  const doc: Record<string, unknown> = {
    $schema:
      'https://raw.githubusercontent.com/Microsoft/azure-pipelines-task-lib/master/tasks.schema.json',
    id: manifest.task.id,
    name: manifest.task.name,
    friendlyName: manifest.task.friendlyName,
    description: manifest.description,
    helpUrl: docsUrl(manifest),
    helpMarkDown: `${manifest.description} [Learn more](${docsUrl(manifest)})`,
    category: manifest.task.category,
    author: PUBLISHER,
    version: { Major: major, Minor: minor, Patch: patch },
    minimumAgentVersion: '3.232.1',
    instanceNameFormat: manifest.task.instanceNameFormat,
    groups: Object.entries(manifest.groups ?? {}).map(([name, g]) => ({
      name,
      displayName: g.title,
      isExpanded: !g.collapsed,
    })),
    inputs,
    outputVariables: Object.values(manifest.outputs).map((o) => ({
      name: o.ado,
      description: o.description,
    })),
    execution: handlers,
  };
  if (manifest.post)
    doc.postjobexecution = { Node24: { target: 'post.js' }, Node20_1: { target: 'post.js' } };
  return {
    path: `tasks/${manifest.task.name}/task.json`,
    content: `${JSON.stringify(doc, null, 2)}\n`,
  };
}

function taskStubs(capability: CapabilityEntry): GeneratedFile[] {
  const { manifest } = capability;
  const stub = (phase: string) =>
    `// ${header(manifest.name)}\n// ado/ is dist/ado/, copied here when the extension is packaged (npm run package:ado).\nrequire('./ado/index.js').run('${manifest.name}', '${phase}');\n`;
  const files = [{ path: `tasks/${manifest.task.name}/index.js`, content: stub('main') }];
  if (manifest.post)
    files.push({ path: `tasks/${manifest.task.name}/post.js`, content: stub('post') });
  return files;
}

/** The extension's README section on the repository's page. */
const EXTENSION_DOCS = `${DOCS_URL}#azure-devops-extension`;

/** What a service connection's "Verify" calls: SCIM Me answers any valid credential. */
export const TEST_CONNECTION_PATH = '/api/2.0/preview/scim/v2/Me';

export function vssExtension(): GeneratedFile {
  const doc = {
    manifestVersion: 1,
    id: EXTENSION_ID,
    publisher: PUBLISHER,
    version: VERSION,
    name: 'Databricks MLOps',
    description:
      'Unit tests, Databricks job runs, deployments, model gates and promotion for ML projects on Databricks.',
    categories: ['Azure Pipelines'],
    tags: ['Databricks', 'MLOps', 'MLflow', 'Unity Catalog', 'Machine learning'],
    targets: [{ id: 'Microsoft.VisualStudio.Services' }],
    icons: { default: 'images/extension-icon.png' },
    content: { details: { path: 'overview.md' } },
    repository: { type: 'git', uri: DOCS_URL },
    links: { getstarted: { uri: EXTENSION_DOCS }, support: { uri: `${DOCS_URL}/issues` } },
    files: [
      { path: 'images', addressable: true },
      ...capabilities.map((c) => ({ path: c.manifest.task.name })),
    ],
    contributions: [
      {
        id: 'databricks-service-endpoint',
        description:
          'A Databricks workspace: its URL and a personal access token or a service principal.',
        type: 'ms.vss-endpoint.service-endpoint-type',
        targets: ['ms.vss-endpoint.endpoint-types'],
        properties: {
          name: 'databricks',
          displayName: 'Databricks',
          url: {
            displayName: 'Workspace URL',
            helpText:
              'The workspace URL without a trailing slash, e.g. https://adb-1234567890123456.7.azuredatabricks.net',
          },
          helpMarkDown: `A Databricks workspace for the Databricks MLOps tasks. [Learn more](${EXTENSION_DOCS})`,
          // "Verify": Databricks takes the token as a bearer token, not the scheme's bare default.
          dataSources: [
            {
              name: 'TestConnection',
              endpointUrl: `{{endpoint.url}}${TEST_CONNECTION_PATH}`,
              resultSelector: 'jsonpath:$.userName',
            },
          ],
          authenticationSchemes: [
            {
              type: 'ms.vss-endpoint.endpoint-auth-scheme-token',
              displayName: 'Personal access token',
              headers: [{ name: 'Authorization', value: 'Bearer {{endpoint.apitoken}}' }],
              inputDescriptors: [
                {
                  id: 'apitoken',
                  name: 'Personal access token',
                  description: 'A Databricks personal access token (User Settings → Developer).',
                  inputMode: 'passwordbox',
                  isConfidential: true,
                  validation: { isRequired: true, dataType: 'string' },
                },
              ],
            },
            {
              type: 'ms.vss-endpoint.endpoint-auth-scheme-basic',
              displayName: 'Service principal (OAuth M2M)',
              inputDescriptors: [
                {
                  id: 'username',
                  name: 'Client id',
                  description: 'Application id of the Databricks service principal',
                  inputMode: 'textbox',
                  validation: { isRequired: true, dataType: 'string' },
                },
                {
                  id: 'password',
                  name: 'OAuth secret',
                  description: 'An OAuth secret of the service principal',
                  inputMode: 'passwordbox',
                  isConfidential: true,
                  validation: { isRequired: true, dataType: 'string' },
                },
              ],
            },
          ],
        },
      },
      ...capabilities.map((c) => ({
        id: c.manifest.task.name,
        type: 'ms.vss-distributed-task.task',
        targets: ['ms.vss-distributed-task.tasks'],
        properties: { name: c.manifest.task.name },
      })),
    ],
  };
  return { path: 'tasks/vss-extension.json', content: `${JSON.stringify(doc, null, 2)}\n` };
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function readmeTables(manifest: CapabilityManifest): string {
  const rows = Object.entries(manifest.inputs).map(([name, spec]) => {
    const gh = spec.adoOnly ? '—' : `\`${name}\``;
    const ado = spec.githubOnly ? '—' : `\`${spec.ado}\``;
    const def =
      spec.default !== undefined
        ? `\`${escapeCell(spec.default)}\``
        : spec.githubDefault !== undefined
          ? `\`${escapeCell(spec.githubDefault)}\` (GitHub)`
          : spec.required
            ? '**required**'
            : '';
    return `| ${gh} | ${ado} | ${escapeCell(describeInput(spec, 'readme', manifest.inputs))} | ${def} |`;
  });
  const outs = Object.entries(manifest.outputs).map(
    ([name, spec]) => `| \`${name}\` | \`${spec.ado}\` | ${escapeCell(spec.description)} |`,
  );
  return [
    `Action: \`uses: OWNER/databricks-mlops-actions/actions/${manifest.name}@v1\` · ADO task: \`${manifest.task.name}@${VERSION.split('.')[0]}\` · CLI: \`databricks-mlops ${manifest.name}\``,
    '',
    '| Input (GitHub, CLI `--flag`) | ADO input | Description | Default |',
    '|---|---|---|---|',
    ...rows,
    '',
    '| Output (GitHub) | ADO output variable | Description |',
    '|---|---|---|',
    ...outs,
  ].join('\n');
}

/**
 * Replaces the text between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` with the
 * capability's tables, and between `<!-- include:PATH -->` and `<!-- /include:PATH -->` with that
 * file, so each part's documentation lives beside its code and the README never drifts from it.
 */
export function updateReadme(readme: string): string {
  let out = readme.replace(
    /(<!-- include:([^ ]+) -->)[\s\S]*?(<!-- \/include:\2 -->)/g,
    (_m, start: string, file: string, end: string) =>
      `${start}\n${fs.readFileSync(path.join(ROOT, file), 'utf8').trim()}\n${end}`,
  );
  for (const { manifest } of capabilities) {
    const start = `<!-- generated:${manifest.name} -->`;
    const end = `<!-- /generated:${manifest.name} -->`;
    const i = out.indexOf(start);
    const j = out.indexOf(end);
    if (i < 0 || j < i) continue;
    out = `${out.slice(0, i + start.length)}\n${readmeTables(manifest)}\n${out.slice(j)}`;
  }
  return out;
}

export function allGeneratedFiles(): GeneratedFile[] {
  const files: GeneratedFile[] = [rootActionYml(), vssExtension()];
  for (const c of capabilities) files.push(actionYml(c), taskJson(c), ...taskStubs(c));
  files.push(...schemaValidators());
  const readmePath = path.join(ROOT, 'README.md');
  if (fs.existsSync(readmePath)) {
    files.push({ path: 'README.md', content: updateReadme(fs.readFileSync(readmePath, 'utf8')) });
  }
  return files;
}

/** The generated files whose content on disk differs from what the manifests say. */
export function staleFiles(): string[] {
  return allGeneratedFiles()
    .filter((f) => {
      const p = path.join(ROOT, f.path);
      return !fs.existsSync(p) || fs.readFileSync(p, 'utf8') !== f.content;
    })
    .map((f) => f.path);
}

function main(): void {
  const check = process.argv.includes('--check');
  if (check) {
    const stale = staleFiles();
    if (stale.length > 0) {
      console.error(
        `Generated files are stale: ${stale.join(', ')}. Run \`npm run generate\` and commit.`,
      );
      process.exit(1);
    }
    console.log('Generated files are up to date.');
    return;
  }
  for (const f of allGeneratedFiles()) {
    const p = path.join(ROOT, f.path);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    if (!fs.existsSync(p) || fs.readFileSync(p, 'utf8') !== f.content) {
      fs.writeFileSync(p, f.content);
      console.log(`wrote ${f.path}`);
    }
  }
}

if (require.main === module) main();
