/**
 * The check-data report with drift and fairness configured in .github/mlops.yml: real files, real
 * DuckDB, one report holding contracts, drift per dataset and fairness.
 */
import { describe, expect, it } from '@jest/globals';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { checkDataReport } from '../../src/adapters/duckdb/check-data.js';
import { datasetsTouchedBy } from '../../src/adapters/fs/touched-datasets.js';
import { main } from '../../src/cli/main.js';
import { parseConfig } from '../../src/core/config/index.js';
import { tempDir, writeFiles } from '../helpers/repo.js';

const card = `---
name: customers
version: 1.0.0
files:
  - path: current.csv
schema:
  columns:
    - name: amount
      type: integer
      constraints: { minimum: 0 }
---
# customers
`;

/** 40 rows: amounts 1…40 on web and store. */
const reference = `amount,channel\n${Array.from({ length: 40 }, (_, i) => `${i + 1},${i % 2 ? 'web' : 'store'}`).join('\n')}\n`;
/** The same shape, every amount 100 higher and every sale in the app: both columns drift. */
const drifted = `amount,channel\n${Array.from({ length: 40 }, (_, i) => `${i + 101},app`).join('\n')}\n`;
/** Group a is always selected, group b once in four: demographic parity difference 0.75, ratio 0.25. */
const biased = 'group,y,yhat\na,1,1\na,0,1\na,1,1\na,0,1\nb,1,1\nb,0,0\nb,1,0\nb,0,0\n';

const config = (extra = '') => `datasets:
  - name: customers
    path: data/customers
    drift:
      reference: data/customers/reference.csv
      current: data/customers/current.csv
fairness:
  sensitive_features: [group]
  predictions: eval/predictions.csv
  label: y
  prediction: yhat
${extra}`;

function givenRepo(files: Record<string, string>): string {
  const dir = tempDir('mlops-check-data-');
  writeFiles(dir, {
    'data/customers/DATA_CARD.md': card,
    'data/customers/reference.csv': reference,
    'data/customers/current.csv': drifted,
    'eval/predictions.csv': biased,
    ...files,
  });
  return dir;
}

const run = (dir: string, inputs: Partial<Parameters<typeof checkDataReport>[1]> = {}) =>
  checkDataReport(dir, { contracts: [], data: [], memoryLimit: '256MB', ...inputs });

