import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readContext } from '../../../src/actions/lib/context.js';
import { lazyClientFromInput, openClient, type ClientSource } from '../../../src/actions/lib/lazy-client.js';
import { publishReport } from '../../../src/actions/lib/publish.js';
import type { Report } from '../../../src/core/report/model.js';
import { startEmulator, type Emulator } from '../../harness/emulator/index.js';
import { captureStdout, runnerEnv, type RunnerEnv } from '../runner-env.js';

const report: Report = { purpose: 'check', title: 'MLOps check', findings: [], blocks: [] };

let gh: Emulator;
let env: RunnerEnv;
beforeEach(async () => {
  gh = await startEmulator();
  env = runnerEnv({
    INPUT_TOKEN: gh.tokens.installation,
    GITHUB_API_URL: gh.url,
    GITHUB_REPOSITORY: 'octo-org/models',
    GITHUB_WORKFLOW: 'CI',
    MLOPS_GITHUB_WRITE_INTERVAL_MS: '0',
  });
});
afterEach(async () => {
  env.restore();
  gh.assertNoViolations();
  await gh.close();
});

/** The run's context on pull request `pr`. */
const onPullRequest = (pr: number) => ({ ...readContext(), prNumber: pr, headSha: 'a'.repeat(40) });

/** The lazy client of the `token` input (its mask command kept off the test's output). */
async function lazyClient(): Promise<ClientSource> {
  let source: ClientSource | undefined;
  await captureStdout(() => (source = lazyClientFromInput(readContext())));
  if (!source) throw new Error('no client for the token input');
  return source;
}

describe('a client opened on first use', () => {
  it('masks the token as soon as it is read, and is absent without a token', async () => {
    const { stdout } = await captureStdout(() => lazyClientFromInput(readContext()));
    delete process.env.INPUT_TOKEN;

    expect(stdout).toContain(`::add-mask::${gh.tokens.installation}`);
    expect(lazyClientFromInput(readContext())).toBeUndefined();
  });

  it('writes the pull request comment through one client, opened once', async () => {
    // given a pull request and a lazy client for the job token
    const pr = gh.seed.pullRequest({ head: { ref: 'feature', sha: 'a'.repeat(40) } }).issue.number;
    const source = await lazyClient();

    // when the report is published with it, then published again
    const first = await captureStdout(() =>
      publishReport(report, onPullRequest(pr), { comment: true, failOn: 'error', client: source }),
    );
    await captureStdout(() =>
      publishReport(report, onPullRequest(pr), { comment: true, failOn: 'error', client: source }),
    );

    // then one comment, and the source always gives the same client
    expect(first.stdout).toContain('PR comment created');
    expect(gh.state.comments.filter((c) => c.issueNumber === pr)).toHaveLength(1);
    expect(await openClient(source)).toBe(await openClient(source));
  });

  it('is never opened when there is no comment to write', async () => {
    // given a lazy client that counts its openings
    const source = await lazyClient();
    let opened = 0;
    const counted = () => {
      opened++;
      return openClient(source);
    };

    // when a push run (no pull request) and a PR run with comment: false publish
    await captureStdout(() =>
      publishReport(report, readContext(), { comment: true, failOn: 'error', client: counted }),
    );
    await captureStdout(() =>
      publishReport(report, onPullRequest(1), { comment: false, failOn: 'error', client: counted }),
    );

    // then
    expect(opened).toBe(0);
    expect(gh.requests).toHaveLength(0);
  });
});
