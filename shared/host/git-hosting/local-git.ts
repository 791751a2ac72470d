import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { InputError, UserError } from '../../errors';
import type { Commit, ReleaseBackend } from '../../git-hosting';

/** Separates commits in `git log` output: a byte that cannot occur in a commit message. */
const RECORD = '\x1e';

/**
 * The CLI's backend: the local repository through the git binary. Branch and tag are created
 * locally; pushing them is left to the user, who can look at them first.
 */
export function localGitBackend(
  repositoryPath: string,
  env: Readonly<Record<string, string | undefined>>,
  signal?: AbortSignal,
): ReleaseBackend {
  const dir = path.resolve(repositoryPath);
  if (!fs.existsSync(dir))
    throw new InputError(
      'repository-path',
      `names a folder that does not exist: ${dir}`,
      'Give the path of a git repository.',
    );
  const git = (args: string[]) =>
    new Promise<{ ok: boolean; stdout: string; stderr: string }>((resolve, reject) => {
      execFile(
        'git',
        ['-C', dir, ...args],
        { maxBuffer: 64 * 1024 * 1024, signal, env: { ...env, LC_ALL: 'C' } },
        (err, stdout, stderr) => {
          if (err && (err as NodeJS.ErrnoException).code === 'ENOENT')
            reject(
              new UserError(
                'git is not installed or not on PATH: install git to release from the CLI.',
              ),
            );
          else resolve({ ok: !err, stdout, stderr });
        },
      );
    });
  const must = async (args: string[], what: string) => {
    const r = await git(args);
    if (!r.ok) throw new UserError(`git could not ${what} in ${dir}: ${firstLine(r.stderr)}`);
    return r.stdout;
  };
  const verify = async (name: string) => {
    const r = await git(['rev-parse', '--verify', '--quiet', `${name}^{commit}`]);
    return r.ok ? r.stdout.trim() : undefined;
  };
  let checked = false;
  const ensureRepo = async () => {
    if (checked) return;
    const r = await git(['rev-parse', '--git-dir']);
    if (!r.ok)
      throw new InputError(
        'repository-path',
        `is not a git repository: ${dir}`,
        'Run the CLI in the repository, or point the option at it.',
      );
    checked = true;
  };
  return {
    where: `the git repository ${dir}`,
    async resolveCommit(ref) {
      await ensureRepo();
      return verify(ref);
    },
    async listTags(prefix) {
      await ensureRepo();
      const out = await must(['tag', '--list', `${prefix}*`], 'list tags');
      return out.split('\n').filter(Boolean);
    },
    tagCommit: (name) => verify(`refs/tags/${name}`),
    branchCommit: (name) => verify(`refs/heads/${name}`),
    async commitsBetween(from, to) {
      const range = from ? [`${from}..${to}`] : [to];
      const out = await must(['log', `--format=%H%n%B${RECORD}`, ...range, '--'], 'list commits');
      return out
        .split(RECORD)
        .map((r) => r.replace(/^\n+/, ''))
        .filter((r) => r.trim() !== '')
        .map((r): Commit => {
          const nl = r.indexOf('\n');
          return { sha: r.slice(0, nl), message: r.slice(nl + 1).trimEnd() };
        });
    },
    async isAncestor(ancestor, descendant) {
      return (await git(['merge-base', '--is-ancestor', ancestor, descendant])).ok;
    },
    async createBranch(name, sha) {
      await must(['branch', '--no-track', name, sha], `create branch ${name}`);
    },
    async moveBranch(name, from, to) {
      // update-ref with the old value refuses when someone moved the branch in between; this also
      // works when the branch is checked out elsewhere, which `git branch -f` refuses.
      await must(
        ['update-ref', '-m', 'release-branch', `refs/heads/${name}`, to, from],
        `move branch ${name}`,
      );
    },
    async createAnnotatedTag(name, sha, message) {
      await must(['tag', '-a', name, '-m', message, sha], `create tag ${name}`);
    },
  };
}

function firstLine(s: string): string {
  const l = s.trim().split('\n')[0] ?? '';
  return l.length > 300 ? `${l.slice(0, 297)}...` : l;
}
