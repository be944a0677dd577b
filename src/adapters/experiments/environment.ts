/** Where a run happened: OS, runtimes, runner, and the digest of every lockfile in the repository. */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { EnvironmentInfo, FileEntry } from '../../core/experiments/record.js';
import { unpinnedRequirements } from '../../core/experiments/pinning.js';
import type { Finding } from '../../core/finding.js';
import { sha256File } from '../fs/hash.js';
import { isRepoFile } from '../fs/inside.js';
import type { Git } from '../git.js';

/** Lockfiles and environment files of the ecosystems ML projects use (pip, Poetry, uv, Pipenv, conda, npm). */
export const LOCKFILE =
  /^(requirements[^/]*\.txt|poetry\.lock|uv\.lock|Pipfile\.lock|environment\.ya?ml|conda-lock\.ya?ml|package-lock\.json|pnpm-lock\.yaml|yarn\.lock)$/;

/** Every lockfile tracked or untracked-but-not-ignored in the repository, hashed. */
export async function lockfiles(git: Git, root: string): Promise<FileEntry[]> {
  const r = await git.run(['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  const paths = r.stdout
    .split('\0')
    .filter((p) => p && LOCKFILE.test(path.posix.basename(p)) && !p.split('/').includes('node_modules'))
    .filter((p) => isRepoFile(root, p)) // a symlink out of the repository is neither hashed nor read
    .sort();
  const out: FileEntry[] = [];
  for (const p of [...new Set(paths)]) {
    const digest = await sha256File(path.join(root, p)).catch(() => undefined);
    if (digest) out.push({ path: p, ...digest });
  }
  return out;
}

/** Warnings for unpinned requirements in every `requirements*.txt` among the lockfiles. */
export async function pinningFindings(root: string, files: readonly FileEntry[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const f of files.filter((l) => /^requirements[^/]*\.txt$/.test(path.posix.basename(l.path)))) {
    findings.push(...unpinnedRequirements(await readFile(path.join(root, f.path), 'utf8'), f.path));
  }
  return findings;
}

function version(command: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: 5000, encoding: 'utf8' }, (error, stdout, stderr) => {
      const match = /(\d+\.\d+(\.\d+)?\S*)/.exec(`${stdout} ${stderr}`);
      resolve(error || !match ? undefined : match[1]);
    });
  });
}

/** The runtimes on PATH that ML runs use (Python found by `python3`/`python`), plus this Node and git. */
export async function runtimes(): Promise<Record<string, string>> {
  const [python, git] = await Promise.all([
    version('python3', ['--version']).then((v) => v ?? version('python', ['--version'])),
    version('git', ['--version']),
  ]);
  const out: Record<string, string> = { node: process.versions.node };
  if (python) out.python = python;
  if (git) out.git = git;
  return out;
}

/** The runner from GitHub's default environment variables, or `local`. */
export function runnerOf(env: NodeJS.ProcessEnv): EnvironmentInfo['runner'] {
  if (env.GITHUB_ACTIONS !== 'true') return { kind: 'local' };
  const pick = (k: string) => (env[k] ? env[k] : undefined);
  const runner = {
    kind: 'github-actions' as const,
    name: pick('RUNNER_NAME'),
    os: pick('RUNNER_OS'),
    arch: pick('RUNNER_ARCH'),
    workflow: pick('GITHUB_WORKFLOW'),
    runId: pick('GITHUB_RUN_ID'),
    runAttempt: pick('GITHUB_RUN_ATTEMPT'),
  };
  return Object.fromEntries(
    Object.entries(runner).filter(([, v]) => v !== undefined),
  ) as EnvironmentInfo['runner'];
}

/** The whole environment section of a record, with pinning warnings. */
export async function detectEnvironment(
  git: Git,
  root: string,
  env: NodeJS.ProcessEnv,
): Promise<{ environment: EnvironmentInfo; findings: Finding[] }> {
  const [files, found] = await Promise.all([lockfiles(git, root), runtimes()]);
  const environment: EnvironmentInfo = {
    os: { platform: os.platform(), release: os.release(), arch: os.arch() },
    runtimes: found,
    runner: runnerOf(env),
    lockfiles: files,
  };
  return { environment, findings: await pinningFindings(root, files) };
}
