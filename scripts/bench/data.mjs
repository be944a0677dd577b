// Data benchmarks for `npm run bench` (scripts/bench.mjs imports `benchmarks` from every file here):
// - a 15-expectation contract (`mlops data check`) on a generated CSV of >= 1 GB against DuckDB's own
//   `SELECT count(*)` scan of the same file (bar: the check runs at >= 60 % of that scan's speed), and
//   against the same checks in pandas (Debian's python3-pandas; bar: >= 5x faster); skipped when
//   /usr/bin/python3 has no pandas;
// - `mlops data drift` on 1,000,000 rows x 20 columns against an equal reference (bar: < 5 s).
// Sizes: BENCH_DATA_MB (default 1100) and BENCH_DRIFT_ROWS (default 1000000). Files go to a temp folder
// and are deleted afterwards. Everything runs the built CLI bundle under Node 24, as a user would.
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { median, node, row } from '../bench.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli/index.js');
const RUNS = Number(process.env.BENCH_DATA_RUNS ?? 3);
const MEMORY = '4GB';

/** Deterministic pseudo-random numbers (mulberry32), so every run scans the same bytes. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['FR', 'DE', 'ES', 'IT', 'NL', 'BE', 'PL', 'SE'];
const PLANS = ['free', 'pro', 'team', 'enterprise'];

/** Writes a CSV of about `mb` megabytes with typical columns; returns its path and row count. */
function writeBigCsv(dir, mb) {
  const file = path.join(dir, 'big.csv');
  const fd = openSync(file, 'w');
  const r = rng(42);
  writeSync(fd, 'id,age,score,amount,country,plan,email,signup,active,note\n');
  let bytes = 0;
  let rows = 0;
  const target = mb * 1024 * 1024;
  while (bytes < target) {
    const lines = [];
    for (let i = 0; i < 10000; i++) {
      rows++;
      const day = 1 + Math.floor(r() * 28);
      lines.push(
        `${rows},${18 + Math.floor(r() * 70)},${(r() * 100).toFixed(3)},${(r() * 5000).toFixed(2)},${COUNTRIES[Math.floor(r() * 8)]},${PLANS[Math.floor(r() * 4)]},user${rows}@example.org,2024-0${1 + Math.floor(r() * 9)}-${day < 10 ? `0${day}` : day},${r() < 0.5},order note ${Math.floor(r() * 1e6)}`,
      );
    }
    const chunk = `${lines.join('\n')}\n`;
    writeSync(fd, chunk);
    bytes += Buffer.byteLength(chunk);
  }
  closeSync(fd);
  return { file, rows };
}

/** The 15 expectations, as a contract file and as the same checks in pandas. */
const CONTRACT = `columns:
  - {name: id, type: integer, required: true}
  - {name: age, type: integer, required: true, constraints: {minimum: 0, maximum: 120}}
  - {name: score, type: number, constraints: {minimum: 0, maximum: 100}}
  - {name: amount, type: number}
  - {name: country, constraints: {enum: [FR, DE, ES, IT, NL, BE, PL, SE]}}
  - {name: plan, constraints: {enum: [free, pro, team, enterprise]}}
  - {name: signup, type: date}
expectations:
  - expect_column_values_to_match_regex: {column: email, regex: "@"}
  - expect_column_mean_to_be_between: {column: amount, min_value: 0, max_value: 5000}
  - expect_table_row_count_to_be_between: {min_value: 1}
`;
// 7 column existence checks are implied too; the 15 value-level expectations are: integer x2, not
// null x2, between x2, number x2, in_set x2, date, regex, mean, row count, + score non-negative (between).

