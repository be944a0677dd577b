/** The alert issue, the webhook and release references against the GitHub API emulator and a local HTTP server. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:http';
import { createClient, type GitHubClient } from '../../../src/adapters/github/client.js';
import { ensureRelease } from '../../../src/adapters/github/releases.js';
import { findAlertIssue, syncAlert, type AlertSync } from '../../../src/adapters/monitor/alerts.js';
import { postWebhook } from '../../../src/adapters/monitor/notify.js';
import { releaseReference } from '../../../src/adapters/monitor/reference.js';
import { alertMarker, parseAlertBody } from '../../../src/core/monitor/alert.js';
import { startEmulator, type Emulator } from '../../harness/emulator/index.js';
import { git, makeRepo } from '../../helpers/repo.js';

const repo = { owner: 'octo-org', repo: 'models' };
const identity = { login: 'github-actions[bot]', kind: 'bot' as const };
const marker = alertMarker('churn', 'production');
let emulator: Emulator;
let client: GitHubClient;

beforeEach(async () => {
  emulator = await startEmulator(repo);
  client = createClient({ token: emulator.tokens.installation, baseUrl: emulator.url, writeIntervalMs: 0 });
});
afterEach(async () => {
  await emulator.close();
});

const sync = (over: Partial<AlertSync>) =>
  syncAlert({ client, repo, identity, model: 'churn', stage: 'production', marker, labels: ['mlops-alert'], assignees: [], head: { rollback: 'mlops deploy rollback churn production' }, run: '1', text: 'section', fired: [], ...over });

describe('the alert issue', () => {
  it('ignores a look-alike issue written by someone else', async () => {
    emulator.seed.issue({ title: 'fake', author: 'mallory', labels: ['mlops-alert'], body: `${marker}\nnot ours` });

    const result = await sync({ severity: 'critical' });

    expect(result.action).toBe('opened');
    expect(emulator.state.issues.filter((i) => i.author === 'github-actions[bot]')).toHaveLength(1);
    expect(emulator.state.issues.find((i) => i.author === 'mallory')?.body).toBe(`${marker}\nnot ours`);
  });

  it('moves the severity label instead of adding a second one, and keeps labels people added', async () => {
    const opened = await sync({ severity: 'warning' });
    await client.rest.issues.addLabels({ ...repo, issue_number: opened.number!, labels: ['triaged'] });

    await sync({ severity: 'critical', run: '2' });

    expect(emulator.state.issues[0]!.labels.sort()).toEqual(['mlops-alert', 'severity:critical', 'triaged']);
  });

  it('reopens the same issue on a new breach after it was closed', async () => {
    const opened = await sync({ severity: 'warning', run: '1' });
    await sync({ run: '2', text: 'healthy' });

    const again = await sync({ severity: 'warning', run: '3' });

    expect(again).toMatchObject({ action: 'reopened', number: opened.number });
    expect(emulator.state.issues).toHaveLength(1);
  });

  it('records a dispatch fired without a breach in a closed issue, where the next run finds it', async () => {
    const fired = [{ cause: 'schedule', key: 'schedule', at: '2026-11-27T06:00:00.000Z', run: '9' }];

    const result = await sync({ run: '9', fired });
    const issue = await findAlertIssue(client, repo, identity, marker, 'mlops-alert');

    expect(result.action).toBe('recorded');
    expect(issue?.state).toBe('closed');
    expect(parseAlertBody(issue!.body).dispatches).toEqual(fired);
    emulator.assertNoViolations();
  });
});

describe('releaseReference', () => {
  it('reads the profile and metrics assets of a version release, and nothing when there is no release', async () => {
    const ws = makeRepo({ 'a.txt': 'a\n' });
    git(ws, 'tag', '-a', 'churn@v1.0.0', '-m', 'register');
    git(ws, 'push', '--quiet', emulator.bareRepo, 'main', '--tags');
    const profile = { version: 1, source: 'train.csv', rows: 2, columns: [] };
    await ensureRelease(client, repo, { tag: 'churn@v1.0.0', name: 'churn v1.0.0', assets: [{ name: 'reference.profile.json', data: JSON.stringify(profile) }, { name: 'metrics.json', data: '{"accuracy": 0.7, "note": "x"}' }] });

    expect(await releaseReference(client, repo, 'churn@v1.0.0')).toEqual({ profile: { name: 'reference.profile.json', profile }, metrics: { accuracy: 0.7 } });
    expect(await releaseReference(client, repo, 'churn@v9.0.0')).toEqual({});
  });
});

describe('postWebhook', () => {
  it('posts Slack-compatible JSON, and reports a refusal without showing the URL', async () => {
    const bodies: string[] = [];
    let status = 200;
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        bodies.push(body);
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/services/T000/SECRET`;
    try {
      await postWebhook(url, 'drift in churn');
      status = 404;
      const refused = await postWebhook(url, 'again').catch((e: Error) => e);

      expect(bodies.map((b) => JSON.parse(b) as unknown)).toEqual([{ text: 'drift in churn' }, { text: 'again' }]);
      expect((refused as Error).message).toBe('the alert webhook answered HTTP 404');
      expect((refused as Error).message).not.toContain('SECRET');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
