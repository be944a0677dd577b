import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readContext } from '../../../src/actions/lib/context.js';
import { publishReport } from '../../../src/actions/lib/publish.js';
import { createClient } from '../../../src/adapters/github/client.js';
import type { Finding } from '../../../src/core/finding.js';
import type { Report } from '../../../src/core/report/model.js';
import { startEmulator, type Emulator } from '../../harness/emulator/index.js';
import { captureStdout, runnerEnv, type RunnerEnv } from '../runner-env.js';

const errors = (n: number): Finding[] =>
  Array.from({ length: n }, (_, i) => ({
    rule: 'config/bad',
    severity: 'error',
    message: `bad ${i}`,
    file: '.github/mlops.yml',
    line: i + 1,
  }));
const report = (findings: Finding[]): Report => ({
  purpose: 'check',
  title: 'MLOps check',
  findings,
  blocks: [],
});

let env: RunnerEnv;
beforeEach(() => {
  env = runnerEnv({
    GITHUB_REPOSITORY: 'octo-org/models',
    GITHUB_SHA: 'c'.repeat(40),
    GITHUB_WORKFLOW: 'CI',
    GITHUB_RUN_ID: '7',
  });
});
afterEach(() => env.restore());

describe('publishReport', () => {
  it('annotates within the limits, writes the summary, the JSON report and the outputs, and fails on errors', async () => {
    const { annotations } = await captureStdout(() =>
      publishReport(report(errors(12)), readContext(), { comment: true, failOn: 'error' }),
    );
    expect(annotations.filter((a) => a.file === '.github/mlops.yml')).toHaveLength(10);
    expect(annotations.find((a) => a.level === 'notice')?.message).toMatch(
      /^2 more findings \(2 errors\) not shown as annotations/,
    );
    expect(annotations.at(-1)).toEqual({
      level: 'error',
      message: 'MLOps check: 12 errors (fail-on: error)',
    });
    expect(process.exitCode).toBe(1);
    const outputs = env.outputs();
    expect(outputs).toMatchObject({ findings: '12', errors: '12' });
    const json = JSON.parse(readFileSync(outputs['report-path']!, 'utf8'));
    expect(json.counts.total).toBe(12);
    expect(outputs['report-path']!.startsWith(process.env.RUNNER_TEMP!)).toBe(true);
    const summary = env.summary();
    expect(summary).toContain('❌ **12 errors**');
    expect(summary).toContain(
      `[.github/mlops.yml:12](https://github.com/octo-org/models/blob/${'c'.repeat(40)}/.github/mlops.yml#L12)`,
    );
  });

  it('passes with warnings unless told to fail on them', async () => {
    const warning: Finding = { rule: 'card/todo', severity: 'warning', message: 'TODO left' };
    await captureStdout(() =>
      publishReport(report([warning]), readContext(), { comment: false, failOn: 'error' }),
    );
    expect(process.exitCode).toBeUndefined();
    await captureStdout(() =>
      publishReport(report([warning]), readContext(), { comment: false, failOn: 'warning' }),
    );
    expect(process.exitCode).toBe(1);
  });
});

describe('publishReport on a pull request', () => {
  let gh: Emulator;
  beforeEach(async () => {
    gh = await startEmulator();
  });
  afterEach(async () => {
    gh.assertNoViolations();
    await gh.close();
  });

  function prContext(pr: number) {
    const ctx = readContext();
    return { ...ctx, prNumber: pr, headSha: 'a'.repeat(40) };
  }

  it('writes one sticky comment and updates it on the next run', async () => {
    const pr = gh.seed.pullRequest({ head: { ref: 'feature', sha: 'a'.repeat(40) } }).issue.number;
    const client = createClient({ token: gh.tokens.installation, baseUrl: gh.url, writeIntervalMs: 0 });
    const first = await captureStdout(() =>
      publishReport(report(errors(1)), prContext(pr), { comment: true, failOn: 'error', client }),
    );
    expect(first.stdout).toContain('PR comment created');
    await captureStdout(() =>
      publishReport(report([]), prContext(pr), { comment: true, failOn: 'error', client }),
    );
    const comments = gh.state.comments.filter((c) => c.issueNumber === pr);
    expect(comments).toHaveLength(1);
    expect(
      comments[0]!.body.startsWith('<!-- mlops:CI:check -->\n## MLOps check\n\n✅ **no findings**'),
    ).toBe(true);
  });

  it('writes no comment when commenting is off', async () => {
    const pr = gh.seed.pullRequest({ head: { ref: 'feature', sha: 'a'.repeat(40) } }).issue.number;
    const client = createClient({ token: gh.tokens.installation, baseUrl: gh.url, writeIntervalMs: 0 });
    await captureStdout(() =>
      publishReport(report([]), prContext(pr), { comment: false, failOn: 'error', client }),
    );
    expect(gh.requests).toHaveLength(0);
  });
});
