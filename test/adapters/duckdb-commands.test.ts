import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { tempDir, writeFiles } from '../helpers/repo.js';

async function run(cwd: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, {
    cwd,
    env: { ...process.env, MLOPS_DUCKDB_MEMORY: '256MB' },
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
  });
  return { code, out, err };
}

const card = `---
name: customers
version: 1.0.0
files:
  - path: customers.csv
pii:
  contains: true
  fields: [email]
schema:
  columns:
    - name: id
      type: integer
      unique: true
    - name: age
      type: integer
      constraints:
        minimum: 0
        maximum: 120
    - name: email
      type: string
      required: true
  expectations:
    - expect_column_values_to_be_in_set: {column: country, value_set: [FR, DE], mostly: 0.9}
---
# customers
`;
const csv =
  'id,age,email,country,phone\n1,34,a@x.org,FR,+33 6 12 34 56 78\n2,-3,b@x.org,DE,+49 151 2345678\n2,x,,XX,+1 (555) 123-4567\n';

describe('mlops data commands', () => {
  it('data check reports failed expectations on the card lines, and undeclared PII', async () => {
    // given a card whose data breaks three expectations and has an undeclared phone column
    const dir = tempDir('mlops-cli-data-');
    writeFiles(dir, { 'data/DATA_CARD.md': card, 'data/customers.csv': csv });
    // when
    const { code, out } = await run(dir, 'data', 'check', 'data/DATA_CARD.md', '--json');
    // then
    expect(code).toBe(1);
    const report = JSON.parse(out) as { findings: Array<{ rule: string; line?: number; message: string }> };
    const byRule = report.findings.map((f) => [f.rule, f.line]);
    expect(byRule).toEqual(
      expect.arrayContaining([
        ['data/expect_column_values_to_be_unique', 13],
        ['data/expect_column_values_to_be_of_type', 15],
        ['data/expect_column_values_to_be_between', 17],
        ['data/expect_column_values_to_not_be_null', 21],
        ['data/expect_column_values_to_be_in_set', 23],
        ['data/pii-undeclared', 6],
      ]),
    );
    expect(report.findings.find((f) => f.rule === 'data/pii-undeclared')!.message).toMatch(/'phone'.*phone/);
  });

  it('data check takes a Great Expectations 0.18 suite JSON as it is, with findings on its lines', async () => {
    const dir = tempDir('mlops-cli-gx-');
    const suite = {
      expectation_suite_name: 'customers',
      ge_cloud_id: null,
      expectations: [
        { expectation_type: 'expect_column_values_to_not_be_null', kwargs: { column: 'email' }, meta: {} },
        {
          expectation_type: 'expect_column_values_to_be_between',
          kwargs: { column: 'age', min_value: 0, mostly: 0.3 },
          meta: {},
        },
      ],
      meta: { great_expectations_version: '0.18.8' },
    };
    writeFiles(dir, { 'gx/customers.json': JSON.stringify(suite, null, 2), 'customers.csv': csv });
    const { code, out } = await run(
      dir,
      'data',
      'check',
      'gx/customers.json',
      '--data',
      'customers.csv',
      '--json',
    );
    expect(code).toBe(1);
    const report = JSON.parse(out) as {
      findings: Array<{ rule: string; line?: number }>;
      data: Array<{ validation: { results: Array<{ success: boolean }> } }>;
    };
    expect(report.findings.map((f) => [f.rule, f.line])).toEqual([
      ['data/expect_column_values_to_not_be_null', 5],
    ]);
    expect(report.data[0]!.validation.results.map((r) => r.success)).toEqual([false, true]);
  });

  it('data drift reads a profile as the reference', async () => {
    const dir = tempDir('mlops-cli-drift-');
    const fixtures = path.resolve('test/fixtures/reference');
    const profiled = await run(
      dir,
      'data',
      'profile',
      '--data',
      path.join(fixtures, 'drift-reference.csv'),
      '--out',
      'ref.profile.json',
    );
    expect(profiled.code).toBe(0);
    const profile = JSON.parse(readFileSync(path.join(dir, 'ref.profile.json'), 'utf8')) as {
      rows: number;
      columns: Array<{ name: string; nulls: number }>;
    };
    expect(profile.rows).toBe(800);
    expect(profile.columns.find((c) => c.name === 'amount')!.nulls).toBe(2);
    const drift = await run(
      dir,
      'data',
      'drift',
      '--reference',
      'ref.profile.json',
      '--current',
      path.join(fixtures, 'drift-current.csv'),
      '--json',
    );
    const data = (
      JSON.parse(drift.out) as {
        data: { columns: Array<{ column: string; test: string; drifted: boolean }> };
      }
    ).data;
    expect(data.columns.map((c) => [c.column, c.test])).toEqual([
      ['amount', 'ks'],
      ['items', 'chisquare'],
      ['channel', 'chisquare'],
      ['member', 'z'],
    ]);
    expect(data.columns.find((c) => c.column === 'channel')!.drifted).toBe(true);
  });

  it('data overlap fails when holdout rows leak from training', async () => {
    const dir = tempDir('mlops-cli-overlap-');
    writeFiles(dir, { 'train.csv': 'id,x\n1,a\n2,b\n3,c\n', 'test.csv': 'id,x\n4,d\n2,b\n5,c\n' });
    const rows = await run(dir, 'data', 'overlap', '--train', 'train.csv', '--test', 'test.csv', '--json');
    expect(rows.code).toBe(1);
    expect(JSON.parse(rows.out).data).toMatchObject({ overlapping: 1, rows: [2] });
    const byKey = await run(
      dir,
      'data',
      'overlap',
      '--train',
      'train.csv',
      '--test',
      'test.csv',
      '--key',
      'x',
      '--json',
    );
    expect(JSON.parse(byKey.out).data).toMatchObject({ overlapping: 2, rows: [2, 3] });
  });

  it('data dictionary renders columns and constraints as Markdown', async () => {
    const dir = tempDir('mlops-cli-dict-');
    writeFiles(dir, { 'data/DATA_CARD.md': card });
    const { code, out } = await run(dir, 'data', 'dictionary', 'data/DATA_CARD.md');
    expect(code).toBe(0);
    expect(out).toContain('| `age` | integer | minimum: 0; maximum: 120 |  |');
  });

  it('fairness and evaluate print reports and exit 1 on a breached threshold', async () => {
    const dir = tempDir('mlops-cli-fair-');
    const fixtures = path.resolve('test/fixtures/reference');
    writeFiles(dir, { '.github/mlops.yml': 'evaluation:\n  metrics:\n    accuracy: {min: 0.99}\n' });
    const fair = await run(
      dir,
      'fairness',
      '--predictions',
      path.join(fixtures, 'fairness.csv'),
      '--label',
      'y',
      '--prediction',
      'yhat',
      '--sensitive',
      'sex',
    );
    expect(fair.out).toMatch(/demographic parity difference/);
    expect(fair.code).toBe(1);
    const ev = await run(
      dir,
      'evaluate',
      '--predictions',
      path.join(fixtures, 'binary.csv'),
      '--task',
      'classification',
      '--label',
      'y',
      '--prediction',
      'yhat',
      '--score',
      'score',
    );
    expect(ev.code).toBe(1);
    expect(ev.out).toMatch(/accuracy is 0\.\d+, below the minimum 0\.99/);
    const usage = await run(
      dir,
      'evaluate',
      '--predictions',
      'x.csv',
      '--task',
      'ranking',
      '--label',
      'y',
      '--prediction',
      'p',
    );
    expect(usage.code).toBe(2);
  });
});

