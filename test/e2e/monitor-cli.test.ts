/** `mlops monitor` on real repositories, offline: drift, degradation, business metrics, bad input as findings. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { gitEnv, makeRepo } from '../helpers/repo.js';

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

  it('reports a missing metrics file as a finding and still checks the rest', async () => {
    const repo = makeRepo({ '.github/mlops.yml': CONFIG, 'batch.csv': 'customer_id,age\nA,30\n', 'kpi.json': '{"conversion": 0.5}' });

    const r = await run(['monitor', 'churn', 'production', '--batch', 'batch.csv', '--metrics', 'missing.json', '--system-metrics', 'nope.csv', '--business-metrics', 'kpi.json', '--json'], repo);

    expect(r.code).toBe(1);
    const findings = json(r.stdout).findings;
    expect(findings.filter((f) => f.rule === 'monitor/unreadable').map((f) => f.message)).toEqual(['file not found: missing.json', 'file not found: nope.csv']);
    expect(findings.some((f) => f.rule === 'monitor/business')).toBe(false);
  });

  it.each([[['churn', 'production']], [['churn', '--batch', 'batch.csv']], [['churn', 'production', 'extra', '--batch', 'batch.csv']], [['churn', 'production', '--batch']]])('%j is a usage error (exit 2) naming the usage line', async (args) => {
    const r = await run(['monitor', ...args], makeRepo({ '.github/mlops.yml': CONFIG, 'batch.csv': 'a\n1\n' }));

    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: mlops monitor MODEL STAGE --batch FILE');
  });

  it('refuses a model that is not configured', async () => {
    const repo = makeRepo({ '.github/mlops.yml': CONFIG, 'batch.csv': 'a\n1\n' });

    const r = await run(['monitor', 'fraud', 'production', '--batch', 'batch.csv'], repo);

    expect(r.code).toBe(1);
    expect(r.stderr).toContain("no model 'fraud' in .github/mlops.yml");
  });

  it('reports degradation of performance on joined ground truth against the recorded evaluation', async () => {
    const batch = ['customer_id,age,prediction', ...Array.from({ length: 20 }, (_, i) => `C${i},${30 + i},${i % 2}`)].join('\n');
    const truth = ['customer_id,churned', ...Array.from({ length: 20 }, (_, i) => `C${i},${i < 14 ? i % 2 : 1 - (i % 2)}`)].join('\n');
    const repo = makeRepo({ '.github/mlops.yml': CONFIG, 'batch.csv': `${batch}\n`, 'truth.csv': `${truth}\n`, 'metrics.json': '{"accuracy": 0.9, "f1": 0.8}' });

    const r = await run(['monitor', 'churn', 'production', '--batch', 'batch.csv', '--ground-truth', 'truth.csv', '--metrics', 'metrics.json', '--id-column', 'customer_id', '--label-column', 'churned', '--json'], repo);

    expect(r.code).toBe(1);
    expect(json(r.stdout).findings).toContainEqual(expect.objectContaining({ rule: 'monitor/degradation', file: 'truth.csv', message: 'accuracy is 0.7000 on 20 labelled rows, 0.2000 worse than the recorded 0.9000 (tolerance 0.05)' }));
  });
});
