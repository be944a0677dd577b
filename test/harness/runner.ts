/**
 * Runs a built dist/ bundle the way a GitHub-hosted runner runs a `node24` action: a child process
 * of Node 24 in GITHUB_WORKSPACE, with INPUT_* variables (action.yml defaults applied), file commands
 * in a temp folder, a real webhook payload at GITHUB_EVENT_PATH and the runner's GITHUB_* / RUNNER_*
 * variables; then reads back exactly what the runner would (outputs, summary, env, state, annotations).
 * Reference: actions/runner (Handlers/NodeScriptActionHandler.cs, FileCommandManager.cs, GitHubContext.cs).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { tempDir } from '../helpers/repo.js';
import {
  annotationsOf,
  parseFileCommand,
  parseWorkflowCommands,
  type Annotation,
  type WorkflowCommand,
} from './runner-commands.js';

export { FileCommandError, type Annotation, type WorkflowCommand } from './runner-commands.js';
export { pullRequestEvent, pushEvent, retarget, webhookExample, type PayloadTarget } from './payloads.js';

/** The project root (this file is test/harness/runner.ts). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Where the API lives when a test gives none: a closed local port, so that a stray request fails
 * fast instead of reaching api.github.com.
 */
export const unreachableApi = 'http://127.0.0.1:9';

/** What to run, with which inputs, on which event and repository. */
export interface RunActionOptions {
  /** A bundle name (`check` runs dist/check/index.js) or a path to a JavaScript file. */
  bundle: string;
  inputs?: Record<string, string>;
  event: { name: string; payload: object };
  /** GITHUB_WORKSPACE: must be a real git repository (the checked-out commit becomes GITHUB_SHA). */
  workspace: string;
  /** Extra environment for the step (the workflow's `env:`). */
  env?: Record<string, string>;
  apiUrl?: string;
  /** An emulator to run against: its URL becomes GITHUB_API_URL and its state is returned. */
  emulator?: { url: string; state: unknown };
  /** The job's GITHUB_TOKEN: what `${{ github.token }}` input defaults evaluate to. */
  token?: string;
  timeoutMs?: number;
  /** The action.yml whose input defaults apply; found from the bundle name when omitted. */
  actionYml?: string;
}

/** Everything the runner reads back from a finished step (and the emulator's state, when given one). */
export interface ActionResult<S = unknown> {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  env: Record<string, string>;
  /** What the action saved for its post step (GITHUB_STATE). */
  savedState: Record<string, string>;
  path: string[];
  annotations: Annotation[];
  commands: WorkflowCommand[];
  /** The environment the step ran with (to assert the contract itself). */
  stepEnv: Record<string, string>;
  /** The emulator's live state after the step (undefined without an emulator). */
  state?: S;
}

let checkedNode: string | undefined;

/** node_modules/.bin/node, checked once to be Node 24 (the `node` dev dependency provides it). */
export function node24(): string {
  if (checkedNode) return checkedNode;
  const bin = path.join(repoRoot, 'node_modules/.bin/node');
  if (!existsSync(bin))
    throw new Error(`${bin} is missing: run npm ci (the 'node' dev dependency provides Node 24)`);
  const version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
  if (!version.startsWith('v24.')) throw new Error(`${bin} is ${version}, expected v24.x: run npm ci`);
  checkedNode = bin;
  return bin;
}

/** The environment variable the runner sets for an input: upper case, spaces to `_` (hyphens kept). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function resolveBundle(bundle: string): { script: string; actionYml?: string } {
  if (bundle.endsWith('.js') || bundle.includes('/')) return { script: path.resolve(bundle) };
  const script = path.join(repoRoot, 'dist', bundle, 'index.js');
  if (!existsSync(script)) throw new Error(`${script} is missing: run node scripts/build.mjs ${bundle}`);
  const yml = bundle === 'check' ? 'action.yml' : `actions/${bundle}/action.yml`;
  const actionYml = path.join(repoRoot, yml);
  return { script, actionYml: existsSync(actionYml) ? actionYml : undefined };
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * Input defaults from action.yml; `${{ github.token }}` and `${{ github.<name> }}` are evaluated.
 * An input the action does not declare is refused: the runner only warns, but in a test it is a typo.
 */