describe('the check-data report with drift and fairness configured', () => {
  it('flags drift of a configured dataset pair under the dataset name', async () => {
    // given a dataset whose configured current data drifted from its reference
    const dir = givenRepo({ '.github/mlops.yml': config() });
    // when
    const report = await run(dir, { fairness: false });
    // then both columns drift and the dataset drifts, reported against the current file
    const drift = report.findings.filter((f) => f.rule.startsWith('drift/'));
    expect(drift.map((f) => [f.rule, f.severity, f.file])).toEqual([
      ['drift/column', 'warning', 'data/customers/current.csv'],
      ['drift/column', 'warning', 'data/customers/current.csv'],
      ['drift/dataset', 'error', 'data/customers/current.csv'],
    ]);
    expect(drift[2]!.message).toMatch(/^customers: dataset drift: 2 of 2 columns drifted/);
    expect(report.blocks).toContainEqual({ kind: 'heading', text: 'Drift of customers', level: 3 });
    expect(report.summary).toContain('customers: Dataset drift: 2/2 columns');
    expect(report.title).toBe('Data checks');
  });

  it('accepts a profile from `mlops data profile` as the configured reference', async () => {
    // given the reference kept only as a profile, written by the CLI
    const dir = givenRepo({});
    const code = await main(
      [
        'data',
        'profile',
        '--data',
        'data/customers/reference.csv',
        '--out',
        'data/customers/reference.profile.json',
      ],
      {
        cwd: dir,
        env: { ...process.env, MLOPS_DUCKDB_MEMORY: '256MB' },
        stdout: () => undefined,
        stderr: () => undefined,
      },
    );
    expect(code).toBe(0);
    writeFiles(dir, { '.github/mlops.yml': config().replace('reference.csv', 'reference.profile.json') });
    // when
    const report = await run(dir, { fairness: false });
    // then the drifted current data is flagged against the profile
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'drift/dataset', file: 'data/customers/current.csv' }),
    );
    expect(report.blocks).toContainEqual(
      expect.objectContaining({
        kind: 'markdown',
        text: expect.stringContaining('reference `data/customers/reference.profile.json`'),
      }),
    );
  });

  it('reports no drift when the configured current data matches its reference', async () => {
    // given a pair of identical files
    const dir = givenRepo({ '.github/mlops.yml': config(), 'data/customers/current.csv': reference });
    // when
    const report = await run(dir, { fairness: false });
    // then
    expect(report.findings.filter((f) => f.rule.startsWith('drift/'))).toEqual([]);
    expect(report.summary).toContain('customers: No dataset drift (0/2 columns drifted)');
  });

  it('fails a fairness threshold on biased predictions, beside the contract and drift sections', async () => {
    // given biased predictions named in the config (default thresholds: difference ≤ 0.1, ratio ≥ 0.8)
    const dir = givenRepo({ '.github/mlops.yml': config() });
    // when
    const report = await run(dir);
    // then
    const fairness = report.findings.filter((f) => f.rule.startsWith('fairness/'));
    expect(fairness.map((f) => [f.rule, f.severity, f.file])).toEqual(
      expect.arrayContaining([
        ['fairness/demographic-parity-difference', 'error', 'eval/predictions.csv'],
        ['fairness/demographic-parity-ratio', 'error', 'eval/predictions.csv'],
      ]),
    );
    expect(fairness.find((f) => f.rule === 'fairness/demographic-parity-difference')!.message).toBe(
      'demographic parity difference is 0.7500, above the maximum 0.1',
    );
    const headings = report.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings).toEqual([
      'data/customers/current.csv against data/customers/DATA_CARD.md',
      'Drift of customers',
      'Fairness',
    ]);
    expect(report.summary).toContain('fairness: 2 groups by group; demographic parity difference 0.7500');
  });

  it('reads the positive label from the config, as --pos-label', async () => {
    // given predictions labelled left/stayed, with `stayed` the positive label: group b is now the one selected more
    const labelled = biased.replaceAll(',1', ',left').replaceAll(',0', ',stayed');
    const dir = givenRepo({
      '.github/mlops.yml': config('  positive_label: stayed\n'),
      'eval/predictions.csv': labelled,
    });
    // when
    const report = await run(dir);
    // then selection rates are of `stayed`: a 0/4, b 3/4
    expect(report.summary).toContain('demographic parity difference 0.7500');
    const table = report.blocks.find((b) => b.kind === 'table' && b.table.headers[0] === 'group');
    expect(table).toMatchObject({
      table: {
        rows: [
          ['a', '4', '0.0000', '0.0000', '0.0000'],
          ['b', '4', '0.7500', '1.0000', '0.5000'],
        ],
      },
    });
  });

  it('takes the predictions from the inputs over the config', async () => {
    // given fair predictions passed as input while the config names biased ones
    const fair = 'group,y,yhat\na,1,1\na,0,0\nb,1,1\nb,0,0\n';
    const dir = givenRepo({ '.github/mlops.yml': config(), 'eval/fair.csv': fair });
    // when
    const report = await run(dir, { fairness: { predictions: 'eval/fair.csv' } });
    // then
    expect(report.findings.filter((f) => f.rule.startsWith('fairness/'))).toEqual([]);
    expect(report.summary).toContain('demographic parity difference 0.0000');
  });

  it('names the config line of a configured file that is missing, and still runs the rest', async () => {
    // given a config whose drift reference and predictions are not committed
    const dir = givenRepo({ '.github/mlops.yml': config() });
    writeFiles(dir, {
      '.github/mlops.yml': config()
        .replace('reference.csv', 'gone.csv')
        .replace('eval/predictions.csv', 'eval/none.csv'),
    });
    // when
    const report = await run(dir);
    // then one finding per key, on its line in .github/mlops.yml; the contract still ran
    const missing = report.findings.filter((f) => f.rule === 'config/missing-file');
    expect(missing.map((f) => [f.file, f.line, f.severity])).toEqual([
      ['.github/mlops.yml', 5, 'error'],
      ['.github/mlops.yml', 9, 'error'],
    ]);
    expect(missing[0]!.message).toBe(
      '`datasets[0].drift.reference` names data/customers/gone.csv, which does not exist; the drift of dataset `customers` was not measured',
    );
    expect(report.findings.some((f) => f.rule.startsWith('drift/') || f.rule.startsWith('fairness/'))).toBe(
      false,
    );
    expect(report.summary).toMatch(/^1 data file checked/);
  });

  it('points at the right entry when an invalid dataset before it was dropped', async () => {
    // given an entry without a path (dropped from the config) before the dataset with a missing reference
    const dir = givenRepo({
      '.github/mlops.yml': config()
        .replace('datasets:\n', 'datasets:\n  - name: broken\n')
        .replace('reference.csv', 'gone.csv'),
    });
    // when
    const report = await run(dir, { fairness: false });
    // then the missing file is on line 6, in the second entry
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'config/missing-file', file: '.github/mlops.yml', line: 6 }),
    );
  });

  it('reports missing configured files without loading DuckDB when nothing else is left to run', async () => {
    // given no card to check (contracts point nowhere) and only a missing predictions file
    const dir = givenRepo({
      '.github/mlops.yml':
        'fairness:\n  sensitive_features: [group]\n  predictions: eval/none.csv\n  label: y\n  prediction: yhat\n',
    });
    // when
    const report = await run(dir, { memoryLimit: 'not a size DuckDB accepts' });
    // then the report holds the finding; an engine opened with that memory limit would have failed
    expect(report.findings).toMatchObject([
      { rule: 'config/missing-file', file: '.github/mlops.yml', line: 3 },
    ]);
  });

  it('refuses a configured file that a symlink leads out of the repository', async () => {
    // given a reference that is a committed symlink to a file outside the repository
    const outside = tempDir('mlops-outside-');
    writeFiles(outside, { 'secret.csv': reference });
    const dir = givenRepo({ '.github/mlops.yml': config() });
    symlinkSync(path.join(outside, 'secret.csv'), path.join(dir, 'data/customers/link.csv'));
    writeFiles(dir, { '.github/mlops.yml': config().replace('reference.csv', 'link.csv') });
    // when
    const report = await run(dir, { fairness: false });
    // then
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'config/path-outside-repo', file: '.github/mlops.yml', line: 5 }),
    );
    expect(report.findings.some((f) => f.rule.startsWith('drift/'))).toBe(false);
  });

  it('turns a predictions file without the configured column into a finding', async () => {
    // given a config naming a label column the file does not have
    const dir = givenRepo({ '.github/mlops.yml': config().replace('label: y', 'label: truth') });
    // when
    const report = await run(dir);
    // then
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: 'fairness/unreadable',
        message: "column 'truth' is not in eval/predictions.csv",
        file: 'eval/predictions.csv',
      }),
    );
  });

  it('checks only the datasets asked for, drift included', async () => {
    // given two datasets, both drifted; only `other` is selected
    const both = config().replace(
      'fairness:',
      '  - name: other\n    path: data/other\n    drift: { reference: data/customers/reference.csv, current: data/customers/current.csv }\nfairness:',
    );
    const dir = givenRepo({
      '.github/mlops.yml': both,
      'data/other/DATA_CARD.md': card,
      'data/other/current.csv': reference,
    });
    // when
    const report = await run(dir, { datasets: ['other'], fairness: false });
    // then
    const headings = report.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings).toEqual(['data/other/current.csv against data/other/DATA_CARD.md', 'Drift of other']);
  });
});

