/** Measuring production batches in DuckDB: drift against a file or a profile, performance, bad input as findings. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { readContractFile } from '../../../src/adapters/duckdb/dataset.js';
import { Engine } from '../../../src/adapters/duckdb/engine.js';
import { profileSource } from '../../../src/adapters/duckdb/profile.js';
import { openSource } from '../../../src/adapters/duckdb/source.js';
import { measureBatch, type MeasureOptions } from '../../../src/adapters/monitor/measure.js';
import type { DataProfile } from '../../../src/core/data/profile.js';
import { tempDir, writeFiles } from '../../helpers/repo.js';

const churn = path.resolve('examples/churn');
const file = (p: string) => ({ path: path.join(churn, p), display: `examples/churn/${p}` });
let engine: Engine;
let profile: DataProfile;

beforeAll(async () => {
  engine = await Engine.open({ memoryLimit: '512MB', threads: 1 });
  profile = await profileSource(engine, await openSource(engine, file('data/customers/train.csv').path, 'train', { typed: true }));
});
afterAll(() => engine.close());

const base = (over: Partial<MeasureOptions>): MeasureOptions => ({
  root: churn,
  batch: file('production/batch-healthy.csv'),
  idColumn: 'customer_id',
  labelColumn: 'churned',
  predictionColumn: 'prediction',
  drift: {},
  ...over,
});

describe('measureBatch', () => {
  it('finds no dataset drift in the healthy batch against the training data', async () => {
    const facts = await measureBatch(engine, base({ reference: { kind: 'file', ...file('data/customers/train.csv') } }));

    expect(facts.batch.rows).toBe(500);
    expect(facts.input.map((f) => f.rule)).toEqual(['monitor/no-predictions']);
    expect(facts.drift?.features.drifted).toBe(false);
    expect(facts.drift?.features.columns.map((c) => c.column)).not.toContain('customer_id');
  });

  it('finds dataset drift in the drifted batch, from the raw reference and from its profile alike', async () => {
    const fromFile = await measureBatch(engine, base({ batch: file('production/batch-drifted.csv'), reference: { kind: 'file', ...file('data/customers/train.csv') } }));
    const fromProfile = await measureBatch(engine, base({ batch: file('production/batch-drifted.csv'), reference: { kind: 'profile', profile, display: 'profile.json' } }));

    expect(fromFile.drift?.features.drifted).toBe(true);
    expect(fromProfile.drift?.fromProfile).toBe(true);
    expect(fromProfile.drift?.features.drifted).toBe(true);
    const drifted = (f: typeof fromFile) => f.drift!.features.columns.filter((c) => c.drifted).map((c) => c.column);
    expect(drifted(fromProfile)).toEqual(expect.arrayContaining(['tenure_months', 'monthly_charges']));
    expect(drifted(fromFile)).toEqual(expect.arrayContaining(['tenure_months', 'monthly_charges']));
  });

  it('keeps the healthy batch healthy against the profile', async () => {
    const facts = await measureBatch(engine, base({ reference: { kind: 'profile', profile, display: 'profile.json' } }));

    expect(facts.drift?.features.drifted).toBe(false);
  });

  it('measures performance on ground truth joined by id and reports ids it does not know', async () => {
    const dir = tempDir('monitor-gt-');
    writeFiles(dir, {
      'batch.csv': 'customer_id,tenure_months,prediction\nA,1,1\nB,2,0\nC,3,1\nD,4,0\n',
      'truth.csv': 'customer_id,churned\nA,1\nB,0\nC,0\nZ,1\n',
    });
    const facts = await measureBatch(engine, base({ root: dir, batch: { path: path.join(dir, 'batch.csv'), display: 'batch.csv' }, groundTruth: { path: path.join(dir, 'truth.csv'), display: 'truth.csv' } }));

    expect(facts.performance).toMatchObject({ source: 'truth.csv', rows: 3 });
    expect(facts.performance?.metrics.accuracy).toBeCloseTo(2 / 3, 10);
    expect(facts.input).toEqual([expect.objectContaining({ rule: 'monitor/unknown-ids', severity: 'warning', message: expect.stringContaining("'Z'") })]);
  });

  it('reports an empty batch and a batch without the signature columns as findings', async () => {
    const dir = tempDir('monitor-bad-');
    writeFiles(dir, { 'empty.csv': 'customer_id,age\n', 'other.csv': 'customer_id,age,prediction\nA,old,high\n' });
    const signature = { inputs: [{ name: 'age', type: 'int' }, { name: 'plan', type: 'string' }], outputs: [{ name: 'prediction', type: 'int' }] };

    const empty = await measureBatch(engine, base({ root: dir, batch: { path: path.join(dir, 'empty.csv'), display: 'empty.csv' }, signature }));
    const other = await measureBatch(engine, base({ root: dir, batch: { path: path.join(dir, 'other.csv'), display: 'other.csv' }, signature }));

    expect(empty.input).toEqual([expect.objectContaining({ rule: 'monitor/empty-batch', file: 'empty.csv' })]);
    expect(other.input.map((f) => [f.rule, f.message])).toEqual([
      ['monitor/signature-type', "column 'age' holds string values but the model's signature declares int"],
      ['monitor/missing-column', "the model's input 'plan' is not a column of the batch"],
      ['monitor/signature-type', "column 'prediction' holds string values but the model's signature declares int"],
    ]);
  });

  it('names reference columns the batch lacks', async () => {
    const dir = tempDir('monitor-missing-');
    writeFiles(dir, { 'batch.csv': 'customer_id,age\nA,30\nB,40\n' });
    const facts = await measureBatch(engine, base({ root: dir, batch: { path: path.join(dir, 'batch.csv'), display: 'batch.csv' }, reference: { kind: 'file', ...file('data/customers/train.csv') } }));

    expect(facts.input.filter((f) => f.rule === 'monitor/missing-column').map((f) => f.message)).toContain(
      "column 'tenure_months' of the reference examples/churn/data/customers/train.csv is not in the batch",
    );
  });

  it('measures prediction drift against the reference target when the reference has no predictions', async () => {
    const dir = tempDir('monitor-pred-');
    const reference = ['customer_id,age,churned', ...Array.from({ length: 200 }, (_, i) => `R${i},${30 + (i % 20)},${i % 10 === 0 ? 1 : 0}`)].join('\n');
    const batch = ['customer_id,age,prediction', ...Array.from({ length: 200 }, (_, i) => `B${i},${30 + (i % 20)},${i % 10 === 0 ? 0 : 1}`)].join('\n');
    writeFiles(dir, { 'ref.csv': `${reference}\n`, 'batch.csv': `${batch}\n` });
    const ref = { path: path.join(dir, 'ref.csv'), display: 'ref.csv' };
    const refProfile = await profileSource(engine, await openSource(engine, ref.path, 'refp', { typed: true }));
    const opts = base({ root: dir, batch: { path: path.join(dir, 'batch.csv'), display: 'batch.csv' } });

    const fromFile = await measureBatch(engine, { ...opts, reference: { kind: 'file', ...ref } });
    const fromProfile = await measureBatch(engine, { ...opts, reference: { kind: 'profile', profile: refProfile, display: 'ref.profile.json' } });

    for (const facts of [fromFile, fromProfile]) {
      expect(facts.drift?.prediction).toMatchObject({ column: 'prediction (vs churned)', drifted: true });
      expect(facts.drift?.features.drifted).toBe(false);
    }
  });

  it('checks the batch against the dataset contract', async () => {
    const dir = tempDir('monitor-contract-');
    writeFiles(dir, {
      'batch.csv': 'customer_id,age\nA,34\nB,-3\n',
      'customers.contract.yml': 'expectations:\n  - expect_column_values_to_be_between: {column: age, min_value: 0, max_value: 120}\n',
    });
    const contract = await readContractFile(dir, 'customers.contract.yml');

    const facts = await measureBatch(engine, base({ root: dir, batch: { path: path.join(dir, 'batch.csv'), display: 'batch.csv' }, contract }));

    expect(facts.quality).toEqual([expect.objectContaining({ severity: 'error', file: 'customers.contract.yml', line: 2, message: expect.stringContaining('batch.csv') })]);
  });
});
