/**
 * `mlops fairness` and `mlops data drift` without their file options run what .github/mlops.yml
 * configures (fairness.*, datasets[].drift): real repositories, real DuckDB.
 */
import { describe, expect, it } from '@jest/globals';
import { main } from '../../src/cli/main.js';
import { makeRepo } from '../helpers/repo.js';

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

interface Json {
  findings: Array<{ rule: string; severity: string; message: string; file?: string; line?: number }>;
  data: unknown;
}
const json = (out: string) => JSON.parse(out) as Json;

/** Group a: one of each (true, predicted) pair; group b: (no,no) twice, (yes,no), (yes,yes). */
const predictions =
  'g,y,yhat\na,yes,yes\na,yes,no\na,no,no\na,no,yes\nb,no,no\nb,no,no\nb,yes,no\nb,yes,yes\n';

const fairnessConfig = (positive = 'positive_label: "no"') => `fairness:
  predictions: eval/predictions.csv
  label: y
  prediction: yhat
  sensitive_features: [g]
  ${positive}
`;

type Rates = { groups: Array<{ group: string; selectionRate: number; truePositiveRate: number }> };
const rates = (data: unknown) =>
  (data as Rates).groups.map((g) => [g.group, g.selectionRate, g.truePositiveRate]);

describe('mlops fairness with fairness configured', () => {
  it('assesses the configured predictions with the configured columns and positive label', async () => {
    // given predictions whose positive label is "no", all of it in .github/mlops.yml
    const repo = makeRepo({ '.github/mlops.yml': fairnessConfig(), 'eval/predictions.csv': predictions });
    // when
    const { code, out } = await run(repo, 'fairness', '--json');
    // then "no" is positive: TPR a 1/2, b 2/2, a gap of 0.5 over the default equal opportunity bound
    const report = json(out);
    expect(rates(report.data)).toEqual([
      ['a', 0.5, 0.5],
      ['b', 0.75, 1],
    ]);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: 'fairness/equal-opportunity-difference',
        severity: 'error',
        file: 'eval/predictions.csv',
        message: 'equal opportunity difference is 0.5000, above the maximum 0.1',
      }),
    );
    expect(code).toBe(1);
  });

  it('lets an option replace one configured key', async () => {
    const repo = makeRepo({ '.github/mlops.yml': fairnessConfig(), 'eval/predictions.csv': predictions });
    const { out } = await run(repo, 'fairness', '--pos-label', 'yes', '--json');
    expect(rates(json(out).data)).toEqual([
      ['a', 0.5, 0.5],
      ['b', 0.25, 0.5],
    ]);
  });

  it('names the config line of a configured predictions file that does not exist', async () => {
    // given fairness.predictions (line 2) naming a file that is not there
    const repo = makeRepo({ '.github/mlops.yml': fairnessConfig() });
    // when
    const { code, err } = await run(repo, 'fairness');
    // then
    expect(code).toBe(1);
    expect(err).toContain(
      'mlops fairness: .github/mlops.yml:2:16: `fairness.predictions` names eval/predictions.csv, which does not exist',
    );
  });

  it('reports a configured positive label found in neither column as an error, not as zero rates', async () => {
    const repo = makeRepo({
      '.github/mlops.yml': fairnessConfig('positive_label: true'),
      'eval/predictions.csv': predictions,
    });
    const { code, err } = await run(repo, 'fairness');
    expect(code).toBe(1);
    expect(err).toContain(
      "the positive label 'true' occurs neither in 'y' nor in 'yhat' of eval/predictions.csv (their values: 'no', 'yes')",
    );
  });

  it('asks for --predictions when nothing is configured', async () => {
    const repo = makeRepo({ 'eval/predictions.csv': predictions });
    const { code, err } = await run(
      repo,
      'fairness',
      '--label',
      'y',
      '--prediction',
      'yhat',
      '--sensitive',
      'g',
    );
    expect(code).toBe(2);
    expect(err).toContain('--predictions is required (or set fairness.predictions in .github/mlops.yml)');
  });

  it('asks for the label column when a predictions file is given without one', async () => {
    const repo = makeRepo({ 'eval/predictions.csv': predictions });
    const { code, err } = await run(
      repo,
      'fairness',
      '--predictions',
      'eval/predictions.csv',
      '--sensitive',
      'g',
    );
    expect(code).toBe(2);
    expect(err).toContain('--label is required (or set fairness.label in .github/mlops.yml)');
  });
});