const PANDAS = `
import sys, pandas as pd, numpy as np
df = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=True)
n = len(df)
def num(s): return pd.to_numeric(s, errors='coerce')
r = {}
r['id_int'] = (~df['id'].dropna().str.fullmatch(r'\\s*[+-]?[0-9]+\\s*')).sum()
r['id_nn'] = df['id'].isna().sum()
r['age_int'] = (~df['age'].dropna().str.fullmatch(r'\\s*[+-]?[0-9]+\\s*')).sum()
r['age_nn'] = df['age'].isna().sum()
a = num(df['age']); r['age_between'] = ((a < 0) | (a > 120) | a.isna()).sum()
s = num(df['score']); r['score_num'] = s.isna().sum(); r['score_between'] = ((s < 0) | (s > 100)).sum()
m = num(df['amount']); r['amount_num'] = m.isna().sum()
r['country'] = (~df['country'].dropna().isin(['FR','DE','ES','IT','NL','BE','PL','SE'])).sum()
r['plan'] = (~df['plan'].dropna().isin(['free','pro','team','enterprise'])).sum()
r['signup'] = pd.to_datetime(df['signup'], format='%Y-%m-%d', errors='coerce').isna().sum()
r['email'] = (~df['email'].dropna().str.contains('@')).sum()
r['mean'] = m.mean()
r['rows'] = n
print({k: float(v) for k, v in r.items()})
`;

const COUNT = `
import { DuckDBInstance } from '${pathToFileURL(path.join(root, 'node_modules/@duckdb/node-api/lib/index.js')).href}';
const inst = await DuckDBInstance.create(':memory:', { memory_limit: '${MEMORY}' });
const c = await inst.connect();
await c.runAndReadAll("SELECT count(*) FROM read_csv($1, header = true)", [process.argv[2]]);
`;

// The same checks as DuckDB's own SQL over its own typed reader: what DuckDB itself does when asked for
// them, without Frictionless's strictness (its casts accept more than a contract does), without row
// numbers for what fails and without reading the columns the contract does not name. No engine on
// DuckDB that checks the values can be faster; the ratio is printed as the bar's ceiling.
const NATIVE = `
import { DuckDBInstance } from '${pathToFileURL(path.join(root, 'node_modules/@duckdb/node-api/lib/index.js')).href}';
const inst = await DuckDBInstance.create(':memory:', { memory_limit: '${MEMORY}' });
const c = await inst.connect();
await c.runAndReadAll(\`SELECT count(*), count(*) FILTER (WHERE id IS NULL), count(*) FILTER (WHERE age IS NULL),
  count(*) FILTER (WHERE age < 0 OR age > 120), count(*) FILTER (WHERE score < 0 OR score > 100),
  count(*) FILTER (WHERE NOT list_contains(['FR', 'DE', 'ES', 'IT', 'NL', 'BE', 'PL', 'SE'], country)),
  count(*) FILTER (WHERE NOT list_contains(['free', 'pro', 'team', 'enterprise'], plan)),
  count(*) FILTER (WHERE NOT contains(email, '@')), avg(amount), count(signup)
  FROM read_csv($1, header = true, auto_detect = false, delim = ',', quote = '"', columns = {'id': 'BIGINT',
  'age': 'BIGINT', 'score': 'DOUBLE', 'amount': 'DOUBLE', 'country': 'VARCHAR', 'plan': 'VARCHAR', 'email': 'VARCHAR',
  'signup': 'DATE', 'active': 'BOOLEAN', 'note': 'VARCHAR'})\`, [process.argv[2]]);
`;