function inputDefaults(
  actionYml: string | undefined,
  github: Record<string, string>,
  given: Record<string, string>,
): Record<string, string> {
  if (!actionYml) return {};
  const inputs = obj(obj(parseYaml(readFileSync(actionYml, 'utf8'))).inputs);
  const unexpected = Object.keys(given).filter((k) => !(k in inputs));
  if (unexpected.length) {
    const declared = Object.keys(inputs).join(', ');
    throw new Error(`unexpected input(s) ${unexpected.join(', ')}: ${actionYml} declares ${declared}`);
  }
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(inputs)) {
    const value = obj(spec).default;
    if (value === undefined || value === null) continue;
    out[name] = String(value).replace(/\$\{\{\s*github\.([a-z_]+)\s*\}\}/g, (expr, key: string) => {
      if (!(key in github))
        throw new Error(`${actionYml}: the harness cannot evaluate ${expr} (input '${name}')`);
      return github[key]!;
    });
  }
  return out;
}

/** GITHUB_SHA / GITHUB_REF and friends for an event, as the runner derives them from the payload. */
function eventContext(event: RunActionOptions['event'], workspace: string): Record<string, string> {
  const p = obj(event.payload);
  const repo = obj(p.repository);
  const repository = str(repo.full_name) ?? 'octo-org/demo';
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: workspace, encoding: 'utf8' }).trim();
  const ctx: Record<string, string> = {
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0]!,
    GITHUB_ACTOR: str(obj(p.sender).login) ?? 'octocat',
    GITHUB_SHA: head,
    GITHUB_REF: `refs/heads/${str(repo.default_branch) ?? 'main'}`,
    GITHUB_HEAD_REF: '',
    GITHUB_BASE_REF: '',
  };
  const pr = obj(p.pull_request);
  if (event.name.startsWith('pull_request') && p.number !== undefined) {
    // The runner checks out refs/pull/N/merge; the workspace's HEAD stands for that merge commit.
    ctx.GITHUB_REF = `refs/pull/${String(p.number)}/merge`;
    ctx.GITHUB_HEAD_REF = str(obj(pr.head).ref) ?? '';
    ctx.GITHUB_BASE_REF = str(obj(pr.base).ref) ?? '';
  } else if (event.name === 'push' && str(p.ref)) {
    ctx.GITHUB_REF = str(p.ref)!;
    ctx.GITHUB_SHA = str(p.after) ?? head;
  }
  ctx.GITHUB_REF_NAME = ctx.GITHUB_REF!.replace(/^refs\/(heads|tags|pull)\//, '');
  ctx.GITHUB_REF_TYPE = ctx.GITHUB_REF!.startsWith('refs/tags/') ? 'tag' : 'branch';
  return ctx;
}

function requireGitRepo(workspace: string): void {
  try {
    execFileSync('git', ['rev-parse', '--verify', 'HEAD'], { cwd: workspace, stdio: 'ignore' });
  } catch {
    throw new Error(`GITHUB_WORKSPACE ${workspace} is not a git repository with a commit (use makeRepo)`);
  }
}

interface StepFiles {
  output: string;
  summary: string;
  env: string;
  state: string;
  path: string;
  event: string;
  temp: string;
  toolCache: string;
  home: string;
}

function stepFiles(payload: object): StepFiles {
  const dir = tempDir('mlops-runner-');
  const commands = path.join(dir, '_runner_file_commands');
  const files = {
    output: path.join(commands, 'set_output_1'),
    summary: path.join(commands, 'step_summary_1'),
    env: path.join(commands, 'set_env_1'),
    state: path.join(commands, 'save_state_1'),
    path: path.join(commands, 'add_path_1'),
    event: path.join(dir, '_github_workflow', 'event.json'),
    temp: path.join(dir, '_temp'),
    toolCache: path.join(dir, '_tool'),
    home: path.join(dir, 'home'),
  };
  for (const d of [commands, path.dirname(files.event), files.temp, files.toolCache, files.home]) {
    mkdirSync(d, { recursive: true });
  }
  for (const f of [files.output, files.summary, files.env, files.state, files.path]) writeFileSync(f, '');
  writeFileSync(files.event, JSON.stringify(payload, null, 2));
  return files;
}