describe('the check-data report refusing incomplete requests', () => {
  it('refuses a drift-reference input without drift-current', async () => {
    const dir = givenRepo({ '.github/mlops.yml': config() });
    await expect(run(dir, { reference: 'data/customers/reference.csv' })).rejects.toThrow(
      'drift-reference and drift-current go together: only one of them is set',
    );
  });

  it('refuses predictions given as input when no label column is known', async () => {
    const dir = givenRepo({ '.github/mlops.yml': 'fairness:\n  sensitive_features: [group]\n' });
    await expect(
      run(dir, { fairness: { predictions: 'eval/predictions.csv', prediction: 'yhat' } }),
    ).rejects.toThrow(
      "input 'fairness-predictions': fairness of eval/predictions.csv cannot be assessed: the true-label column",
    );
  });

  it('reports a fairness section the config leaves incomplete instead of silently skipping it', async () => {
    // given predictions configured without the label column (the schema requires it)
    const dir = givenRepo({ '.github/mlops.yml': config().replace('  label: y\n', '') });
    // when
    const report = await run(dir);
    // then the config error is in the report, on the line of `predictions`, and no fairness ran
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: 'config/required',
        message: 'missing key `label` in `fairness`, which `predictions` needs',
        file: '.github/mlops.yml',
        line: 9,
      }),
    );
    expect(report.blocks).not.toContainEqual(expect.objectContaining({ text: 'Fairness' }));
  });
});

