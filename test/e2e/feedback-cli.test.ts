/** `mlops feedback ingest` on real repositories: ground truth appended to the feedback dataset, versioned by its card. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { git, gitEnv, makeRepo } from '../helpers/repo.js';

const CONFIG = 'project: churn\nmodels:\n  - {name: churn, path: models/churn}\n';

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: { ...gitEnv, PATH: process.env.PATH }, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const json = (out: string) => JSON.parse(out) as { summary: string };

describe('mlops feedback ingest', () => {
  it.each([[['labels.csv']], [['labels.csv', 'more.csv', '--model', 'churn']], [['labels.csv', '--model', 'churn', '--bogus']]])('%j is a usage error (exit 2) naming the usage line', async (args) => {
    const r = await run(['feedback', 'ingest', ...args], makeRepo({ '.github/mlops.yml': CONFIG }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: mlops feedback ingest FILE --model NAME');
  });

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
