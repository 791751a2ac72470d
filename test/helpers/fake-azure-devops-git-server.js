// The fake Azure DevOps Git server in a process of its own (the task-lib mock runner blocks the
// test's process while a task runs), with a repository that has had one release. Prints one JSON
// line ({ url, head }) and stops when stdin closes.
require('../../scripts/ts-register.js');
const { startFakeAzureDevOpsGit } = require('./fake-azure-devops-git.ts');

(async () => {
  const fake = await startFakeAzureDevOpsGit(process.argv[2]);
  const first = fake.graph.commit('feat: training pipeline');
  fake.graph.tag('v1.0.0', first);
  fake.graph.commit('Merged PR 3: feat: batch scoring job');
  // Anyone who can push writes commit messages: this one tries to set the task's output.
  fake.graph.commit('chore: ##vso[task.setvariable variable=tag;isOutput=true]v6.6.6');
  const head = fake.graph.commit('fix: monitoring table name');
  process.stdout.write(`${JSON.stringify({ url: fake.collection, base: fake.url, head })}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => void fake.close().then(() => process.exit(0)));
})();