describe('the check-data action', () => {
  it('checks every dataset of the config and adds drift to the same report', async () => {
    // given a repository whose config lists one dataset, and a drift pair
    const dir = tempDir('mlops-action-data-');
    const fixtures = path.resolve('test/fixtures/reference');
    writeFiles(dir, {
      '.github/mlops.yml': 'datasets:\n  - name: customers\n    path: data\n',
      'data/DATA_CARD.md': card,
      'data/customers.csv': csv,
      'drift/ref.csv': readFileSync(path.join(fixtures, 'drift-reference.csv'), 'utf8'),
      'drift/cur.csv': readFileSync(path.join(fixtures, 'drift-current.csv'), 'utf8'),
    });
    const { checkDataReport } = await import('../../src/adapters/duckdb/check-data.js');
    // when
    const report = await checkDataReport(dir, {
      contracts: [],
      data: [],
      reference: 'drift/ref.csv',
      current: 'drift/cur.csv',
      memoryLimit: '256MB',
    });
    // then
    expect(report.purpose).toBe('data');
    expect(
      report.findings.some(
        (f) =>
          f.rule === 'data/expect_column_values_to_be_unique' &&
          f.file === 'data/DATA_CARD.md' &&
          f.line === 13,
      ),
    ).toBe(true);
    expect(report.findings.some((f) => f.rule === 'drift/dataset')).toBe(true);
    expect(report.blocks.some((b) => b.kind === 'chart')).toBe(true);
  });
});
