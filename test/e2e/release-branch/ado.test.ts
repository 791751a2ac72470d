// The CreateReleaseBranch task's source through the task-lib mock runner, against a fake Azure
// DevOps Git REST API in its own process; the job token comes from SystemVssConnection.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runAdoTask, startServerProcess } from '../../helpers/ado-runner';

const TOKEN = 'ado-sentinel-job-token-0042';
let server: Awaited<ReturnType<typeof startServerProcess>>;
let info: { url: string; base: string; head: string };
let temp: string;

beforeAll(async () => {
  server = await startServerProcess(
    path.join(__dirname, '../../helpers/fake-azure-devops-git-server.js'),
    [TOKEN],
  );
  info = JSON.parse(server.url) as typeof info;
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'release-ado-'));
});
afterAll(async () => {
  const exited = new Promise((r) => server.child.once('exit', r));
  server.stop();
  await exited;
  fs.rmSync(temp, { recursive: true, force: true });
});

const options = (inputs: Record<string, string>) => ({
  inputs,
  endpoints: {
    SystemVssConnection: { url: info.url, scheme: 'OAuth', parameters: { AccessToken: TOKEN } },
  },
  variables: {
    'System.CollectionUri': `${info.url}/`,
    'System.TeamProject': 'proj',
    'Build.Repository.Name': 'ml-repo',
    'Build.Repository.Provider': 'TfsGit',
    'Build.SourceVersion': info.head,
    'Build.BuildId': '88',
    'Agent.TempDirectory': temp,
  },
});

async function state() {
  const res = await fetch(`${info.base}/_test/state`);
  return (await res.json()) as {
    refs: Record<string, string>;
    tags: Record<string, { object: string }>;
  };
}

test('the task cuts release/v1.1.0 with an annotated tag at the build commit, and a re-run is a no-op', async () => {
  const run = await runAdoTask('release-branch', options({}));
  expect(run.result).toBe('Succeeded');
  expect(run.outputs).toMatchObject({
    version: '1.1.0',
    branch: 'release/v1.1.0',
    tag: 'v1.1.0',
    sha: info.head,
    previousTag: 'v1.0.0',
    created: 'true',
  });
  expect(run.outputs.releaseUrl).toBe(`${info.url}/proj/_git/ml-repo?version=GTv1.1.0`);
  const s = await state();
  expect(s.refs['refs/heads/release/v1.1.0']).toBe(info.head);
  expect(s.tags[s.refs['refs/tags/v1.1.0']].object).toBe(info.head);
  // ADO has no release object: the notes are in the run's summary.
  const summaryFile = /##vso\[task\.uploadsummary\](.+)/.exec(run.stdout)?.[1].trim();
  expect(summaryFile).toBeDefined();
  const summary = fs.readFileSync(summaryFile as string, 'utf8');
  expect(summary).toContain('### Release v1.1.0');
  expect(summary).toMatch(/### Features\n\n- batch scoring job/);
  expect(summary).toMatch(/### Fixes\n\n- monitoring table name/);
  expect(summary).toContain('#3 feat: batch scoring job');
  // The commit that carries a logging command is listed, and does not set anything.
  expect(summary).toContain('task.setvariable');
  expect(run.stdout.match(/##vso\[task\.setvariable variable=tag;/g)).toHaveLength(1);
  // task-lib's own debug line for the endpoint parameter is masked by the agent (the job token
  // is a secret it issued); nothing of ours prints it.
  const ours = run.stdout
    .split('\n')
    .filter((l) => !l.includes('auth param AccessToken') && !l.includes('task.setsecret'));
  expect(ours.join('\n')).not.toContain(TOKEN);

  const again = await runAdoTask('release-branch', options({}));
  expect(again.result).toBe('Succeeded');
  expect(again.outputs).toMatchObject({ version: '1.1.0', created: 'false' });
});

test('bad input fails naming the ADO input', async () => {
  const run = await runAdoTask('release-branch', options({ branch: 'release' }));
  expect(run.result).toBe('Failed');
  expect(run.stdout).toMatch(/Input 'branch' must contain \{version\} for style versioned/);
});