/** Wall-clock ms of a command; `findings` allows exit 1 (a check that completed with findings). */
function timeMs(cmd, args, options = {}, findings = false) {
  const start = process.hrtime.bigint();
  try {
    execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26, ...options });
  } catch (error) {
    if (!findings || error.status !== 1)
      throw new Error(`${path.basename(cmd)} ${args.join(' ')} failed: ${error.stderr ?? error.message}`);
  }
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function hasPandas() {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import pandas'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function contractBench() {
  if (!existsSync(cli)) return [];
  const dir = mkdtempSync(path.join(tmpdir(), 'mlops-bench-data-'));
  try {
    const { file } = writeBigCsv(dir, Number(process.env.BENCH_DATA_MB ?? 1100));
    const size = statSync(file).size;
    writeFileSync(path.join(dir, 'big.contract.yml'), CONTRACT);
    writeFileSync(path.join(dir, 'count.mjs'), COUNT);
    writeFileSync(path.join(dir, 'native.mjs'), NATIVE);
    writeFileSync(path.join(dir, 'checks.py'), PANDAS);
    const env = { ...process.env, MLOPS_DUCKDB_MEMORY: MEMORY };
    const count = [];
    const check = [];
    const native = [];
    for (let i = 0; i < RUNS; i++) {
      count.push(timeMs(node, [path.join(dir, 'count.mjs'), file], { cwd: root, env }));
      native.push(timeMs(node, [path.join(dir, 'native.mjs'), file], { cwd: root, env }));
      check.push(
        timeMs(node, [cli, 'data', 'check', 'big.contract.yml', '--data', file], { cwd: dir, env }, true),
      );
    }
    const mbps = (ms) => size / 1024 / 1024 / (ms / 1000);
    const countMs = median(count);
    const checkMs = median(check);
    const rows = [
      row(`DuckDB SELECT count(*) on a ${(size / 1e9).toFixed(2)} GB CSV (reference)`, mbps(countMs), 'MB/s'),
      row(
        'data check, 15 expectations, same CSV: throughput vs count(*) (bar >= 0.6)',
        mbps(checkMs),
        'MB/s',
        mbps(countMs),
      ),
      row(
        "DuckDB's own SQL for the same checks, native types: throughput vs count(*) (the bar's ceiling)",
        mbps(median(native)),
        'MB/s',
        mbps(countMs),
      ),
    ];
    if (hasPandas()) {
      const pandasMs = timeMs('/usr/bin/python3', [path.join(dir, 'checks.py'), file]);
      rows.push(
        row('pandas, the same checks (reference)', pandasMs, 'ms'),
        row('data check vs pandas: time ratio (bar <= 0.2)', checkMs, 'ms', pandasMs),
      );
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function writeDriftCsv(file, rows, seed, shift) {
  const fd = openSync(file, 'w');
  const r = rng(seed);
  writeSync(fd, `${Array.from({ length: 20 }, (_, i) => (i < 15 ? `n${i}` : `c${i}`)).join(',')}\n`);
  for (let done = 0; done < rows; done += 10000) {
    const lines = [];
    for (let i = 0; i < Math.min(10000, rows - done); i++) {
      const cells = [];
      for (let k = 0; k < 15; k++) cells.push((r() * 100 + (k === 0 ? shift : 0)).toFixed(3));
      for (let k = 15; k < 20; k++) cells.push(COUNTRIES[Math.floor(r() * (k === 15 && shift ? 6 : 8))]);
      lines.push(cells.join(','));
    }
    writeSync(fd, `${lines.join('\n')}\n`);
  }
  closeSync(fd);
}

async function driftBench() {
  if (!existsSync(cli)) return [];
  const dir = mkdtempSync(path.join(tmpdir(), 'mlops-bench-drift-'));
  try {
    const rows = Number(process.env.BENCH_DRIFT_ROWS ?? 1_000_000);
    writeDriftCsv(path.join(dir, 'ref.csv'), rows, 1, 0);
    writeDriftCsv(path.join(dir, 'cur.csv'), rows, 2, 5);
    const env = { ...process.env, MLOPS_DUCKDB_MEMORY: MEMORY };
    const times = [];
    for (let i = 0; i < RUNS; i++)
      times.push(
        timeMs(
          node,
          [cli, 'data', 'drift', '--reference', 'ref.csv', '--current', 'cur.csv'],
          { cwd: dir, env },
          true,
        ),
      );
    return [
      row(
        `data drift, ${rows.toLocaleString('en')} x 20 vs an equal reference (bar < 5000 ms)`,
        median(times),
        'ms',
      ),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const benchmarks = [
  { name: 'data contract', run: contractBench },
  { name: 'data drift', run: driftBench },
];
