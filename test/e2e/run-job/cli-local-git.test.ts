// The CLI as the inner loop: `databricks-mlops run-job` in a developer's git checkout, outside CI,
// submits the pushed HEAD of the checkout's origin (here a local bare repository).
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCliBundle } from '../../helpers/cli-bundle';
import { CODE } from './helpers';

const cli = (args: string[], cwd: string) => runCliBundle(args, undefined, cwd);

let dir: string;
let origin: string;
let work: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd: work,
    encoding: 'utf8',
  }).trim();

beforeAll(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cli-local-git-')));
  origin = path.join(dir, 'origin.git');
  work = path.join(dir, 'work');
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin]);
  execFileSync('git', ['clone', '-q', origin, work], { stdio: 'ignore' });
  fs.mkdirSync(path.join(work, 'notebooks', 'lib'), { recursive: true });
  for (const f of ['greet.py', 'hello.py', 'lib/shout.py'])
    fs.copyFileSync(path.join(CODE, f), path.join(work, 'notebooks', f));
  git('checkout', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'first');
  git('push', '-q', 'origin', 'main');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const RUN = [
  'run-job',
  '--databricks-host',
  'local',
  '--notebook-path',
  'notebooks/hello',
  '--parameters',
  'name=git',
];

test('outside CI, git-source auto submits the pushed HEAD of the checkout and the run succeeds', async () => {
  const sha = git('rev-parse', 'HEAD');
  const r = await cli([...RUN, '--json'], work);
  expect(r.stderr).not.toContain('warning:');
  expect(r.status).toBe(0);
  expect(r.stderr).toContain(
    `Code: ${path.join(dir, 'origin')} at commit ${sha.slice(0, 12)} (gitHub).`,
  );
  const outputs = JSON.parse(r.stdout) as Record<string, unknown>;
  expect(outputs['notebook-output']).toBe('HELLO GIT!');
  expect(outputs['result-state']).toBe('SUCCESS');
});

test('uncommitted changes and an unpushed commit are warned about: Databricks runs what origin has', async () => {
  const greet = path.join(work, 'notebooks', 'greet.py');
  fs.writeFileSync(greet, 'def greeting(name):\n    return "edited %s" % name\n');
  const dirty = await cli(RUN, work);
  expect(dirty.status).toBe(0);
  expect(dirty.stderr).toMatch(
    /warning: The work tree has 1 uncommitted change: Databricks checks out commit [0-9a-f]{12} from origin, not your work tree\./,
  );
  // The committed greeting ran, not the edit.
  expect(dirty.stdout).toContain('notebook-output=HELLO GIT!\n');

  git('commit', '-qam', 'not pushed');
  const unpushed = await cli(RUN, work);
  expect(unpushed.stderr).toMatch(
    /warning: Commit [0-9a-f]{12} is on no branch of origin \(as last fetched\)/,
  );
  expect(unpushed.stderr).not.toContain('uncommitted');
  // The local workspace, like Databricks, cannot check out a commit origin does not have.
  expect(unpushed.status).toBe(1);
  expect(unpushed.stdout).toMatch(/^error-message=.*Failed to checkout Git repository/m);
});
