// GitHub Actions entry point: one bundle (dist/github.js) for every action; each action's
// `main`/`post` is a two-line stub that calls `run` with its capability name.
import * as core from '@actions/core';
import { capabilities, findCapability, loadCapability } from '../shared/capabilities';
import { GithubHost } from '../shared/host/github';
import { cancellationSignal } from '../shared/host/signals';
import { runCapability, type Phase } from '../shared/runner';

export async function run(name: string, phase: Phase): Promise<void> {
  const capability = loadCapability(name);
  if (!capability) {
    core.setFailed(`Unknown capability '${name}'.`);
    return;
  }
  const host = new GithubHost();
  const cancel = cancellationSignal((sig) => core.info(`Received ${sig}: cancelling.`));
  try {
    const code = await runCapability(host, capability, phase, { signal: cancel.signal });
    if (code !== 0) process.exitCode = 1;
  } finally {
    cancel.dispose();
  }
}

/** The root action: `uses: OWNER/REPO@v1` with `command: <capability>`. */
export async function runRoot(phase: Phase): Promise<void> {
  const command = core.getInput('command').trim();
  if (!command) {
    if (phase === 'main')
      core.setFailed("Input 'command' is required: set it to the capability to run, e.g. run-job.");
    return;
  }
  if (!findCapability(command)) {
    if (phase === 'main')
      core.setFailed(
        `Input 'command' has an unknown value '${command}'. Use one of: ${capabilities.map((c) => c.manifest.name).join(', ')}.`,
      );
    return;
  }
  await run(command, phase);
}
