/**
 * `mlops evaluate --attribution`: feature attributions are charted, and required for a model whose
 * `risk` is `high` (named with --model, or the repository's only model). Real DuckDB, real files.
 */
import { describe, expect, it } from '@jest/globals';
import { main } from '../../src/cli/main.js';
import { makeRepo } from '../helpers/repo.js';

async function run(cwd: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { cwd, env: { ...process.env, MLOPS_DUCKDB_MEMORY: '256MB' }, stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

const predictions = 'y,yhat\n0,0\n1,1\n1,1\n0,0\n1,0\n0,0\n';
const evaluate = ['evaluate', '--predictions', 'preds.csv', '--task', 'classification', '--label', 'y', '--prediction', 'yhat', '--json'];
const rules = (out: string) => (JSON.parse(out) as { findings: Array<{ rule: string; file?: string }> }).findings.map((f) => f.rule);
const config = (models: string) => `models:\n${models}`;
const model = (name: string, risk: string) => `  - name: ${name}\n    path: models/${name}\n    risk: ${risk}\n`;

describe('mlops evaluate with feature attributions', () => {
  it('requires attributions for the only model of the repository when it is high-risk', async () => {
    // given a repository whose one model is risk: high
    const dir = makeRepo({ '.github/mlops.yml': config(model('churn', 'high')), 'preds.csv': predictions, 'attr.csv': 'feature,importance\ntenure,0.4\nplan,0.1\n' });
    // when it is evaluated without attributions, then with them
    const without = await run(dir, ...evaluate);
    const withFile = await run(dir, ...evaluate, '--attribution', 'attr.csv');
    // then the first is an error naming the model, the second is clean and charts the importances
    expect(without.code).toBe(1);
    expect(rules(without.out)).toContain('evaluate/attribution-required');
    expect(without.out).toContain("model 'churn' has risk: high");
    expect(withFile.code).toBe(0);
    expect(rules(withFile.out)).not.toContain('evaluate/attribution-required');
    expect(withFile.out).toContain('tenure');
  });

  it('asks only for the high-risk model when several are configured and one is named', async () => {
    const dir = makeRepo({ '.github/mlops.yml': config(model('churn', 'high') + model('upsell', 'low')), 'preds.csv': predictions });
    expect(rules((await run(dir, ...evaluate)).out)).not.toContain('evaluate/attribution-required'); // which model? none named
    expect(rules((await run(dir, ...evaluate, '--model', 'upsell')).out)).not.toContain('evaluate/attribution-required');
    expect(rules((await run(dir, ...evaluate, '--model', 'churn')).out)).toContain('evaluate/attribution-required');
    expect(rules((await run(dir, ...evaluate, '--model', 'nope')).out)).toContain('evaluate/unknown-model');
  });

  it('reports a malformed attribution file at its line', async () => {
    const dir = makeRepo({ '.github/mlops.yml': config(model('churn', 'low')), 'preds.csv': predictions, 'attr.csv': 'feature,importance\ntenure,high\n' });
    const r = await run(dir, ...evaluate.slice(0, -1), '--attribution', 'attr.csv');
    expect(r.code).not.toBe(0);
    expect(r.err).toContain("importance is not a number: 'high'");
    expect(r.err).toContain('attr.csv:2');
  });
});
