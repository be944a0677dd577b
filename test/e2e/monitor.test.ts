/**
 * actions/monitor end to end: dist/monitor/index.js under Node 24 on `schedule` payloads, a real
 * workspace whose registry puts churn v1.0.0 in production, that version's release (reference profile
 * and metrics) in the GitHub API emulator, and a local Slack-compatible webhook.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { Engine } from '../../src/adapters/duckdb/engine.js';
import { profileSource } from '../../src/adapters/duckdb/profile.js';
import { openSource } from '../../src/adapters/duckdb/source.js';
import { createClient } from '../../src/adapters/github/client.js';
import { ensureRelease } from '../../src/adapters/github/releases.js';
import { alertMarker } from '../../src/core/monitor/alert.js';
import { startEmulator, type Emulator } from '../harness/emulator/index.js';
import { repoRoot, runAction } from '../harness/runner.js';
import { git, makeRepo } from '../helpers/repo.js';

const CONFIG = `project: churn
models:
  - {name: churn, path: models/churn}
monitoring:
  alert:
    labels: [mlops-alert]
    runbook: docs/runbooks/churn.md
    webhook_secret: ALERT_WEBHOOK_URL
retraining:
  triggers: [drift, degradation]
  cooldown_hours: 24
`;
const BOT = 'github-actions[bot]';
const MARKER = alertMarker('churn', 'production');

let emulator: Emulator;
let workspace: string;
let hook: Server;
let hookUrl: string;
const posts: Array<{ text: string }> = [];

beforeAll(async () => {
  emulator = await startEmulator({ owner: 'octo-org', repo: 'models' });
  workspace = makeRepo({ '.github/mlops.yml': CONFIG, 'models/churn/model.json': '{}\n' });
  mkdirSync(path.join(workspace, 'production'));
  for (const name of ['batch-healthy.csv', 'batch-drifted.csv']) copyFileSync(path.join(repoRoot, 'examples/churn/production', name), path.join(workspace, 'production', name));
  // The registry: v1.0.0 registered and assigned to production (GTO tags, annotated).
  git(workspace, 'tag', '-a', 'churn@v1.0.0', '-m', 'Register churn v1.0.0');
  git(workspace, 'tag', '-a', 'churn#production#1', '-m', 'Assign churn v1.0.0 to production');
  git(workspace, 'remote', 'add', 'origin', emulator.bareRepo);
  git(workspace, 'push', '--quiet', 'origin', 'main', '--tags');
  // The version's release holds the reference profile of the training data and the recorded metrics.
  const engine = await Engine.open({ memoryLimit: '512MB', threads: 1 });
  const train = path.join(repoRoot, 'examples/churn/data/customers/train.csv');
  const profile = await profileSource(engine, await openSource(engine, train, 'train', { typed: true, displayPath: 'data/customers/train.csv' }));
  engine.close();
  const client = createClient({ token: emulator.tokens.installation, baseUrl: emulator.url, writeIntervalMs: 0 });
  await ensureRelease(client, { owner: 'octo-org', repo: 'models' }, {
    tag: 'churn@v1.0.0',
    name: 'churn v1.0.0',
    assets: [
      { name: 'profile.json', data: JSON.stringify(profile) },
      { name: 'metrics.json', data: '{"accuracy": 0.685, "f1": 0.568}\n' },
    ],
  });
  hook = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      posts.push(JSON.parse(body) as { text: string });
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(hook.address() as { port: number }).port}/hook`;
});

afterAll(async () => {
  await emulator.close();
  await new Promise<void>((resolve) => hook.close(() => resolve()));
});

const schedule = { name: 'schedule', payload: { schedule: '0 6 * * *', workflow: '.github/workflows/monitor.yml', repository: { full_name: 'octo-org/models', name: 'models', owner: { login: 'octo-org' }, default_branch: 'main' } } };

/** One scheduled run of the monitor on `batch`, as workflow run `runId`. */
async function monitor(batch: string, runId: string) {
  const result = await runAction({
    bundle: 'monitor',
    event: schedule,
    workspace,
    token: emulator.tokens.installation,
    emulator,
    inputs: { model: 'churn', stage: 'production', batch: `production/${batch}`, 'id-column': 'customer_id', 'label-column': 'churned' },
    env: { MLOPS_GITHUB_WRITE_INTERVAL_MS: '0', GITHUB_RUN_ID: runId, ALERT_WEBHOOK_URL: hookUrl },
    timeoutMs: 120_000,
  });
  if (result.code !== 0) throw new Error(`monitor failed (${result.code}):\n${result.stdout.slice(0, 3000)}`);
  return result;
}