describe('the configuration of drift and fairness sources', () => {
  it('requires both files of a drift pair, and label, prediction and sensitive features with predictions', () => {
    // when
    const { findings } = parseConfig(
      'datasets:\n  - name: d\n    path: data\n    drift: { reference: data/ref.csv }\nfairness:\n  predictions: p.csv\n  label: y\n',
    );
    // then
    expect(findings.map((f) => [f.rule, f.line])).toEqual([
      ['config/required', 4],
      ['config/required', 6],
      ['config/required', 6],
    ]);
    expect(findings.slice(1).map((f) => f.message)).toEqual([
      'missing key `prediction` in `fairness`, which `predictions` needs',
      'missing key `sensitive_features` in `fairness`, which `predictions` needs',
    ]);
  });

  it('refuses configured paths that climb out of the repository', () => {
    // when
    const { findings } = parseConfig(
      'datasets:\n  - name: d\n    path: data\n    drift: { reference: ../ref.csv, current: data/cur.csv }\nfairness:\n  sensitive_features: [g]\n  predictions: /etc/p.csv\n  label: y\n  prediction: p\n',
    );
    // then
    expect(findings.map((f) => [f.rule, f.line])).toEqual([
      ['config/path-outside-repo', 4],
      ['config/path-outside-repo', 7],
    ]);
  });
});

describe('datasets a pull request touches', () => {
  const datasets = parseConfig(
    'datasets:\n  - { name: a, path: data/a }\n  - { name: b, path: data/b, card: docs/b.md, drift: { reference: refs/b.profile.json, current: incoming/b-*.csv } }\n',
  ).config.datasets;
  const touched = (...files: string[]) => datasetsTouchedBy(datasets, files).map((d) => d.name);

  it('counts a change under the folder, to the card, or to a configured drift file', () => {
    expect(touched('data/a/train.csv')).toEqual(['a']);
    expect(touched('docs/b.md')).toEqual(['b']);
    expect(touched('refs/b.profile.json')).toEqual(['b']);
    expect(touched('incoming/b-2026-11.csv')).toEqual(['b']);
  });

  it('ignores changes elsewhere, including folders that only share a prefix', () => {
    expect(touched('data/ab/x.csv', 'incoming/c.csv', 'README.md')).toEqual([]);
  });
});
