/** Real git repositories in temporary folders for adapter and end-to-end tests. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Identity and dates fixed so tests are reproducible and never read the developer's git config. */
export const gitEnv: NodeJS.ProcessEnv = {
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

/** Runs git synchronously in a folder with the test identity. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...gitEnv }, encoding: 'utf8' });
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'mlops-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** A new repository on branch main with the given files committed. */
export function makeRepo(files: Record<string, string> = { 'README.md': '# test\n' }): string {
  const dir = tempDir('mlops-repo-');
  git(dir, 'init', '--quiet', '--initial-branch=main');
  writeFiles(dir, files);
  git(dir, 'add', '-A');
  git(dir, 'commit', '--quiet', '-m', 'initial');
  return dir;
}

/** Writes files (creating folders) into a directory. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
}

/** A bare repository to push to, wired as `origin` of `repo`. */
export function addBareRemote(repo: string): string {
  const bare = tempDir('mlops-remote-');
  git(bare, 'init', '--quiet', '--bare', '--initial-branch=main');
  git(repo, 'remote', 'add', 'origin', bare);
  git(repo, 'push', '--quiet', 'origin', 'main');
  return bare;
}
