// Registry benchmark for `npm run bench` (scripts/bench.mjs imports `benchmarks` from every file here):
// one repository holding 10,000 registry tags over 50 models (registrations, stage assignments with
// counters, a few deregistrations and deprecations; annotated, packed, written by `git fast-import`),
// `mlops registry show --json` measured side by side with `git for-each-ref` on the same repository,
// runs interleaved. Bar: within 2x. It runs the built CLI bundle (dist/cli/index.js) under Node 24.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const node = path.join(root, 'node_modules/.bin/node');
const cli = path.join(root, 'dist/cli/index.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const TAGS = Number(process.env.BENCH_REGISTRY_TAGS ?? 10_000);
const MODELS = 50;
const STAGES = ['dev', 'staging', 'production'];
const env = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'b@example.com', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'b@example.com', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x) => Math.round(x * 100) / 100;
const row = (name, value, unit, reference = null) => ({ name, value: round(value), unit, reference: reference === null ? null : round(reference), ratio: reference ? round(value / reference) : null });
const git = (cwd, ...args) => execFileSync('git', args, { cwd, env, encoding: 'utf8' });

function time(cmd, args, cwd) {
  const start = process.hrtime.bigint();
  execFileSync(cmd, args, { cwd, env, stdio: 'ignore', maxBuffer: 1 << 30 });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The tag stream: per model, versions registered then walked through the stages, as the actions write them. */
function registryTags(commitOf) {
  const start = Date.UTC(2025, 0, 1) / 1000;
  const perModel = Math.floor(TAGS / MODELS);
  let stream = '';
  let written = 0;
  for (let m = 0; m < MODELS; m++) {
    const model = m % 5 === 0 ? `data/set-${m}` : `model-${m}`;
    let counter = 0;
    let version = 0;
    for (let k = 0; k < perModel; k++) {
      const when = start + (m * perModel + k) * 60;
      let name;
      let message;
      let commit;
      if (k % 4 === 0 || version === 0) {
        version += 1;
        name = `${model}@v1.${version}.0`;
        message = `Registering artifact ${model} version v1.${version}.0\n\n{"actor":"bench"}\n`;
        commit = commitOf(m, version);
      } else {
        counter += 1;
        const stage = STAGES[(k % 4) - 1];
        name = `${model}#${stage}#${counter}`;
        message = `Assigning stage ${stage} to artifact ${model} version v1.${version}.0 (#${k})\n\n{"pr":${k},"approvers":["alice","bob"],"version":"v1.${version}.0","checks":[{"id":"mlops/promotion","met":true}]}\n`;
        commit = commitOf(m, version);
      }
      if (k === perModel - 1 && m % 10 === 3) {
        name = `${model}@deprecated`;
        message = `Deprecating artifact '${model}'\n`;
      }
      stream += `tag ${name}\nfrom ${commit}\ntagger bench <b@example.com> ${when} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n`;
      written += 1;
    }
  }
  return { stream, written };
}

/** A repository with 100 commits and TAGS registry tags over 50 models. */
export function repoWithRegistry() {
  const dir = mkdtempSync(path.join(tmpdir(), 'mlops-bench-reg-'));
  git(dir, 'init', '-q', '-b', 'main');
  const commits = 100;
  let stream = '';
  for (let c = 0; c < commits; c++) {
    const content = `step ${c}\n`;
    stream += `commit refs/heads/main\nmark :${c + 1}\ncommitter bench <b@example.com> ${1735689600 + c * 3600} +0000\ndata 7\ncommit\n${c ? `from :${c}\n` : ''}M 644 inline train.py\ndata ${Buffer.byteLength(content)}\n${content}\n`;
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, env, input: stream });
  const shas = git(dir, 'rev-list', '--reverse', 'main').trim().split('\n');
  const { stream: tags, written } = registryTags((m, v) => shas[(m * 7 + v) % commits]);
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, env, input: tags, maxBuffer: 1 << 30 });
  git(dir, 'pack-refs', '--all');
  git(dir, 'reset', '-q', '--hard', 'main');
  return { dir, written };
}

/** `mlops registry show --json` against `git for-each-ref refs/tags` (the same tags, with their messages). */
async function tenThousand() {
  if (!existsSync(cli)) return [];
  const { dir, written } = repoWithRegistry();
  const commands = {
    reference: ['git', ['for-each-ref', '--format=%(refname) %(objectname) %(taggerdate) %(contents:subject)', 'refs/tags']],
    show: [node, [cli, 'registry', 'show', '--json']],
    startup: [node, [cli, '--version']],
  };
  const times = { reference: [], show: [], startup: [] };
  for (let i = 0; i <= RUNS; i++) {
    for (const [key, [cmd, args]] of Object.entries(commands)) {
      const ms = time(cmd, args, dir);
      if (i > 0) times[key].push(ms); // the first round warms the file cache and is dropped
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const reference = median(times.reference);
  return [
    row(`git for-each-ref refs/tags, ${written} registry tags (reference)`, reference, 'ms'),
    row(`registry show, ${written} tags over ${MODELS} models (bar 2x)`, median(times.show), 'ms', reference),
    // For scale: what of `show` is the CLI bundle starting up rather than the registry.
    row('mlops --version (CLI startup, for scale)', median(times.startup), 'ms', reference),
  ];
}

export const benchmarks = [{ name: 'registry: 10,000 tags over 50 models', run: tenThousand }];

// `node scripts/bench/registry.mjs` runs these alone.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const b of benchmarks) for (const r of await b.run()) console.log(JSON.stringify(r));
}
