#!/usr/bin/env node
// `npm run bench`: runs every named benchmark and prints JSON rows {name, value, unit, reference, ratio},
// where `reference` is a baseline measured in the same run (so ratios hold across machines).
// Benchmarks live in the list below and in scripts/bench/*.mjs (each exporting `benchmarks`), so a
// capability adds its rows by adding a file. `--docs` also rewrites docs/benchmarks.md with the figures;
// words (`npm run bench -- cold`) run only the benchmarks whose name contains one of them.
import { execFileSync, spawn } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Node 24 from the `node` dev dependency: what a `node24` action runs on. */
export const node = path.join(root, 'node_modules/.bin/node');

/** How many times each timed command runs; the median is reported. */
export const RUNS = Number(process.env.BENCH_RUNS ?? 9);

/** The median of numbers. */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Wall-clock milliseconds of one child process from spawn to exit, with its exit code. */
export function runTimed(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], ...opts });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, code, stderr }));
  });
}

/** Wall-clock milliseconds of one child process from spawn to exit (it must exit 0). */
export async function timeProcess(cmd, args, opts = {}) {
  const { ms, code, stderr } = await runTimed(cmd, args, opts);
  if (code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${code}\n${stderr}`);
  return ms;
}

/** A result row; the ratio is value / reference, rounded to two decimals. */
export function row(name, value, unit, reference = null) {
  const round = (x) => Math.round(x * 100) / 100;
  const ratio = reference ? round(value / reference) : null;
  return { name, value: round(value), unit, reference: reference === null ? null : round(reference), ratio };
}

/** The example project: the folder under examples/ with a .github/mlops.yml, else examples/ itself. */
export function exampleProject() {
  const examples = path.join(root, 'examples');
  if (!existsSync(examples)) return undefined;
  const projects = readdirSync(examples, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(examples, e.name, '.github/mlops.yml')))
    .map((e) => path.join(examples, e.name));
  return projects.sort()[0] ?? examples;
}

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
};
const git = (ws, ...args) => execFileSync('git', args, { cwd: ws, env: gitEnv, encoding: 'utf8' }).trim();

/**
 * A real git repository holding a copy of the example project (what the actions run on): `main`
 * with the example, and a pull-request branch on top of it that edits the model card.
 */
export function exampleWorkspace() {
  const dir = mkdtempSync(path.join(tmpdir(), 'mlops-bench-'));
  const ws = path.join(dir, 'workspace');
  mkdirSync(ws);
  const example = exampleProject();
  if (example) cpSync(example, ws, { recursive: true });
  git(ws, 'init', '-q', '-b', 'main');
  git(ws, 'add', '-A');
  git(ws, 'commit', '-q', '--allow-empty', '-m', 'example');
  const base = git(ws, 'rev-parse', 'HEAD');
  git(ws, 'checkout', '-q', '-b', PR_BRANCH);
  const card = execFileSync('git', ['ls-files', '*MODEL_CARD.md'], { cwd: ws, encoding: 'utf8' }).split('\n')[0];
  if (card) appendFileSync(path.join(ws, card), '\nReviewed for the next release.\n');
  git(ws, 'commit', '-q', '-a', '--allow-empty', '-m', 'Update the model card');
  const head = git(ws, 'rev-parse', 'HEAD');
  return { dir, ws, base, head };
}

const PR_BRANCH = 'bench/update-card';
const REPOSITORY = 'octo-org/example';

let webhookDefinitions;

/** A real payload from @octokit/webhooks-examples, pointed at the bench repository and commits. */
function webhookPayload(event, action, { base, head }) {
  webhookDefinitions ??= JSON.parse(
    readFileSync(path.join(root, 'node_modules/@octokit/webhooks-examples/api.github.com/index.json'), 'utf8'),
  );
  const def = webhookDefinitions.find((d) => d.name === event);
  // A scheduled run has no webhook: the runner's payload is the cron line plus the repository.
  const schedule = event === 'schedule' ? { schedule: '0 6 * * *', repository: { owner: {} } } : undefined;
  const example = schedule ?? def?.examples.find((e) => action === undefined || e.action === action);
  if (!example) throw new Error(`no webhook example for ${event}${action ? `.${action}` : ''}`);
  const payload = structuredClone(example);
  const [owner, name] = REPOSITORY.split('/');
  const pointAt = (repo) => {
    if (!repo) return;
    Object.assign(repo, { name, full_name: REPOSITORY, default_branch: 'main' });
    if (repo.owner) repo.owner.login = owner;
  };
  pointAt(payload.repository);
  if (payload.pull_request) {
    for (const [side, ref, sha] of [['head', PR_BRANCH, head], ['base', 'main', base]]) {
      Object.assign(payload.pull_request[side], { ref, sha, label: `${owner}:${ref}` });
      pointAt(payload.pull_request[side].repo);
    }
  }
  if (event === 'push') Object.assign(payload, { ref: 'refs/heads/main', before: base, after: head });
  return payload;
}

/**
 * How each action runs on the example: the event its README tells users to run it on and the
 * inputs a workflow on this repository would give (action.yml defaults fill the rest, as on a
 * runner). `offline`: the whole run needs no GitHub API, so it is timed end to end as well.
 */
const scenarios = {
  check: { event: 'pull_request', action: 'opened', inputs: { comment: 'false' }, offline: true },
  'validate-cards': { event: 'pull_request', action: 'opened', inputs: { comment: 'false' }, offline: true },
  'check-data': { event: 'pull_request', action: 'opened', inputs: { comment: 'false' }, offline: true },
  'compare-experiments': { event: 'pull_request', action: 'opened', inputs: { comment: 'false' }, offline: true },
  'promotion-gate': { event: 'pull_request_review', action: 'submitted', inputs: {} },
  register: { event: 'push', inputs: {} },
  'record-experiment': {
    event: 'push',
    inputs: { type: 'train', params: 'params.yaml', metrics: 'metrics.json', artifacts: 'models/churn/model.json' },
  },
  deploy: { event: 'workflow_dispatch', inputs: { model: 'churn', stage: 'production' } },
  monitor: {
    event: 'schedule',
    inputs: { model: 'churn', batch: 'production/batch-healthy-scored.csv' },
  },
  feedback: { event: 'issues', action: 'labeled', inputs: {} },
};

/** action.yml input defaults, with `${{ github.token }}` as the job token (what the runner passes). */
function inputDefaults(bundle) {
  const file = path.join(root, bundle === 'check' ? 'action.yml' : `actions/${bundle}/action.yml`);
  if (!existsSync(file)) return {};
  const inputs = {};
  let current;
  // A small reader for action.yml's `inputs:` block (name, then `default:`), enough for defaults.
  let inInputs = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^\S/.test(line)) inInputs = line.startsWith('inputs:');
    if (!inInputs) continue;
    const name = /^ {2}([A-Za-z0-9_-]+):\s*$/.exec(line);
    if (name) current = name[1];
    const def = /^ {4}default:\s*(.*)$/.exec(line);
    if (current && def) {
      const raw = def[1].trim().replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1');
      inputs[current] = raw.includes('${{') ? (raw.includes('github.token') ? 'ghs_benchtoken' : '') : raw;
    }
  }
  return inputs;
}

/**
 * The environment a GitHub-hosted runner gives a node24 action (see test/harness/runner.ts for the
 * full contract). The API URL is a closed port: start-up must not depend on the network.
 */
export function runnerEnv(dir, repo, bundle) {
  const scenario = scenarios[bundle] ?? { event: 'push', inputs: {} };
  const files = {};
  for (const [key, name] of [
    ['GITHUB_OUTPUT', 'set_output'],
    ['GITHUB_STEP_SUMMARY', 'step_summary'],
    ['GITHUB_ENV', 'set_env'],
    ['GITHUB_STATE', 'save_state'],
    ['GITHUB_PATH', 'add_path'],
  ]) {
    files[key] = path.join(dir, name);
    writeFileSync(files[key], '');
  }
  const payload = webhookPayload(scenario.event, scenario.action, repo);
  const event = path.join(dir, 'event.json');
  writeFileSync(event, JSON.stringify(payload));
  mkdirSync(path.join(dir, 'temp'));
  const pr = payload.pull_request;
  const inputs = { ...inputDefaults(bundle), ...scenario.inputs };
  return {
    PATH: process.env.PATH,
    HOME: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: scenario.event,
    GITHUB_EVENT_PATH: event,
    GITHUB_WORKSPACE: repo.ws,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_REPOSITORY_OWNER: REPOSITORY.split('/')[0],
    GITHUB_ACTOR: 'octocat',
    GITHUB_SHA: repo.head,
    GITHUB_REF: pr ? `refs/pull/${payload.number}/merge` : 'refs/heads/main',
    GITHUB_HEAD_REF: pr ? PR_BRANCH : '',
    GITHUB_BASE_REF: pr ? 'main' : '',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: path.join(dir, 'temp'),
    RUNNER_TOOL_CACHE: path.join(dir, 'toolcache'),
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...files,
  };
}

/** The action bundles: every dist/<name>/index.js except the CLI (or those named in BENCH_ACTIONS=a,b). */
function actionBundles() {
  const dist = path.join(root, 'dist');
  if (!existsSync(dist)) return [];
  const only = process.env.BENCH_ACTIONS?.split(',');
  return readdirSync(dist)
    .filter((n) => n !== 'cli' && existsSync(path.join(dist, n, 'index.js')))
    .filter((n) => !only || only.includes(n))
    .sort();
}

/**
 * Preloaded into a timed action: exits the moment the action body starts (the performance mark
 * src/actions/lib/run.ts sets once every module is loaded and evaluated), synchronously, so the time
 * is the cold start alone; exit code 86 says the bundle never set the mark (built before it existed:
 * rebuild it).
 */
export const startHook = `data:text/javascript,${encodeURIComponent(
  'let started = false;' +
    'const mark = performance.mark.bind(performance);' +
    "performance.mark = (name, ...rest) => { if (name === 'mlops:action-start') { started = true; process.exit(0); } return mark(name, ...rest); };" +
    // process.exit(0) above runs this listener too: only a run that never set the mark becomes 86.
    "process.on('exit', (code) => { if (code === 0 && !started) process.exitCode = 86; });",
)}`;

/**
 * Cold start of each action under Node 24 against bare `node -e 0`, runs interleaved to share drift:
 * from spawn to the action body starting (every module loaded and evaluated), on the example with
 * the action's own event and inputs. Actions that can run without the GitHub API are also timed
 * end to end ("run:"), which adds their real work on the example to the start-up.
 */
async function coldStarts() {
  const repo = exampleWorkspace();
  const bundles = actionBundles();
  const offline = bundles.filter((b) => scenarios[b]?.offline);
  const times = { bare: [], ...Object.fromEntries(bundles.map((b) => [b, []])) };
  const runs = Object.fromEntries(offline.map((b) => [b, []]));
  const spawnAction = (b, extra) => {
    const env = runnerEnv(mkdtempSync(path.join(repo.dir, `${b}-`)), repo, b);
    return timeProcess(node, [...extra, path.join(root, 'dist', b, 'index.js')], { cwd: repo.ws, env }).catch(
      (e) => {
        throw new Error(`${b}: ${e.message.includes(' exited 86') ? 'never started its body: rebuild it' : e.message}`);
      },
    );
  };
  for (let i = 0; i <= RUNS; i++) {
    const bare = await timeProcess(node, ['-e', '0']);
    if (i > 0) times.bare.push(bare); // the first round warms the file cache and is dropped
    for (const b of bundles) {
      const ms = await spawnAction(b, ['--import', startHook]);
      if (i > 0) times[b].push(ms);
    }
    for (const b of offline) {
      const ms = await spawnAction(b, []);
      if (i > 0) runs[b].push(ms);
    }
  }
  const reference = median(times.bare);
  return [
    row('node -e 0 (reference)', reference, 'ms'),
    ...bundles.map((b) => row(`cold start: ${b}`, median(times[b]), 'ms', reference)),
    ...offline.map((b) => row(`run on the example: ${b}`, median(runs[b]), 'ms', reference)),
  ];
}

/** Bytes of each bundle's index.js (the CLI included). */
async function bundleSizes() {
  const dist = path.join(root, 'dist');
  if (!existsSync(dist)) return [];
  return readdirSync(dist)
    .filter((n) => existsSync(path.join(dist, n, 'index.js')))
    .sort()
    .map((n) => row(`bundle size: ${n}`, statSync(path.join(dist, n, 'index.js')).size, 'bytes'));
}

/** Benchmarks of this file; more come from scripts/bench/*.mjs. */
const builtIn = [
  { name: 'cold start', run: coldStarts },
  { name: 'bundle size', run: bundleSizes },
];

async function discovered() {
  const dir = path.join(root, 'scripts/bench');
  if (!existsSync(dir)) return [];
  const out = [];
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.mjs'))
    .sort()) {
    const mod = await import(pathToFileURL(path.join(dir, f)).href);
    out.push(...(mod.benchmarks ?? []));
  }
  return out;
}

/** The machine the figures come from (they only compare within one run). */
function machine() {
  return {
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    node: execFileSync(node, ['--version'], { encoding: 'utf8' }).trim(),
    os: `${process.platform} ${process.arch}`,
    // Other work on the machine inflates absolute times and, less, the ratios: record how busy it was.
    loadAverage: Math.round(loadavg()[0] * 100) / 100,
    workspace: exampleProject() ? path.relative(root, exampleProject()) : '(an empty repository)',
    runs: RUNS,
  };
}

function markdown(report) {
  const m = report.machine;
  const lines = [
    '# Benchmarks',
    '',
    'Produced by `npm run bench -- --docs` (the JSON printed by `npm run bench`). Every ratio compares',
    'with a reference measured in the same run, so it holds across machines; absolute times do not.',
    `Timed commands run ${m.runs} times after one warm-up round; the median is reported.`,
    `Benchmarks run: ${report.benchmarks.join(', ')}.`,
    '',
    `Machine: ${m.nproc} CPUs (\`nproc\`), ${m.cpu}, Node ${m.node}, ${m.os}; measured ${report.date}`,
    `on a git repository holding a copy of \`${m.workspace}\`; 1-minute load average ${m.loadAverage} when it began.`,
    '',
    '| benchmark | value | unit | reference | ratio | note |',
    '|---|---:|---|---:|---:|---|',
    ...report.results.map(
      (r) =>
        `| ${r.name} | ${r.value ?? ''} | ${r.unit ?? ''} | ${r.reference ?? ''} | ${r.ratio ?? ''} | ${r.note ?? ''} |`,
    ),
    '',
    '`cold start`: from spawn to the action body starting (the performance mark `mlops:action-start`',
    'that src/actions/lib/run.ts sets once every module is loaded), with the event and inputs a workflow',
    'gives it on the example. `run on the example`: the whole run, for the actions that need no GitHub API.',
    '',
    'Target (SPEC §11, issue #2): every action starts in at most 2x the time of `node -e 0`.',
    '',
    '## Adding a benchmark',
    '',
    'Add `scripts/bench/<capability>.mjs` exporting `benchmarks`: a list of `{ name, run }` where',
    '`run({ root, node })` resolves to rows `{ name, value, unit, reference, ratio }`. Use `row()`,',
    '`timeProcess()` and `median()` from `scripts/bench.mjs`, and measure the reference (DuckDB scanning',
    'the same file, `git for-each-ref` over the same tags …) in the same run.',
    '',
  ];
  // From "## History" on, the file is written by hand (before/after figures of past work): kept.
  const docs = path.join(root, 'docs/benchmarks.md');
  const previous = existsSync(docs) ? readFileSync(docs, 'utf8') : '';
  const history = previous.indexOf('\n## History');
  if (history >= 0) lines.push(previous.slice(history + 1).trimEnd(), '');
  return lines.join('\n');
}

async function main() {
  if (!existsSync(node))
    throw new Error(`${node} is missing: run npm ci (the 'node' dev dependency is Node 24)`);
  // Words on the command line pick benchmarks by name (`npm run bench -- cold`); none runs all.
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const chosen = [...builtIn, ...(await discovered())].filter(
    (b) => !only.length || only.some((w) => b.name.includes(w)),
  );
  const host = machine(); // before the runs, so the load average is the one they started under
  const results = [];
  for (const b of chosen) {
    process.stderr.write(`bench: ${b.name}\n`);
    try {
      results.push(...(await b.run({ root, node })));
    } catch (error) {
      // One broken benchmark must not hide the others: it becomes a row with its error, exit 1.
      const message = String(error instanceof Error ? error.message : error).split('\n')[0];
      results.push({
        name: b.name,
        value: null,
        unit: null,
        reference: null,
        ratio: null,
        note: `failed: ${message}`,
      });
      process.exitCode = 1;
    }
  }
  const report = {
    date: new Date().toISOString(),
    machine: host,
    benchmarks: chosen.map((b) => b.name),
    results,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  if (process.argv.includes('--docs')) writeFileSync(path.join(root, 'docs/benchmarks.md'), markdown(report));
}

// Not awaited at the top level: benchmark files import helpers from this module, and a pending
// top-level await here would leave them waiting for it (an import cycle that never settles).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exitCode = 1;
  });
}
