/**
 * A local GitHub REST API emulator for tests: stateful endpoints the product uses, git data over a
 * real bare repository, GitHub's token identities, every request and response validated against
 * GitHub's OpenAPI description, and switches for 5xx, rate limits, slow answers and resets.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:net';
import { gitEnv, tempDir } from '../../helpers/repo.js';
import { GitRepo } from './git.js';
import type { Actor, Handler, Runtime } from './http.js';
import { loadApi } from './openapi.js';
import { checkHandlers } from './routes/checks.js';
import { deploymentHandlers } from './routes/deployments.js';
import { gitHandlers } from './routes/gitdata.js';
import { issueHandlers } from './routes/issues.js';
import { pullHandlers } from './routes/pulls.js';
import { browserDownload, releaseHandlers } from './routes/releases.js';
import { repoHandlers } from './routes/repos.js';
import { createSeeder, type Seeder, type SeedUser } from './seed.js';
import { listen, type FaultRule, type RequestLogEntry, type Violation } from './server.js';
import { emptyState, ACTIONS_BOT, type EmulatorState, type UserRecord } from './state.js';
import { ApiValidator } from './validator.js';

export type { FaultRule, RequestLogEntry, Violation } from './server.js';
export type * from './state.js';
export type { Seeder, SeedIssue, SeedPullRequest, SeedReview, SeedUser } from './seed.js';

export interface EmulatorOptions {
  /** Repository owner (an organization; default `octo-org`). */
  owner?: string;
  /** Repository name (default `models`). */
  repo?: string;
  /** An existing bare repository to serve; by default a new empty one in a temp folder. */
  bareRepo?: string;
  /** Default branch (default `main`). */
  defaultBranch?: string;
  /** Users to know from the start, with their repository permission. */
  users?: ({ login: string } & SeedUser)[];
}

export interface EmulatorTokens {
  /** Behaves like an Actions GITHUB_TOKEN: writes as `github-actions[bot]`, `GET /user` is refused, no org teams. */
  installation: string;
  /** A personal access token of `login` (the user is created if unknown); it can read org teams. */
  personal(login: string): string;
  /** Allows or forbids a token to read org teams and memberships (GitHub: the `members` permission). */
  setOrgRead(token: string, allowed: boolean): void;
  /** Allows or forbids a token to write (forbidden: every non-GET answers 403, like a fork PR's GITHUB_TOKEN). */
  setWrite(token: string, allowed: boolean): void;
}

export interface Emulator {
  /** API root for `GITHUB_API_URL` / Octokit `baseUrl` (uploads are served here too). */
  url: string;
  /** Path of the bare repository behind the git data endpoints (`git push` to it). */
  bareRepo: string;
  state: EmulatorState;
  tokens: EmulatorTokens;
  seed: Seeder;
  /** Every request, in order, faulted ones included. */
  requests: RequestLogEntry[];
  /** Requests and responses that left GitHub's documented contract. */
  violations: Violation[];
  /** Throws, listing them, when there are violations. */
  assertNoViolations(): void;
  /** Adds a fault; the first rule matching a request is applied (`times` defaults to 1). */
  inject(rule: FaultRule): void;
  close(): Promise<void>;
}

/** Every operation the emulator serves, by GitHub's operationId. */
export const handlers: Record<string, Handler> = {
  ...repoHandlers,
  ...issueHandlers,
  ...pullHandlers,
  ...releaseHandlers,
  ...deploymentHandlers,
  ...checkHandlers,
  ...gitHandlers,
};

let validator: ApiValidator | undefined;

/** Starts an emulator on 127.0.0.1 at a free port. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  validator ??= new ApiValidator(loadApi(Object.keys(handlers)));
  const defaultBranch = options.defaultBranch ?? 'main';
  const bareRepo = options.bareRepo ?? newBareRepo(defaultBranch);
  const state = emptyState(options.owner ?? 'octo-org', options.repo ?? 'models', defaultBranch);
  let id = 1000000;
  const rt: Runtime = { state, git: new GitRepo(bareRepo), api: '', nextId: () => ++id };
  const tokens = new Map<string, Actor>();
  const installation = `ghs_${randomBytes(18).toString('hex')}`;
  tokens.set(installation, {
    login: ACTIONS_BOT.login,
    kind: 'installation',
    canReadOrg: false,
    canWrite: true,
  });
  const seed = createSeeder(rt);
  for (const user of options.users ?? []) seed.user(user.login, user);
  const requests: RequestLogEntry[] = [];
  const violations: Violation[] = [];
  const faults: FaultRule[] = [];
  const server = await listen({
    rt,
    validator,
    handlers,
    tokens,
    faults,
    requests,
    violations,
    extra: async (path) => browserDownload(state, path),
  });
  const address = server.address() as { port: number };
  rt.api = `http://127.0.0.1:${address.port}`;
  return {
    url: rt.api,
    bareRepo,
    state,
    seed,
    requests,
    violations,
    tokens: {
      installation,
      personal: (login) => personalToken(tokens, seed.user(login)),
      setOrgRead: (token, allowed) => void (actorOf(tokens, token).canReadOrg = allowed),
      setWrite: (token, allowed) => void (actorOf(tokens, token).canWrite = allowed),
    },
    assertNoViolations: () => {
      if (violations.length)
        throw new Error(`GitHub API contract violations:\n${formatViolations(violations)}`);
    },
    inject: (rule) => void faults.push({ times: 1, ...rule }),
    close: () => closeServer(server),
  };
}

function actorOf(tokens: Map<string, Actor>, token: string): Actor {
  const actor = tokens.get(token);
  if (!actor) throw new Error('unknown token');
  return actor;
}

function personalToken(tokens: Map<string, Actor>, user: UserRecord): string {
  for (const [token, actor] of tokens)
    if (actor.kind === 'personal' && actor.login === user.login) return token;
  const token = `ghp_${randomBytes(18).toString('hex')}`;
  tokens.set(token, { login: user.login, kind: 'personal', canReadOrg: true, canWrite: true });
  return token;
}

function newBareRepo(branch: string): string {
  const dir = tempDir('mlops-emulator-');
  execFileSync('git', ['init', '--quiet', '--bare', `--initial-branch=${branch}`, dir], {
    env: { ...process.env, ...gitEnv },
  });
  return dir;
}

/** One line per violation, for failure messages. */
export function formatViolations(violations: Violation[]): string {
  return violations
    .map(
      (v) =>
        `- ${v.kind}: ${v.method} ${v.path}${v.operationId ? ` (${v.operationId})` : ''}\n    ${v.problems.join('\n    ')}`,
    )
    .join('\n');
}

async function closeServer(server: Server): Promise<void> {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    (server as Server & { closeAllConnections?: () => void }).closeAllConnections?.();
  });
}
