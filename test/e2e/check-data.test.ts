/**
 * The check-data action end to end: dist/check-data/index.js under Node 24 as a runner runs it, on a
 * pull request of a repository whose .github/mlops.yml configures drift per dataset and fairness,
 * against the GitHub API emulator (sticky comment). Build first: node scripts/build.mjs check-data.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { commentMarker } from '../../src/core/report/marker.js';
import { startEmulator, type Emulator } from '../harness/emulator/index.js';
import { leaks, pullRequestEvent, runAction } from '../harness/runner.js';
import { git, makeRepo, writeFiles } from '../helpers/repo.js';

const CONFIG = [
  'project: churn',
  'datasets:',
  '  - name: customers',
  '    path: data/customers',
  '    drift:',
  '      reference: data/customers/reference.csv',
  '      current: data/customers/current.csv',
  '  - name: archive',
  '    path: data/archive',
  '    drift: { reference: data/archive/2025.profile.json, current: data/archive/2026.csv }',
  'fairness:',
  '  sensitive_features: [group]',
  '  predictions: eval/predictions.csv',
  '  label: y',
  '  prediction: yhat',
  '',
].join('\n');

const CUSTOMERS_CARD = [
  '---',
  'name: customers',
  'version: 1.0.0',
  'files: [{ path: current.csv }]',
  'schema:',
  '  columns:',
  '    - { name: amount, type: integer }',
  '    - { name: channel, type: string, constraints: { enum: [web, store] } }',
  '---',
  '# customers',
  '',
].join('\n');

const ARCHIVE_CARD = '---\nname: archive\nversion: 1.0.0\nfiles: [{ path: 2026.csv }]\n---\n# archive\n';

const rows = (f: (i: number) => string) =>
  `amount,channel\n${Array.from({ length: 40 }, (_, i) => f(i)).join('\n')}\n`;
/** Amounts 1…40 sold on the web and in stores. */
const REFERENCE = rows((i) => `${i + 1},${i % 2 ? 'web' : 'store'}`);
/** Every amount 100 higher, every sale in an app the contract does not allow. */
const DRIFTED = rows((i) => `${i + 101},app`);
/** Group a always selected, group b once in four. */
const BIASED = 'group,y,yhat\na,1,1\na,0,1\na,1,1\na,0,1\nb,1,1\nb,0,0\nb,1,0\nb,0,0\n';

const BOT = 'github-actions[bot]';
let emulator: Emulator;

beforeEach(async () => {
  emulator = await startEmulator({ owner: 'octo-org', repo: 'models' });
});

afterEach(async () => {
  await emulator.close();
});

/** `main` with the configured data; the PR replaces the current customers and the predictions. */
function givenPullRequest(change: Record<string, string>) {
  const workspace = makeRepo({
    '.github/mlops.yml': CONFIG,
    'data/customers/DATA_CARD.md': CUSTOMERS_CARD,
    'data/customers/reference.csv': REFERENCE,
    'data/customers/current.csv': REFERENCE,
    'data/archive/DATA_CARD.md': ARCHIVE_CARD,
    'data/archive/2026.csv': REFERENCE,
    'eval/predictions.csv': 'group,y,yhat\na,1,1\na,0,0\nb,1,1\nb,0,0\n',
  });
  const base = git(workspace, 'rev-parse', 'HEAD').trim();
  git(workspace, 'checkout', '--quiet', '-b', 'feature/data');
  writeFiles(workspace, change);
  git(workspace, 'add', '-A');
  git(workspace, 'commit', '--quiet', '-m', 'new data and predictions');
  const head = git(workspace, 'rev-parse', 'HEAD').trim();
  const { pull } = emulator.seed.pullRequest({
    head: { ref: 'feature/data', sha: head },
    base: { ref: 'main', sha: base },
    author: 'alice',
  });
  const event = pullRequestEvent({
    repository: 'octo-org/models',
    number: pull.number,
    head: { ref: 'feature/data', sha: head },
    base: { ref: 'main', sha: base },
    sender: 'alice',
  });
  return { workspace, event, number: pull.number };
}

describe('the check-data action with drift and fairness configured', () => {
  it('reports contract, drift, fairness and a missing configured file in every channel', async () => {
    // given a PR whose customers drifted (and break the contract) and whose predictions are biased
    const pr = givenPullRequest({ 'data/customers/current.csv': DRIFTED, 'eval/predictions.csv': BIASED });
    const token = emulator.tokens.installation;
    // when
    const result = await runAction({
      bundle: 'check-data',
      event: pr.event,
      workspace: pr.workspace,
      token,
      emulator,
      timeoutMs: 60_000,
    });
    // then the step fails, with annotations on the contract line, the config line, and the data files
    expect(leaks(result, token)).toEqual([]);
    expect(result.code).toBe(1);
    const errors = result.annotations
      .filter((a) => a.level === 'error' && a.title)
      .map((a) => [a.title, a.file, a.line ?? undefined]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ['data/expect_column_values_to_be_in_set', 'data/customers/DATA_CARD.md', 8],
        ['config/missing-file', '.github/mlops.yml', 10],
        ['drift/dataset', 'data/customers/current.csv', undefined],
        ['fairness/demographic-parity-difference', 'eval/predictions.csv', undefined],
        ['fairness/demographic-parity-ratio', 'eval/predictions.csv', undefined],
        ['fairness/equalized-odds-difference', 'eval/predictions.csv', undefined],
        ['fairness/equalized-odds-ratio', 'eval/predictions.csv', undefined],
        ['fairness/equal-opportunity-difference', 'eval/predictions.csv', undefined],
      ]),
    );
    expect(result.outputs).toMatchObject({ errors: '8', findings: '11' });
    expect(result.annotations).toContainEqual({
      level: 'error',
      message: 'Data checks: 8 errors, 2 warnings, 1 notice (fail-on: error)',
    });
    // the job summary holds each section, the JSON report every finding
    expect(result.summary).toContain('Drift of customers');
    expect(result.summary).toContain('Fairness');
    expect(result.summary).toContain('data/archive/2025.profile.json');
    const json = JSON.parse(readFileSync(result.outputs['report-path']!, 'utf8')) as {
      findings: Array<{ rule: string }>;
    };
    expect(json.findings.length).toBe(Number(result.outputs.findings));
    expect(json.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['drift/column', 'fairness/four-fifths']),
    );
    // and one sticky comment says the same
    const comments = emulator.state.comments.filter((c) => c.issueNumber === pr.number);
    expect(comments).toEqual([
      expect.objectContaining({ author: BOT, body: expect.stringContaining(commentMarker('CI', 'data')) }),
    ]);
    expect(comments[0]!.body).toContain('demographic parity difference');
    emulator.assertNoViolations();
  });

  it('passes when the data keeps its contract and reference and the predictions are fair', async () => {
    // given a PR that commits the archive's reference (as data) and points the config at it
    const pr = givenPullRequest({
      'data/archive/2025.csv': REFERENCE,
      '.github/mlops.yml': CONFIG.replace('2025.profile.json', '2025.csv'),
    });
    // when
    const result = await runAction({
      bundle: 'check-data',
      event: pr.event,
      workspace: pr.workspace,
      inputs: { comment: 'false' },
      timeoutMs: 60_000,
    });
    // then
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ errors: '0' });
    expect(result.summary).toContain('customers: No dataset drift');
    expect(result.summary).toContain('archive: No dataset drift');
    expect(result.summary).toContain('demographic parity difference 0.0000');
  });
});
