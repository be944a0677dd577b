// Experiment benchmarks for `npm run bench` (scripts/bench.mjs imports `benchmarks` from every file here),
// all on one repository holding 10,000 experiment tags (annotated, packed, ~1.5 KiB records), measured
// side by side with `git for-each-ref refs/tags/exp` on the same repository, runs interleaved:
// - `mlops experiment list` and `mlops experiment compare A B` / `compare A` (baseline `main`): bar 2x;
// - hashing a 1 GiB artifact through `mlops experiment record` against `sha256sum` (bar: >= 90 %).
// They run the built CLI bundle (dist/cli/index.js) under Node 24, as a user would.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, row, RUNS } from '../bench.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const node = path.join(root, 'node_modules/.bin/node');
const cli = path.join(root, 'dist/cli/index.js');
const TAGS = Number(process.env.BENCH_EXPERIMENTS ?? 10_000);
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'b@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'b@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

function time(cmd, args, cwd) {
  const start = process.hrtime.bigint();
  execFileSync(cmd, args, { cwd, env, stdio: 'ignore', maxBuffer: 1 << 30 });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const git = (cwd, ...args) => execFileSync('git', args, { cwd, env, encoding: 'utf8' });

/** The record JSON of experiment i, shaped like `mlops experiment record` writes it. */
function record(i, name, type, commit, created) {
  const metrics = {
    accuracy: 0.8 + (i % 100) / 1000,
    loss: 0.5 - (i % 100) / 1000,
    f1: 0.7 + (i % 50) / 1000,
    'eval.auc': 0.9,
  };
  return {
    schemaVersion: 1,
    name,
    project: 'bench',
    type,
    created,
    author: { name: 'bench', email: 'b@example.com' },
    fingerprint: i.toString(16).padStart(64, '0'),
    params: {
      'train.lr': 0.01,
      'train.epochs': 10 + (i % 5),
      'train.layers.0': 64,
      'train.layers.1': 32,
      seed: i,
    },
    metrics,
    datasets: [
      {
        name: 'churn',
        version: '1.0.0',
        card: 'data/churn/DATA_CARD.md',
        files: [{ path: 'data/churn/train.csv', sha256: 'a'.repeat(64), bytes: 1234 }],
      },
    ],
    code: { commit, branch: 'main', dirty: false },
    environment: {
      os: { platform: 'linux', release: '6.8.0', arch: 'x64' },
      runtimes: { node: '24.1.0', python: '3.12.3', git: '2.43.0' },
      runner: { kind: 'github-actions', os: 'Linux', runId: String(i) },
      lockfiles: [{ path: 'requirements.txt', sha256: 'b'.repeat(64), bytes: 200 }],
    },
    seeds: [i],
    artifacts: [{ path: 'out/model.pkl', sha256: 'c'.repeat(64), bytes: 123456 }],
  };
}

/** A repository whose main branch holds `TAGS` experiment tags on 100 commits, written by one `git fast-import`. */
export function repoWithExperiments() {
  const dir = mkdtempSync(path.join(tmpdir(), 'mlops-bench-exp-'));
  git(dir, 'init', '-q', '-b', 'main');
  const commits = 100;
  let stream = '';
  const start = Date.UTC(2025, 0, 1) / 1000;
  for (let c = 0; c < commits; c++) {
    const content = `step ${c}\n`;
    stream += `commit refs/heads/main\nmark :${c + 1}\ncommitter bench <b@example.com> ${start + c * 3600} +0000\ndata 7\ncommit\n${c ? `from :${c}\n` : ''}M 644 inline train.py\ndata ${Buffer.byteLength(content)}\n${content}\n`;
  }
  writeFileSync(path.join(dir, 'commits.fi'), stream);
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, env, input: stream });
  rmSync(path.join(dir, 'commits.fi'));
  const shas = git(dir, 'rev-list', '--reverse', 'main').trim().split('\n');
  let tags = '';
  const perDay = new Map();
  for (let i = 0; i < TAGS; i++) {
    const when = start + i * 60;
    const day = new Date(when * 1000).toISOString().slice(0, 10).replaceAll('-', '');
    const type = i % 3 === 0 ? 'eval' : 'train';
    const base = `bench-${type}-${day}`;
    const n = (perDay.get(base) ?? 0) + 1;
    perDay.set(base, n);
    const name = n > 1 ? `${base}-${n}` : base;
    const commit = shas[Math.floor((i * commits) / TAGS)];
    const rec = record(i, name, type, commit, new Date(when * 1000).toISOString());
    const message = `${name}: ${type} experiment at ${commit.slice(0, 7)}; accuracy=${rec.metrics.accuracy}, loss=${rec.metrics.loss}, f1=${rec.metrics.f1}\n\n${JSON.stringify(rec)}\n`;
    tags += `tag exp/${name}\nfrom ${commit}\ntagger bench <b@example.com> ${when} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n`;
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, env, input: tags, maxBuffer: 1 << 30 });
  git(dir, 'pack-refs', '--all');
  git(dir, 'reset', '-q', '--hard', 'main');
  const names = git(
    dir,
    'for-each-ref',
    '--sort=-taggerdate',
    '--format=%(refname:strip=3)',
    '--count=2',
    'refs/tags/exp/bench-train-*',
  )
    .trim()
    .split('\n');
  return { dir, newest: names[0], older: names[1] };
}

