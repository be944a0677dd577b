// Card benchmarks for `npm run bench` (scripts/bench.mjs imports `benchmarks` from every file here):
// - `mlops validate` on a repository of 1,000 cards (500 model + 500 data), budget 5 s;
// - hashing a 1 GiB data file through `mlops validate` (a data card declaring its sha256) against
//   `sha256sum` on the same file, runs interleaved (bar: >= 90 % of sha256sum's throughput).
// Both run the built CLI bundle (dist/cli/index.js) under Node 24, as a user would.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { median, node, row, RUNS } from '../bench.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli/index.js');
const env = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'b@example.com', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'b@example.com', GIT_CONFIG_GLOBAL: '/dev/null' };

/** Wall-clock ms of a command, which must exit 0 (the bench cards are clean: a failure is a broken bench). */
function time(cmd, args, cwd) {
  const start = process.hrtime.bigint();
  execFileSync(cmd, args, { cwd, env, stdio: 'ignore', maxBuffer: 1 << 30 });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const MODEL_SECTIONS = ['Model Details', 'Intended Use', 'Out-of-Scope Use', 'Limitations', 'Training Data', 'Evaluation', 'Ethical Considerations'];
const DATA_SECTIONS = ['Motivation', 'Composition', 'Collection Process', 'Preprocessing', 'Uses', 'Distribution', 'Maintenance'];
const prose = 'This paragraph describes the section in a few sentences, as a real card would, with `code`, *emphasis* and a [link](https://example.com).';

/** A realistic card: front matter, seven sections of two paragraphs and a list, a table in evaluation. */
export function card(kind, i) {
  const meta = kind === 'model'
    ? `name: model-${i}\nversion: 1.${i}.0\nrisk: low\nowners: ["@ml"]\nlicense: mit\ndatasets: [data-${i}@v1.0.0]\npipeline_tag: tabular-classification\nmodel-index:\n  - name: model-${i}\n    results:\n      - task: {type: tabular-classification}\n        dataset: {type: data-${i}, name: Data ${i}}\n        metrics:\n          - {type: accuracy, value: 0.9}\n`
    : `name: data-${i}\nversion: 1.0.0\nowners: ["@data"]\nlicense: cc-by-4.0\nsize_categories: [1K<n<10K]\nlineage: {source: crm export}\npii: false\n`;
  const sections = (kind === 'model' ? MODEL_SECTIONS : DATA_SECTIONS).map((s) => `## ${s}\n\n${prose}\n\n${prose}\n\n- one\n- two\n\n| metric | value |\n|---|---|\n| accuracy | 0.9 |\n`);
  return `---\n${meta}---\n\n# ${kind} ${i}\n\n${sections.join('\n')}`;
}

function repoWith(files) {
  const dir = mkdtempSync(path.join(tmpdir(), 'mlops-bench-cards-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  for (const args of [['init', '-q', '-b', 'main'], ['add', '-A'], ['commit', '-q', '-m', 'cards']]) execFileSync('git', args, { cwd: dir, env });
  return dir;
}

/** `mlops validate` on 1,000 cards (budget: 5,000 ms). */
async function thousandCards() {
  if (!existsSync(cli)) return [];
  const files = {};
  for (let i = 0; i < 500; i++) {
    files[`models/model-${i}/MODEL_CARD.md`] = card('model', i);
    files[`data/data-${i}/DATA_CARD.md`] = card('data', i);
  }
  const dir = repoWith(files);
  const times = [];
  for (let i = 0; i <= Math.min(RUNS, 5); i++) {
    const ms = time(node, [cli, 'validate'], dir);
    if (i > 0) times.push(ms);
  }
  rmSync(dir, { recursive: true, force: true });
  return [row('validate 1,000 cards (budget 5000 ms)', median(times), 'ms', 5000)];
}

/** Hashing a 1 GiB file through `mlops validate` against `sha256sum`, interleaved; reported as throughput. */
async function hashing() {
  if (!existsSync(cli)) return [];
  const size = Number(process.env.BENCH_HASH_BYTES ?? 1024 ** 3);
  // The huggingface profile asks for no sections, so the card is clean and validate exits 0.
  const dir = repoWith({ 'README.md': '# bench\n', '.github/mlops.yml': 'cards:\n  profile: huggingface\n' });
  const file = path.join(dir, 'data/big/big.bin');
  mkdirSync(path.dirname(file), { recursive: true });
  const block = randomBytes(1024 * 1024);
  const fd = openSync(file, 'w');
  for (let written = 0; written < size; written += block.length) writeSync(fd, block, 0, Math.min(block.length, size - written));
  closeSync(fd);
  const sha = execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0];
  writeFileSync(path.join(dir, 'data/big/DATA_CARD.md'), `---\nname: big\nversion: 1.0.0\nowners: ["@d"]\nfiles:\n  - {path: big.bin, sha256: ${sha}, bytes: ${size}}\n---\n\n# big\n\ntext\n`);
  const ours = [];
  const reference = [];
  for (let i = 0; i <= Math.min(RUNS, 5); i++) {
    const a = time('sha256sum', [file], dir);
    const b = time(node, [cli, 'validate'], dir);
    if (i > 0) {
      reference.push(a);
      ours.push(b);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const mb = size / 1024 / 1024;
  // Throughput ratio ours/sha256sum: >= 0.9 meets the bar.
  const oursRate = mb / (median(ours) / 1000);
  const refRate = mb / (median(reference) / 1000);
  return [row('sha256sum throughput (reference)', refRate, 'MiB/s'), row('card file hashing throughput (mlops validate)', oursRate, 'MiB/s', refRate)];
}

export const benchmarks = [
  { name: 'cards: 1,000 cards', run: thousandCards },
  { name: 'cards: hashing', run: hashing },
];

// `node scripts/bench/cards.mjs` runs these alone.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const b of benchmarks) for (const r of await b.run()) console.log(JSON.stringify(r));
}
