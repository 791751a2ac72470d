// GitHub Actions entry point: one bundle (dist/github.js) for every action; each action's
// `main`/`post` is a two-line stub that calls `run` with its capability name.
import * as core from '../shared/host/github-commands';
import { capabilities, findCapability, loadCapability } from '../shared/capabilities';
import { GithubHost } from '../shared/host/github';
import { cancellationSignal } from '../shared/host/signals';
import { OLD_ROOT_SELECTOR, ROOT_SELECTOR, carriersFor, rootPlan } from '../shared/root-action';
import { runCapability, type Phase } from '../shared/runner';

export async function run(
  name: string,
  phase: Phase,
  host: GithubHost = new GithubHost(),
): Promise<void> {
  const capability = await loadCapability(name);
  if (!capability) {
    core.setFailed(`Unknown capability '${name}'.`);
    return;
  }
  const cancel = cancellationSignal((sig) => core.info(`Received ${sig}: cancelling.`));
  try {
    const code = await runCapability(host, capability, phase, { signal: cancel.signal });
    if (code !== 0) process.exitCode = 1;
  } finally {
    cancel.dispose();
  }
}

/**
 * The runner as the root action sees it: an input the user left empty falls back to the hidden
 * input that carries the selected capability's `${{ }}` default (see shared/root-action.ts).
 */
export class RootGithubHost extends GithubHost {
  constructor(private readonly carriers: Map<string, string>) {
    super();
  }

  override getInput(name: string): string | undefined {
    const value = super.getInput(name);
    const carrier = this.carriers.get(name);
    return value === undefined && carrier ? super.getInput(carrier) : value;
  }
}

/** Why the selector is unusable, or undefined when it names a capability. */
function selectorProblem(selected: string): string | undefined {
  const names = capabilities.map((c) => c.manifest.name);
  const valid = `Use one of: ${names.join(', ')}.`;
  if (selected) {
    if (findCapability(selected)) return undefined;
    return `Input '${ROOT_SELECTOR}' has an unknown value '${selected}'. ${valid}`;
  }
  const old = core.getInput(OLD_ROOT_SELECTOR).trim();
  if (findCapability(old))
    return `Input '${ROOT_SELECTOR}' is not set, and '${OLD_ROOT_SELECTOR}' is '${old}'. The root action selects the capability with '${ROOT_SELECTOR}' ('${OLD_ROOT_SELECTOR}' is unit-tests' shell command): replace \`${OLD_ROOT_SELECTOR}: ${old}\` with \`${ROOT_SELECTOR}: ${old}\`.`;
  return `Input '${ROOT_SELECTOR}' is required: set it to the capability to run. ${valid}`;
}

/** The root action: `uses: OWNER/REPO@v1` with `capability: <capability>`. */
export async function runRoot(phase: Phase): Promise<void> {
  const selected = core.getInput(ROOT_SELECTOR).trim();
  const problem = selectorProblem(selected);
  if (problem) {
    // The main step already failed with this message; the post step has nothing to clean up.
    if (phase === 'main') core.setFailed(problem);
    return;
  }
  const plan = rootPlan(capabilities.map((c) => c.manifest));
  await run(selected, phase, new RootGithubHost(carriersFor(plan, selected)));
}
