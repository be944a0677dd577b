/**
 * Action `actions/check-data`: data contracts (cards or contract files), drift of every dataset that
 * configures `drift` (and of the pair given as inputs), and fairness of the configured (or given)
 * predictions, reported as one sticky comment, annotations on the contract lines, a job summary and
 * JSON. DuckDB is not bundled: it is installed on first use into the runner tool cache and kept with
 * @actions/cache (src/adapters/duckdb/load.ts).
 */
import { checkDataReport } from '../adapters/duckdb/check-data.js';
import { readContext } from './lib/context.js';
import { lazyClientFromInput } from './lib/lazy-client.js';
import { booleanInput, enumInput, listInput, pathsInput, stringInput } from './lib/inputs.js';
import { publishReport } from './lib/publish.js';
import { runAction } from './lib/run.js';

async function run(): Promise<void> {
  const ctx = readContext();
  const optional = (name: string) => pathsInput(name, ctx.workspace)[0];
  const report = await checkDataReport(ctx.workspace, {
    contracts: pathsInput('contracts', ctx.workspace),
    data: pathsInput('data', ctx.workspace),
    reference: optional('drift-reference'),
    current: optional('drift-current'),
    fairness: booleanInput('fairness', true) && {
      predictions: optional('fairness-predictions'),
      label: stringInput('fairness-label') || undefined,
      prediction: stringInput('fairness-prediction') || undefined,
      sensitive: listInput('fairness-sensitive-features'),
      positiveLabel: stringInput('fairness-positive-label') || undefined,
    },
    memoryLimit: stringInput('memory-limit', { fallback: '2GB' }),
  });
  await publishReport(report, ctx, {
    comment: booleanInput('comment', true),
    failOn: enumInput('fail-on', ['error', 'warning', 'never'] as const, 'error'),
    client: lazyClientFromInput(ctx),
    botLogin: stringInput('bot-login') || undefined,
  });
}

await runAction(run);