const alerts = () => emulator.state.issues.filter((i) => !i.pull && (i.body ?? '').includes(MARKER));
const snapshot = () => JSON.stringify({ issues: emulator.state.issues, comments: emulator.state.comments, dispatches: emulator.state.dispatches });

describe('the monitor action on a schedule', () => {
  it('opens nothing while the data is healthy', async () => {
    const result = await monitor('batch-healthy.csv', '101');

    expect(result.outputs).toMatchObject({ severity: 'healthy', 'alert-action': 'none', dispatched: '' });
    expect(alerts()).toEqual([]);
    expect(emulator.state.dispatches).toEqual([]);
    expect(result.summary).toContain('Monitoring: churn in production');
  });

  it('opens one alert and fires one retraining dispatch when the data drifts', async () => {
    const result = await monitor('batch-drifted.csv', '102');

    expect(result.outputs).toMatchObject({ severity: 'warning', 'alert-action': 'opened', dispatched: 'drift' });
    expect(alerts()).toEqual([expect.objectContaining({ state: 'open', author: BOT, title: 'Monitoring alert: churn in production', labels: ['mlops-alert', 'severity:warning'] })]);
    const body = alerts()[0]!.body!;
    expect(body).toContain('**Runbook:** docs/runbooks/churn.md');
    expect(body).toContain('`mlops deploy rollback churn production`');
    expect(body).toContain('release churn@v1.0.0: profile.json');
    expect(emulator.state.dispatches).toEqual([
      expect.objectContaining({ eventType: 'mlops-retrain', sender: BOT, clientPayload: expect.objectContaining({ model: 'churn', stage: 'production', version: 'v1.0.0', reason: 'drift', evidence: expect.objectContaining({ drifted_columns: expect.arrayContaining(['tenure_months']) }) }) }),
    ]);
    expect(posts.map((p) => p.text)).toEqual([expect.stringContaining('(opened)')]);
  });

  it('changes nothing when the same run is rerun', async () => {
    const before = snapshot();

    const result = await monitor('batch-drifted.csv', '102');

    expect(result.outputs['alert-action']).toBe('unchanged');
    expect(snapshot()).toBe(before);
    expect(posts).toHaveLength(1);
  });

  it('adds a dated section to the same issue on the next drifted run, without a second dispatch inside the cool-down', async () => {
    const result = await monitor('batch-drifted.csv', '103');

    expect(result.outputs).toMatchObject({ 'alert-action': 'updated', dispatched: '' });
    expect(alerts()).toHaveLength(1);
    expect(alerts()[0]!.body!.match(/<!-- mlops:run \d+ -->/g)).toEqual(['<!-- mlops:run 102 -->', '<!-- mlops:run 103 -->']);
    expect(alerts()[0]!.body).toContain('cool-down');
    expect(emulator.state.dispatches).toHaveLength(1);
  });

  it('closes the issue with a note when the data is healthy again, and a rerun changes nothing', async () => {
    const closed = await monitor('batch-healthy.csv', '104');
    const before = snapshot();
    const rerun = await monitor('batch-healthy.csv', '104');

    expect(closed.outputs['alert-action']).toBe('closed');
    expect(alerts()).toEqual([expect.objectContaining({ state: 'closed', stateReason: 'completed' })]);
    expect(emulator.state.comments.filter((c) => c.issueNumber === alerts()[0]!.number)).toEqual([expect.objectContaining({ author: BOT, body: expect.stringContaining('Healthy again') })]);
    expect(rerun.outputs['alert-action']).toBe('none');
    expect(snapshot()).toBe(before);
    expect(posts.map((p) => p.text.match(/\((\w+)\)/)?.[1])).toEqual(['opened', 'updated', 'closed']);
    emulator.assertNoViolations();
  });
});
