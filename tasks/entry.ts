// Azure DevOps entry point: one bundle (dist/ado.js), copied into each task folder when the
// extension is packaged; each task's index.js calls `run` with its capability name.
import * as tl from 'azure-pipelines-task-lib/task';
import { findCapability } from '../shared/capabilities';
import { AzureDevOpsHost } from '../shared/host/azure-devops';
import { cancellationSignal } from '../shared/host/signals';
import { runCapability, type Phase } from '../shared/runner';

export async function run(name: string, phase: Phase): Promise<void> {
  const entry = findCapability(name);
  if (!entry) {
    tl.setResult(tl.TaskResult.Failed, `Unknown capability '${name}'.`);
    return;
  }
  const cancel = cancellationSignal((sig) => console.log(`Received ${sig}: cancelling.`));
  try {
    const host = new AzureDevOpsHost(process.env);
    await runCapability(host, await entry.load(), phase, { signal: cancel.signal });
  } finally {
    cancel.dispose();
  }
}
