/** `experiment record` end to end: build the record, tag and push it, publish the pre-release, write the record file. */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../../core/errors.js';
import { recordJson } from '../../core/experiments/message.js';
import { assertNamePart } from '../../core/experiments/naming.js';
import { experimentReport } from '../../core/experiments/report.js';
import type { Finding } from '../../core/finding.js';
import type { Report } from '../../core/report/model.js';
import type { GitHubClient } from '../github/client.js';
import { repoParams } from '../github/repo.js';
import type { ReleaseResult } from '../github/releases.js';
import type { RecordContext, RecordInputs } from './build.js';
import { buildDraft } from './build.js';
import { publishExperiment } from './publish.js';
import type { SaveResult } from './save.js';
import { saveRecord } from './save.js';

export interface RecordRun {
  inputs: RecordInputs;
  /** Push to this remote (with --push or in the action). */
  remote?: string;
  /** Publish the pre-release with this client on this `owner/name`. */
  github?: { client: GitHubClient; repository: string };
  /** Where to write the record JSON (default: `$RUNNER_TEMP` or the temp folder). */
  out?: string;
  /** Tag message limit in bytes. */
  limit?: number;
}

export interface RecordOutcome {
  saved: SaveResult;
  release?: ReleaseResult;
  recordPath: string;
  findings: Finding[];
  report: Report;
}

/** Records one experiment; a rerun of the same record converges and repairs what a dead run left. */
export async function recordExperiment(ctx: RecordContext, run: RecordRun): Promise<RecordOutcome> {
  assertNamePart('project', run.inputs.project);
  assertNamePart('type', run.inputs.type);
  await ensureIdentity(ctx);
  const { draft, findings } = await buildDraft(ctx, run.inputs);
  const saved = await saveRecord(ctx.git, draft, { remote: run.remote, limit: run.limit });
  const release = run.github
    ? await publishExperiment(run.github.client, repoParams(run.github.repository), saved.record, ctx.root)
    : undefined;
  const recordPath = path.resolve(
    ctx.cwd,
    run.out ?? path.join(ctx.env.RUNNER_TEMP || os.tmpdir(), 'mlops-experiments', `${saved.name}.json`),
  );
  await mkdir(path.dirname(recordPath), { recursive: true });
  await writeFile(recordPath, recordJson(saved.record));
  const report = experimentReport(saved.record, {
    status: saved.status,
    truncated: saved.truncated,
    pushed: saved.pushed,
    releaseUrl: release?.url,
    repaired: release ? release.uploaded.length > 0 || release.published || release.created : false,
    findings,
  });
  return { saved, release, recordPath, findings, report };
}

/** Tagging needs a committer identity: on a runner we use the Actions bot, elsewhere the user must set one. */
async function ensureIdentity(ctx: RecordContext): Promise<void> {
  if (ctx.env.GIT_COMMITTER_NAME && ctx.env.GIT_COMMITTER_EMAIL) return;
  const r = await ctx.git.run(['var', 'GIT_COMMITTER_IDENT'], { allowFailure: true });
  if (r.code === 0) return;
  if (ctx.env.GITHUB_ACTIONS === 'true') {
    process.env.GIT_COMMITTER_NAME = 'github-actions[bot]';
    process.env.GIT_COMMITTER_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';
    return;
  }
  throw new UserError('git has no identity to sign the experiment tag with', {
    hint: 'run `git config user.name "…"` and `git config user.email "…"`',
  });
}
