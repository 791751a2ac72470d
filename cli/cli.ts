// The `databricks-mlops` command: every capability, plus `local` (the local workspace). The
// executable is cli/main.ts; this module is what tests drive in process.
import { capabilities, findCapability } from '../shared/capabilities';
import type { CapabilityEntry } from '../shared/capabilities';
import { connectionSetting, connectionSettingForInput } from '../shared/connection-settings';
import { describeInput, plainText } from '../shared/describe';
import { CliHost, cliEnvName } from '../shared/host/cli';
import { cancellationSignal } from '../shared/host/signals';
import type { InputSpec } from '../shared/manifest';
import { EXIT_OK, EXIT_USER_ERROR, runCapability } from '../shared/runner';
import { VERSION } from '../shared/version';

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: Readonly<Record<string, string | undefined>>;
}

const GLOBAL_FLAGS = `Options for every command:
  --json                 print all outputs as one JSON object on stdout
  --summary-file FILE    write the markdown summary to FILE instead of stderr
  --artifact-dir DIR     keep artifacts (upload-artifact) in DIR/<name>; default ./databricks-mlops-artifacts
  --verbose              print debug messages
  --help                 show the command's inputs`;

export function mainHelp(): string {
  const width = Math.max(...capabilities.map((c) => c.manifest.name.length), 5) + 2;
  const rows = capabilities.map(
    (c) => `  ${c.manifest.name.padEnd(width)} ${plainText(c.manifest.description)}`,
  );
  return [
    `databricks-mlops ${VERSION}: carry ML code from a pull request to production on Databricks.`,
    '',
    'Usage: databricks-mlops <command> [--input value ...] [--json]',
    '',
    'Commands:',
    ...rows,
    `  ${'local'.padEnd(width)} Start a local workspace (a Databricks stand-in on this machine).`,
    '',
    GLOBAL_FLAGS,
    '',
    "Run 'databricks-mlops <command> --help' for its inputs. Exit codes: 0 success, 1 the run or",
    'gate failed, 2 bad or missing input.',
  ].join('\n');
}

function inputHelp(name: string, spec: InputSpec, inputs: Record<string, InputSpec>): string {
  const facts: string[] = [spec.type === 'choice' ? (spec.options ?? []).join('|') : spec.type];
  if (spec.required) facts.push('required');
  if (spec.default !== undefined) facts.push(`default: ${spec.default}`);
  const envs = [cliEnvName(name), ...(spec.env ?? connectionSettingForInput(name)?.env ?? [])];
  facts.push(`env: ${envs.join(', ')}`);
  const text = wrap(describeInput(spec, 'cli', inputs), 92).join('\n      ');
  return `  --${name}\n      ${text}\n      (${facts.join('; ')})`;
}

export function commandHelp(capability: CapabilityEntry): string {
  const { manifest } = capability;
  const lines = [`databricks-mlops ${manifest.name}: ${manifest.description}`, '', 'Inputs:'];
  for (const [name, spec] of Object.entries(manifest.inputs)) {
    if (spec.adoOnly) continue;
    lines.push(inputHelp(name, spec, manifest.inputs));
  }
  lines.push('', 'Outputs:');
  for (const [name, spec] of Object.entries(manifest.outputs))
    lines.push(`  ${name}: ${plainText(spec.description)}`);
  lines.push('', GLOBAL_FLAGS);
  return lines.join('\n');
}

