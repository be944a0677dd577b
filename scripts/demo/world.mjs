// The demo's world: the GitHub API emulator (test/harness/emulator, loaded as TypeScript through
// ts-hooks.mjs), a local model server, a real git repository holding a copy of examples/churn whose
// origin is the emulator's repository, and helpers that run the built dist/ bundles as a runner does.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startModelServer } from './model-server.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OWNER = 'octo-org';
export const NAME = 'churn';
export const REPOSITORY = `${OWNER}/${NAME}`;

const ts = (rel) => import(path.join(root, rel));

/** Starts everything; `close()` stops it. */
export async function openWorld() {
  const { startEmulator } = await ts('test/harness/emulator/index.ts');
  const runner = await ts('test/harness/runner.ts');
  const payloads = await ts('test/harness/payloads.ts');
  const repo = await ts('test/helpers/repo.ts');
  // Every REST method: the demo merges pull requests, which the product itself never does.
  const { clientWithEveryEndpoint } = await ts('test/helpers/github-client.ts');
  const users = ['alice', 'bob', 'carol', 'dave'].map((login) => ({ login, permission: 'write' }));
  const emulator = await startEmulator({ owner: OWNER, repo: NAME, users });
  const server = await startModelServer();
  const ws = repo.tempDir('mlops-demo-');
  cpSync(path.join(root, 'examples/churn'), ws, { recursive: true });
  const config = path.join(ws, '.github/mlops.yml');
  writeFileSync(config, readFileSync(config, 'utf8').replaceAll('http://127.0.0.1:8765', server.url));
  const git = (...args) => repo.git(ws, ...args).trim();
  git('init', '--quiet', '--initial-branch=main');
  git('remote', 'add', 'origin', emulator.bareRepo);
  const env = { ...repo.gitEnv, MLOPS_GITHUB_WRITE_INTERVAL_MS: '0', MODEL_SERVER: server.url };
  const token = emulator.tokens.installation;

  /** Runs dist/<bundle> on an event in the workspace, as a runner would, and checks no token leaked. */
  async function action(bundle, event, inputs = {}, extraEnv = {}) {
    const result = await runner.runAction({ bundle, event, inputs, workspace: ws, emulator, token, env: { ...env, ...extraEnv }, timeoutMs: 60_000 });
    const leaked = runner.leaks(result, token);
    if (leaked.length) throw new Error(`the ${bundle} action printed the token`);
    return result;
  }

  const sha = (ref = 'HEAD') => git('rev-parse', ref);
  const target = (extra = {}) => ({ repository: REPOSITORY, ...extra });
  const events = {
    push: (branch, sender = 'alice') => {
      const e = payloads.pushEvent(target({ ref: branch, after: sha(), sender }));
      Object.assign(e.payload.repository, { default_branch: 'main' });
      return e;
    },
    pull: (number, head, base, action = 'opened', sender = 'alice') => payloads.pullRequestEvent(target({ number, head: { ref: head, sha: sha(head) }, base: { ref: base, sha: sha(`origin/${base}`) }, sender }), action),
    review: (number, head, base, sender) => ({ name: 'pull_request_review', payload: runner.retarget(runner.webhookExample('pull_request_review', 'submitted'), target({ number, head: { ref: head, sha: sha(head) }, base: { ref: base, sha: sha(`origin/${base}`) }, sender })) }),
    schedule: () => ({ name: 'schedule', payload: { schedule: '0 6 * * *', workflow: '.github/workflows/mlops-monitor.yml', repository: { full_name: REPOSITORY, name: NAME, owner: { login: OWNER }, default_branch: 'main' } } }),
    issue: (issue) => {
      const payload = runner.retarget(runner.webhookExample('issues', 'opened'), target({ sender: issue.author }));
      Object.assign(payload.issue, { number: issue.number, title: issue.title, body: issue.body, labels: issue.labels.map((name) => ({ name })), user: { ...payload.issue.user, login: issue.author } });
      Object.assign(payload.repository, { default_branch: 'main' });
      return { name: 'issues', payload };
    },
  };

  /** The `mlops` CLI bundle, when it is built; returns its output. */
  const cliPath = path.join(root, 'dist/cli/index.js');
  const cliHas = (command) => existsSync(cliPath) && execFileSync(process.execPath, [cliPath, '--help'], { encoding: 'utf8' }).includes(`  ${command} `);
  const cli = (...args) => {
    try {
      return { code: 0, out: execFileSync(process.execPath, [cliPath, ...args], { cwd: ws, env: { ...process.env, ...env }, encoding: 'utf8', stdio: 'pipe' }) };
    } catch (error) {
      return { code: error.status ?? 2, out: `${error.stdout ?? ''}${error.stderr ?? ''}` };
    }
  };

  /** Runs a Python script of the example (python3 on PATH), or tells whether python3 exists. */
  const python = (script) => {
    if (!script) {
      try {
        execFileSync('python3', ['--version'], { stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    }
    return execFileSync('python3', [script], { cwd: ws, encoding: 'utf8' });
  };

  const bundleBuilt = (bundle) => existsSync(path.join(root, 'dist', bundle, 'index.js'));
  const client = (login) => clientWithEveryEndpoint({ token: emulator.tokens.personal(login), baseUrl: emulator.url, writeIntervalMs: 0 });

  return {
    emulator, server, ws, git, sha, action, events, cli, cliHas, python, bundleBuilt, client, state: emulator.state, seed: emulator.seed,
    async close() {
      await emulator.close();
      await server.close();
    },
  };
}