/** list and compare on 10,000 experiment tags, each against `git for-each-ref refs/tags/exp` measured alongside. */
async function tenThousand() {
  if (!existsSync(cli)) return [];
  const { dir, newest, older } = repoWithExperiments();
  const commands = {
    reference: ['git', ['for-each-ref', 'refs/tags/exp']],
    startup: [node, [cli, '--version']],
    list: [node, [cli, 'experiment', 'list']],
    compareNamed: [node, [cli, 'experiment', 'compare', newest, older]],
    compareMain: [node, [cli, 'experiment', 'compare', newest]],
  };
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i <= RUNS; i++) {
    for (const [key, [cmd, args]] of Object.entries(commands)) {
      const ms = time(cmd, args, dir);
      if (i > 0) times[key].push(ms); // the first round warms the file cache and is dropped
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const reference = median(times.reference);
  const startup = median(times.startup);
  // The command's own work: its time minus the CLI's start-up, measured in the same rounds.
  const own = (key) => Math.max(0, median(times[key]) - startup);
  return [
    row(`git for-each-ref refs/tags/exp, ${TAGS} tags (reference)`, reference, 'ms'),
    row('mlops --version: CLI start-up, for context', median(times.startup), 'ms', reference),
    row(`experiment list, ${TAGS} tags (bar 2x)`, median(times.list), 'ms', reference),
    row(`experiment compare A B, ${TAGS} tags (bar 2x)`, median(times.compareNamed), 'ms', reference),
    row(
      `experiment compare A (baseline main), ${TAGS} tags (bar 2x)`,
      median(times.compareMain),
      'ms',
      reference,
    ),
    row(`experiment list minus start-up, ${TAGS} tags`, own('list'), 'ms', reference),
    row(`experiment compare A B minus start-up, ${TAGS} tags`, own('compareNamed'), 'ms', reference),
    row(`experiment compare A (main) minus start-up, ${TAGS} tags`, own('compareMain'), 'ms', reference),
  ];
}

/** Hashing a 1 GiB artifact through `mlops experiment record` against `sha256sum`, interleaved. */
async function artifactHashing() {
  if (!existsSync(cli)) return [];
  const size = Number(process.env.BENCH_HASH_BYTES ?? 1024 ** 3);
  const dir = mkdtempSync(path.join(tmpdir(), 'mlops-bench-art-'));
  git(dir, 'init', '-q', '-b', 'main');
  writeFileSync(path.join(dir, '.gitignore'), 'out/\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'init');
  const file = path.join(dir, 'out/model.bin');
  mkdirSync(path.dirname(file), { recursive: true });
  const block = randomBytes(1024 * 1024);
  const fd = openSync(file, 'w');
  for (let written = 0; written < size; written += block.length)
    writeSync(fd, block, 0, Math.min(block.length, size - written));
  closeSync(fd);
  const ours = [];
  const reference = [];
  for (let i = 0; i <= Math.min(RUNS, 5); i++) {
    const a = time('sha256sum', [file], dir);
    // Reruns of the same record create nothing new, but every run hashes the artifact again.
    const b = time(
      node,
      [
        cli,
        'experiment',
        'record',
        '--type',
        'train',
        '--seed',
        '1',
        '--artifact',
        'out/model.bin',
        '--project',
        'bench',
      ],
      dir,
    );
    if (i > 0) {
      reference.push(a);
      ours.push(b);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const mb = size / 1024 / 1024;
  const oursRate = mb / (median(ours) / 1000);
  const refRate = mb / (median(reference) / 1000);
  return [
    row('sha256sum throughput (reference)', refRate, 'MiB/s'),
    row('artifact hashing throughput (mlops experiment record)', oursRate, 'MiB/s', refRate),
  ];
}

export const benchmarks = [
  { name: 'experiments: 10,000 tags', run: tenThousand },
  { name: 'experiments: artifact hashing', run: artifactHashing },
];

// `node scripts/bench/experiments.mjs` runs these alone.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const b of benchmarks) for (const r of await b.run()) console.log(JSON.stringify(r));
}