/** Words onto lines of at most `width` characters, for a terminal. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

interface ParsedArgs {
  flags: Map<string, string>;
  json: boolean;
  verbose: boolean;
  help: boolean;
  summaryFile?: string;
  artifactDir?: string;
}

class UsageError extends Error {}

function parseArgs(capability: CapabilityEntry, argv: string[]): ParsedArgs {
  const { inputs } = capability.manifest;
  const parsed: ParsedArgs = { flags: new Map(), json: false, verbose: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') parsed.json = true;
    else if (arg === '--verbose') parsed.verbose = true;
    else if (arg === '--help' || arg === '-h') parsed.help = true;
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      let value = eq > 0 ? arg.slice(eq + 1) : undefined;
      const spec = inputs[name];
      if (name === 'summary-file') {
        parsed.summaryFile = value ?? argv[++i];
        continue;
      }
      if (name === 'artifact-dir') {
        parsed.artifactDir = value ?? argv[++i];
        continue;
      }
      if (!spec || spec.adoOnly) {
        const hint = closest(name, Object.keys(inputs));
        throw new UsageError(
          `Unknown option --${name} for ${capability.manifest.name}.${hint ? ` Did you mean --${hint}?` : ''} Run \`databricks-mlops ${capability.manifest.name} --help\` for its inputs.`,
        );
      }
      if (value === undefined) {
        const next = argv[i + 1];
        if (spec.type === 'boolean' && (next === undefined || next.startsWith('--')))
          value = 'true';
        else if (next === undefined) throw new UsageError(`Option --${name} needs a value.`);
        else value = argv[++i];
      }
      parsed.flags.set(name, value);
    } else {
      throw new UsageError(`Unexpected argument '${arg}'. Inputs are given as --name value.`);
    }
  }
  return parsed;
}

function closest(name: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = distance(name, c);
    if (d < bestScore) {
      bestScore = d;
      best = c;
    }
  }
  return bestScore <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

export async function cli(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(`${mainHelp()}\n`);
    return command === undefined ? EXIT_USER_ERROR : EXIT_OK;
  }
  if (command === '--version' || command === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT_OK;
  }
  if (command === 'local') {
    // Loaded on demand: the local workspace is most of the bundle and no other command needs it.
    const { localCommand } =
      require('../local-workspace/cli') as typeof import('../local-workspace/cli');
    return localCommand(rest, io);
  }
  const entry = findCapability(command);
  if (!entry) {
    const hint = closest(
      command,
      capabilities.map((c) => c.manifest.name),
    );
    io.stderr.write(
      `error: Unknown command '${command}'.${hint ? ` Did you mean '${hint}'?` : ''} Run \`databricks-mlops --help\` for the list.\n`,
    );
    return EXIT_USER_ERROR;
  }
  let args: ParsedArgs;
  try {
    args = parseArgs(entry, rest);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`error: ${err.message}\n`);
      return EXIT_USER_ERROR;
    }
    throw err;
  }
  if (args.help) {
    io.stdout.write(`${commandHelp(entry)}\n`);
    return EXIT_OK;
  }
  const host = new CliHost({
    flags: args.flags,
    env: io.env,
    stdout: io.stdout,
    stderr: io.stderr,
    verbose: args.verbose || io.env.RUNNER_DEBUG === '1',
    json: args.json,
    summaryFile: args.summaryFile,
    artifactDir: args.artifactDir,
  });
  const local = await startLocalIfAsked(args.flags, io);
  const cancel = cancellationSignal((sig) => host.info(`Received ${sig}: cancelling.`));
  try {
    const capability = await entry.load();
    let code = await runCapability(host, capability, 'main', { signal: cancel.signal });
    // A terminal has no separate post step: clean up right after the main phase.
    if (capability.post) {
      const postCode = await runCapability(host, capability, 'post', { signal: cancel.signal });
      if (code === EXIT_OK) code = postCode;
    }
    host.finish(capability.manifest.outputs);
    return code;
  } finally {
    cancel.dispose();
    await local?.close();
  }
}

/**
 * `--databricks-host local`: runs the command against a local workspace started for it (in this
 * process, on a free loopback port), so a capability can be tried with no Databricks account.
 */
async function startLocalIfAsked(
  flags: Map<string, string>,
  io: Io,
): Promise<{ close(): Promise<void> } | undefined> {
  // The same places, in the same order, as the host is read from for the capability itself.
  const { input, env } = connectionSetting('host');
  const asked = [flags.get(input), io.env[cliEnvName(input)], ...env.map((name) => io.env[name])]
    .map((v) => v?.trim())
    .find((v) => v !== undefined && v !== '');
  if (asked !== 'local') return undefined;
  const { startLocalWorkspace } =
    require('../local-workspace/server') as typeof import('../local-workspace/server');
  const workspace = await startLocalWorkspace({ port: 0 });
  io.stderr.write(`Started a local workspace at ${workspace.host} for this command.\n`);
  flags.set('databricks-host', workspace.host);
  // A token the user gave for this command is sent as given: the local workspace answers 401 to any
  // token it did not issue, as Databricks does. DATABRICKS_TOKEN belongs to the real workspace.
  if (!flags.get('databricks-token') && !io.env[cliEnvName('databricks-token')])
    flags.set('databricks-token', workspace.token);
  return workspace;
}
