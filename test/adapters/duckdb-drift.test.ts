import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runDrift } from '../../src/adapters/duckdb/drift.js';
import { Engine } from '../../src/adapters/duckdb/engine.js';
import { openSource } from '../../src/adapters/duckdb/source.js';
import type { DriftTestName } from '../../src/core/drift/select.js';
import { tempDir } from '../helpers/repo.js';

// Expected values: scripts/reference/compute.py (scipy 1.10, Evidently's stattest definitions).
const ref = path.resolve('test/fixtures/reference');
const files = JSON.parse(readFileSync(path.join(ref, 'drift-files.json'), 'utf8')) as {
  columns: Record<string, { test: string; score: number }>;
};
const cases = JSON.parse(readFileSync(path.join(ref, 'drift-cases.json'), 'utf8')) as {
  cases: Array<{
    name: string;
    reference: number[];
    current: number[];
    expected: Record<string, number | { p_value: number }>;
  }>;
};

let engine: Engine;
beforeAll(async () => {
  engine = await Engine.open({ memoryLimit: '512MB', threads: 1 });
});
afterAll(() => engine.close());

const close = (actual: number, expected: number, tol = 1e-9) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(expected)));

describe('drift on DuckDB', () => {
  it("picks Evidently's default test per column and matches scipy's scores", async () => {
    // given a reference of 800 rows (<= 1000) and a current of 600 rows, read with types sniffed
    const r = await openSource(engine, path.join(ref, 'drift-reference.csv'), 'ref', { typed: true });
    const c = await openSource(engine, path.join(ref, 'drift-current.csv'), 'cur', { typed: true });
    // when
    const drift = await runDrift(engine, r, c);
    // then
    for (const col of drift.columns) {
      const e = files.columns[col.column]!;
      expect(col.test).toBe(e.test);
      close(col.score, e.score);
    }
    expect(drift.columns.map((x) => [x.column, x.drifted])).toEqual([
      ['amount', true],
      ['items', true],
      ['channel', true],
      ['member', false],
    ]);
    expect(drift.drifted).toBe(true);
    expect(drift.columns[0]!.referenceRows).toBe(798);
  });

  it('computes every test in SQL exactly as numpy bins and scipy scores them', async () => {
    // given the 9,000 vs 7,000 row case written as two CSV files
    const dir = tempDir('mlops-drift-');
    const c = cases.cases.find((x) => x.name === 'large exact 9000 vs 7000')!;
    writeFileSync(path.join(dir, 'r.csv'), `x\n${c.reference.join('\n')}\n`);
    writeFileSync(path.join(dir, 'c.csv'), `x\n${c.current.join('\n')}\n`);
    const r = await openSource(engine, path.join(dir, 'r.csv'), 'r9', { typed: true });
    const cur = await openSource(engine, path.join(dir, 'c.csv'), 'c7', { typed: true });
    for (const test of [
      'ks',
      'wasserstein',
      'psi',
      'jensenshannon',
      'kl_div',
      'hellinger',
    ] as DriftTestName[]) {
      // when
      const drift = await runDrift(engine, r, cur, { stattest: test });
      // then
      const e = c.expected[test]!;
      close(drift.columns[0]!.score, typeof e === 'number' ? e : e.p_value);
    }
  });

  it('takes tests, thresholds and the drift share from options', async () => {
    const r = await openSource(engine, path.join(ref, 'drift-reference.csv'), 'ref2', { typed: true });
    const c = await openSource(engine, path.join(ref, 'drift-current.csv'), 'cur2', { typed: true });
    const drift = await runDrift(engine, r, c, {
      columns: { amount: { stattest: 'psi', threshold: 5 }, items: { ignore: true } },
      catStattest: 'jensenshannon',
      driftShare: 0.9,
    });
    expect(drift.columns.map((x) => [x.column, x.test, x.threshold])).toEqual([
      ['amount', 'psi', 5],
      ['channel', 'jensenshannon', 0.1],
      ['member', 'jensenshannon', 0.1],
    ]);
    expect(drift.drifted).toBe(false);
  });
});