/** 40 rows: amounts 1…40 on web and store. */
const reference = `amount,channel\n${Array.from({ length: 40 }, (_, i) => `${i + 1},${i % 2 ? 'web' : 'store'}`).join('\n')}\n`;
/** Every amount 100 higher and every sale in the app: both columns drift. */
const drifted = `amount,channel\n${Array.from({ length: 40 }, (_, i) => `${i + 101},app`).join('\n')}\n`;

const driftConfig = `datasets:
  - name: customers
    path: data/customers
    drift:
      reference: data/customers/reference.csv
      current: data/customers/current.csv
  - name: orders
    path: data/orders
    drift:
      reference: data/orders/reference.csv
      current: data/orders/current.csv
  - name: plain
    path: data/plain
`;

type Pairs = Array<{ dataset: string; reference: string; current: string; drift: { drifted: boolean } }>;

describe('mlops data drift with datasets[].drift configured', () => {
  const files = {
    '.github/mlops.yml': driftConfig,
    'data/customers/reference.csv': reference,
    'data/customers/current.csv': drifted,
    'data/orders/reference.csv': reference,
    'data/orders/current.csv': reference,
  };

  it('compares every configured pair, one section per dataset', async () => {
    // given customers drifted and orders unchanged
    const repo = makeRepo(files);
    // when
    const { code, out } = await run(repo, 'data', 'drift', '--json');
    // then
    const report = json(out) as Json & { summary: string };
    expect((report.data as Pairs).map((p) => [p.dataset, p.current, p.drift.drifted])).toEqual([
      ['customers', 'data/customers/current.csv', true],
      ['orders', 'data/orders/current.csv', false],
    ]);
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([
      expect.stringMatching(/^customers: dataset drift: 2 of 2 columns drifted/),
    ]);
    expect(report.summary).toBe(
      'customers: Dataset drift: 2/2 columns; orders: No dataset drift (0/2 columns drifted)',
    );
    expect(code).toBe(1);
  });

  it('compares only the pair of --dataset', async () => {
    const repo = makeRepo(files);
    const { code, out } = await run(repo, 'data', 'drift', '--dataset', 'orders', '--json');
    expect((json(out).data as Pairs).map((p) => p.dataset)).toEqual(['orders']);
    expect(code).toBe(0);
  });

  it('reports a missing configured file at its config line and still compares the other datasets', async () => {
    // given orders' current file (line 11) missing
    const { 'data/orders/current.csv': _, ...rest } = files;
    const repo = makeRepo(rest);
    // when
    const { code, out } = await run(repo, 'data', 'drift', '--json');
    // then
    const report = json(out);
    expect((report.data as Pairs).map((p) => p.dataset)).toEqual(['customers']);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: 'config/missing-file',
        file: '.github/mlops.yml',
        line: 11,
        message: expect.stringContaining(
          '`datasets[1].drift.current` names data/orders/current.csv, which does not exist',
        ),
      }),
    );
    expect(code).toBe(1);
  });

  it('rejects a --dataset that configures no drift pair, naming those that do', async () => {
    const repo = makeRepo(files);
    const { code, err } = await run(repo, 'data', 'drift', '--dataset', 'plain');
    expect(code).toBe(2);
    expect(err).toContain("dataset 'plain' configures no drift pair in .github/mlops.yml");
    expect(err).toContain('Datasets with a drift pair: customers, orders.');
  });

  it('asks for both files when no dataset configures drift', async () => {
    const repo = makeRepo({ 'data/a.csv': reference });
    const none = await run(repo, 'data', 'drift');
    expect(none.code).toBe(2);
    expect(none.err).toContain('--reference and --current are required');
    const half = await run(repo, 'data', 'drift', '--reference', 'data/a.csv');
    expect(half.code).toBe(2);
    expect(half.err).toContain('--reference and --current go together');
  });

  it('still compares the two files given as options', async () => {
    const repo = makeRepo(files);
    const { code, out } = await run(
      repo,
      'data',
      'drift',
      '--reference',
      'data/customers/reference.csv',
      '--current',
      'data/orders/current.csv',
      '--json',
    );
    expect(code).toBe(0);
    expect((json(out).data as { drifted: boolean }).drifted).toBe(false);
  });
});
