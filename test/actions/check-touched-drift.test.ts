/**
 * The root action on a pull request: the datasets the PR touches get their contracts and their
 * configured drift checked (fairness stays with the check-data action), in process, on a real git
 * repository and real DuckDB.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { runCheck, touchedDatasets } from '../../src/actions/lib/check.js';
import { runAction } from '../../src/actions/lib/run.js';
import { pullRequestEvent } from '../harness/payloads.js';
import { git, makeRepo, writeFiles } from '../helpers/repo.js';
import { captureStdout, runnerEnv, type RunnerEnv } from './runner-env.js';

let env: RunnerEnv | undefined;
afterEach(() => env?.restore());

const card = (name: string) =>
  `---\nname: ${name}\nversion: 1.0.0\nfiles: [{ path: reference.csv }]\nschema:\n  columns:\n    - { name: amount, type: integer }\n---\n# ${name}\n`;
const rows = (f: (i: number) => string) =>
  `amount,channel\n${Array.from({ length: 40 }, (_, i) => f(i)).join('\n')}\n`;
const reference = rows((i) => `${i + 1},${i % 2 ? 'web' : 'store'}`);
const drifted = rows((i) => `${i + 101},app`);

const config = `cards: { profile: huggingface }
datasets:
  - name: customers
    path: data/customers
    drift: { reference: data/customers/reference.csv, current: incoming/customers.csv }
  - name: orders
    path: data/orders
    drift: { reference: data/orders/reference.csv, current: incoming/orders.csv }
fairness:
  sensitive_features: [group]
  predictions: eval/predictions.csv
  label: y
  prediction: yhat
`;

/** `main` with both datasets steady; the PR changes only `change` (files outside the dataset folders). */
function givenPullRequest(change: Record<string, string>) {
  const workspace = makeRepo({
    '.github/mlops.yml': config,
    'data/customers/DATA_CARD.md': card('customers'),
    'data/customers/reference.csv': reference,
    'incoming/customers.csv': reference,
    'data/orders/DATA_CARD.md': card('orders'),
    'data/orders/reference.csv': reference,
    // Already drifted on main: reported only when the PR touches orders.
    'incoming/orders.csv': drifted,
    'eval/predictions.csv': 'group,y,yhat\na,1,1\na,0,1\nb,1,0\nb,0,0\n',
  });
  const base = git(workspace, 'rev-parse', 'HEAD').trim();
  git(workspace, 'checkout', '--quiet', '-b', 'feature/data');
  writeFiles(workspace, change);
  git(workspace, 'commit', '--quiet', '-am', 'new data');
  const head = git(workspace, 'rev-parse', 'HEAD').trim();
  return { workspace, base, head };
}

describe('the root action and configured drift', () => {
  it('counts a change to a configured drift file as touching its dataset', async () => {
    const pr = givenPullRequest({ 'incoming/customers.csv': drifted });
    expect(await touchedDatasets(pr.workspace, pr.base)).toEqual(['customers']);
  });

  it('measures the drift of the touched dataset only, and leaves fairness out', async () => {
    // given a PR whose new customer data drifted
    const pr = givenPullRequest({ 'incoming/customers.csv': drifted });
    const event = pullRequestEvent({
      repository: 'octo-org/models',
      number: 7,
      head: { ref: 'feature/data', sha: pr.head },
      base: { ref: 'main', sha: pr.base },
      sender: 'alice',
    });
    env = runnerEnv({
      GITHUB_WORKSPACE: pr.workspace,
      GITHUB_EVENT_NAME: 'pull_request',
      INPUT_COMMENT: 'false',
    });
    const eventPath = path.join(env.dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify(event.payload));
    process.env.GITHUB_EVENT_PATH = eventPath;
    // when
    const { annotations } = await captureStdout(() => runAction(runCheck));
    // then
    const data = annotations.filter((a) => /^(drift|fairness)\//.test(a.title ?? ''));
    expect(data.map((a) => [a.level, a.title, a.file])).toEqual([
      ['error', 'drift/dataset', 'incoming/customers.csv'],
      ['warning', 'drift/column', 'incoming/customers.csv'],
      ['warning', 'drift/column', 'incoming/customers.csv'],
    ]);
    expect(data[0]!.message).toMatch(/^customers: dataset drift/);
    expect(env.summary()).toContain('Drift of customers');
    expect(env.summary()).not.toContain('orders');
    expect(process.exitCode).toBe(1);
  });
});
