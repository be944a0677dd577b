/** `mlops monitor` and `mlops feedback ingest` on real repositories, offline: reports, bad input as findings. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { git, gitEnv, makeRepo } from '../helpers/repo.js';

const churn = path.resolve('examples/churn');
const CONFIG = 'project: churn\nmodels:\n  - {name: churn, path: models/churn}\nmonitoring:\n  thresholds:\n    business:\n      conversion: {min: 0.02}\n';

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: { ...gitEnv, PATH: process.env.PATH }, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const json = (out: string) => JSON.parse(out) as { findings: Array<{ rule: string; severity: string; message: string; file?: string }>; summary: string };

describe('mlops monitor', () => {
  it('reports drift of a batch against a reference file and a business metric below its bound', async () => {
    const repo = makeRepo({ '.github/mlops.yml': CONFIG, 'batch.csv': readFileSync(path.join(churn, 'production/batch-drifted.csv'), 'utf8'), 'train.csv': readFileSync(path.join(churn, 'data/customers/train.csv'), 'utf8'), 'kpi.json': '{"conversion": 0.01}' });

    const r = await run(['monitor', 'churn', 'production', '--batch', 'batch.csv', '--reference', 'train.csv', '--business-metrics', 'kpi.json', '--id-column', 'customer_id', '--label-column', 'churned', '--json'], repo);

    expect(r.code).toBe(1);
    const report = json(r.stdout);
    expect(report.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['monitor/drift', 'monitor/business', 'monitor/no-version']));
    expect(report.summary).toBe('Critical: drift, business');
  });

  it('gives clear findings, not a crash, for an empty batch and for ground truth of unknown ids', async () => {
    const repo = makeRepo({ '.github/mlops.yml': CONFIG, 'empty.csv': 'customer_id,age,prediction\n', 'batch.csv': 'customer_id,age,prediction\nA,30,1\nB,40,0\n', 'truth.csv': 'customer_id,churned\nA,1\nX,0\n' });

    const empty = await run(['monitor', 'churn', 'production', '--batch', 'empty.csv', '--json'], repo);
    const unknown = await run(['monitor', 'churn', 'production', '--batch', 'batch.csv', '--ground-truth', 'truth.csv', '--id-column', 'customer_id', '--label-column', 'churned', '--json'], repo);

    expect(empty.code).toBe(1);
    expect(json(empty.stdout).findings).toContainEqual(expect.objectContaining({ rule: 'monitor/empty-batch', severity: 'error', file: 'empty.csv' }));
    expect(unknown.code).toBe(0);
    expect(json(unknown.stdout).findings).toContainEqual(expect.objectContaining({ rule: 'monitor/unknown-ids', severity: 'warning', file: 'truth.csv', message: expect.stringContaining("'X'") }));
  });

  it('refuses a model that is not configured', async () => {
    const repo = makeRepo({ '.github/mlops.yml': CONFIG, 'batch.csv': 'a\n1\n' });

    const r = await run(['monitor', 'fraud', 'production', '--batch', 'batch.csv'], repo);

    expect(r.code).toBe(1);
    expect(r.stderr).toContain("no model 'fraud' in .github/mlops.yml");
  });
});

describe('mlops feedback ingest', () => {
  const CARD = '---\nname: feedback\nversion: 0.1.0\n---\n\n# Data Card: feedback\n';

  it('appends ground truth to the dataset and versions it through its data card; the same file twice adds nothing', async () => {
    const repo = makeRepo({ '.github/mlops.yml': CONFIG, 'data/feedback/DATA_CARD.md': CARD, 'labels.csv': 'customer_id,churned\nC1,1\nC2,0\n' });
    const args = ['feedback', 'ingest', 'labels.csv', '--model', 'churn', '--id-column', 'customer_id', '--label-column', 'churned', '--json'];

    const first = await run(args, repo);
    const card = readFileSync(path.join(repo, 'data/feedback/DATA_CARD.md'), 'utf8');
    const second = await run(args, repo);

    expect(first.code).toBe(0);
    const rows = readFileSync(path.join(repo, 'data/feedback/feedback.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toEqual([
      expect.objectContaining({ source: 'ground_truth', model: 'churn', prediction_id: 'C1', label: '1', batch: 'labels.csv' }),
      expect.objectContaining({ source: 'ground_truth', prediction_id: 'C2', label: '0' }),
    ]);
    expect(card).toMatch(/version: 0\.2\.0/);
    expect(card).toMatch(/- path: feedback.jsonl\n\s+sha256: [0-9a-f]{64}\n\s+bytes: \d+\n\s+rows: 2/);
    expect(json(second.stdout).summary).toBe('0 new row(s) of 2 read; 2 in data/feedback/feedback.jsonl');
    expect(readFileSync(path.join(repo, 'data/feedback/DATA_CARD.md'), 'utf8')).toBe(card);
    expect(git(repo, 'status', '--porcelain')).toContain('data/feedback/feedback.jsonl');
  });

  it('names the missing column of a ground-truth file', async () => {
    const repo = makeRepo({ '.github/mlops.yml': CONFIG, 'labels.csv': 'id,label\n1,0\n' });

    const r = await run(['feedback', 'ingest', 'labels.csv', '--model', 'churn', '--label-column', 'churned'], repo);

    expect(r.code).toBe(1);
    expect(r.stderr).toContain("labels.csv has no column 'churned'");
  });
});