/** The step's environment: the runner's variables, the workflow's env, then the inputs. */
function stepEnvironment(opts: RunActionOptions, files: StepFiles, actionYml: string | undefined) {
  const apiUrl = opts.apiUrl ?? opts.emulator?.url ?? unreachableApi;
  const ctx = eventContext(opts.event, opts.workspace);
  const runner: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: files.home,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    ...ctx,
    GITHUB_EVENT_NAME: opts.event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_WORKFLOW_REF: `${ctx.GITHUB_REPOSITORY}/.github/workflows/ci.yml@${ctx.GITHUB_REF}`,
    GITHUB_JOB: 'check',
    GITHUB_ACTION: '__self',
    GITHUB_RUN_ID: '1000001',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_STATE: files.state,
    GITHUB_PATH: files.path,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: files.temp,
    RUNNER_TOOL_CACHE: files.toolCache,
  };
  const github = {
    token: opts.token ?? '',
    repository: ctx.GITHUB_REPOSITORY!,
    sha: ctx.GITHUB_SHA!,
    ref: ctx.GITHUB_REF!,
    workspace: opts.workspace,
    event_name: opts.event.name,
    server_url: runner.GITHUB_SERVER_URL!,
    api_url: apiUrl,
  };
  const inputs = { ...inputDefaults(actionYml, github, opts.inputs ?? {}), ...opts.inputs };
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputVariable(k), v]));
  return { ...runner, ...opts.env, ...inputEnv };
}

/** Runs one action step and returns what the runner would record. Rejects on a broken file command. */
export async function runAction<S = unknown>(
  opts: RunActionOptions & { emulator?: { url: string; state: S } },
): Promise<ActionResult<S>> {
  const node = node24();
  const { script, actionYml: found } = resolveBundle(opts.bundle);
  requireGitRepo(opts.workspace);
  const files = stepFiles(opts.event.payload);
  const stepEnv = stepEnvironment(opts, files, opts.actionYml ?? found);
  const { code, signal, stdout, stderr } = await spawnStep(
    node,
    script,
    opts.workspace,
    stepEnv,
    opts.timeoutMs,
  );
  const read = (f: string) => readFileSync(f, 'utf8');
  // The runner reads workflow commands from both streams, each with its own stop-commands state.
  const commands = [...parseWorkflowCommands(stdout), ...parseWorkflowCommands(stderr)];
  const { summary, refused } = readSummary(files.summary);
  return {
    code,
    signal,
    stdout,
    stderr,
    outputs: parseFileCommand(read(files.output), 'GITHUB_OUTPUT'),
    summary,
    env: parseFileCommand(read(files.env), 'GITHUB_ENV'),
    savedState: parseFileCommand(read(files.state), 'GITHUB_STATE'),
    path: read(files.path).split('\n').filter(Boolean),
    annotations: [...annotationsOf(commands), ...refused],
    commands,
    stepEnv,
    state: opts.emulator?.state,
  };
}

/**
 * Lines of a step's output that show `secret` in clear. `::add-mask::<secret>` is how an action
 * hides it from every later line, so it is not a leak; any other line would print it in the log.
 */
export function leaks(result: Pick<ActionResult, 'stdout' | 'stderr'>, secret: string): string[] {
  return `${result.stdout}\n${result.stderr}`
    .split(/\r?\n/)
    .filter((line) => line.includes(secret) && line.trim() !== `::add-mask::${secret}`);
}

/** The runner uploads at most 1 MiB of step summary; beyond that it drops it with an error annotation. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

function readSummary(file: string): { summary: string; refused: Annotation[] } {
  const bytes = statSync(file).size;
  if (bytes <= SUMMARY_LIMIT_BYTES) return { summary: readFileSync(file, 'utf8'), refused: [] };
  const message = `$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got ${Math.ceil(bytes / 1024)}k.`;
  return { summary: '', refused: [{ level: 'error', message }] };
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function spawnStep(
  node: string,
  script: string,
  cwd: string,
  env: Record<string, string>,
  timeoutMs = 30_000,
) {
  return new Promise<Exit>((resolve, reject) => {
    const child = spawn(node, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`${script} did not finish within ${timeoutMs} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`),
      );
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}
