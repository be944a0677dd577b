/**
 * Reports through every channel of a run: annotations, the job summary, the sticky PR comment, a
 * JSON file and the step outputs. Every channel renders the same Report (src/core/report).
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from './runner.js';
import { upsertStickyComment, type UpsertResult } from '../../adapters/github/comments.js';
import { resolveIdentity, statusOf } from '../../adapters/github/identity.js';
import { countFindings, shouldFail, type FailOn } from '../../core/finding.js';
import { planAnnotations } from '../../core/report/annotations.js';
import { renderJson } from '../../core/report/json.js';
import { COMMENT_MAX_CHARS, renderMarkdown, SUMMARY_MAX_BYTES } from '../../core/report/markdown.js';
import { commentMarker } from '../../core/report/marker.js';
import type { Report } from '../../core/report/model.js';
import { countsText } from '../../core/report/status.js';
import type { ActionContext } from './context.js';
import { openClient, type ClientSource } from './lazy-client.js';
import { runRepo } from './repo.js';

export interface PublishOptions {
  /** Write the sticky comment when the run is about a pull request. */
  comment: boolean;
  failOn: FailOn;
  /** Needed for the comment; without it the comment is skipped (a lazy client is opened only to write it). */
  client?: ClientSource;
  /** The bot login of a GitHub App token (see identity.ts). */
  botLogin?: string;
}

export interface Published {
  failed: boolean;
  reportPath: string;
  comment?: UpsertResult;
}

/** Publishes the report, sets the outputs `findings`, `errors` and `report-path`, and fails the step per `failOn`. */
export async function publishReport(
  report: Report,
  ctx: ActionContext,
  options: PublishOptions,
): Promise<Published> {
  const where = ctx.runUrl ? `[the job summary](${ctx.runUrl})` : 'the job summary';
  emitAnnotations(report);
  await writeSummary(report, ctx);
  const reportPath = await writeJson(report, ctx);
  const comment = await writeComment(report, ctx, options, where);
  const counts = countFindings(report.findings);
  core.setOutput('findings', report.findings.length);
  core.setOutput('errors', counts.error);
  core.setOutput('report-path', reportPath);
  const failed = shouldFail(report.findings, options.failOn);
  if (failed) core.setFailed(`${report.title}: ${countsText(report.findings)} (fail-on: ${options.failOn})`);
  else core.info(`${report.title}: ${countsText(report.findings)}`);
  return { failed, reportPath, comment };
}

function emitAnnotations(report: Report): void {
  const emit = { error: core.error, warning: core.warning, notice: core.notice };
  for (const a of planAnnotations(report.findings).annotations) emit[a.level](a.message, a.properties);
}

function blobUrl(ctx: ActionContext): string | undefined {
  return ctx.repository && ctx.headSha ? `${ctx.serverUrl}/${ctx.repository}/blob/${ctx.headSha}` : undefined;
}

async function writeSummary(report: Report, ctx: ActionContext): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  // The 1 MiB limit is per step: leave room for what earlier writes of this step put there.
  const used = await stat(file).then(
    (s) => s.size,
    () => 0,
  );
  if (used > SUMMARY_MAX_BYTES - 4096) {
    core.warning(
      'the job summary of this step is full (1 MiB); the report is in the JSON file (output `report-path`)',
    );
    return;
  }
  const markdown = renderMarkdown(report, {
    maxBytes: SUMMARY_MAX_BYTES - used - 2,
    blobUrl: blobUrl(ctx),
    fullReport: 'the JSON report (output `report-path`)',
  });
  core.appendSummary(markdown);
}

async function writeJson(report: Report, ctx: ActionContext): Promise<string> {
  // GITHUB_ACTION is the step's id, so two steps of one job do not overwrite each other's report.
  const step = (process.env.GITHUB_ACTION || 'report').replace(/[^A-Za-z0-9_.-]/g, '_');
  const file = path.join(
    ctx.runnerTemp,
    'mlops',
    `${report.purpose.replace(/[^A-Za-z0-9_.-]/g, '_')}-${step}.json`,
  );
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, renderJson(report));
  return file;
}

async function writeComment(
  report: Report,
  ctx: ActionContext,
  options: PublishOptions,
  where: string,
): Promise<UpsertResult | undefined> {
  const repo = runRepo(ctx);
  if (!options.comment || !ctx.prNumber || !options.client || !repo) return undefined;
  const marker = commentMarker(ctx.workflow, report.purpose);
  const body = renderMarkdown(report, {
    marker,
    maxChars: COMMENT_MAX_CHARS,
    blobUrl: blobUrl(ctx),
    fullReport: where,
  });
  const client = await openClient(options.client);
  try {
    const identity = await resolveIdentity(client, { botLogin: options.botLogin });
    const result = await upsertStickyComment(
      client,
      { ...repo, issueNumber: ctx.prNumber },
      { marker, body, identity },
    );
    core.info(`PR comment ${result.action}: ${result.url}`);
    return result;
  } catch (error) {
    const status = statusOf(error);
    if (status === undefined) throw error;
    // A read-only token (a pull request from a fork) cannot comment; the other channels still report.
    core.warning(
      `could not write the pull request comment (HTTP ${status}: ${(error as Error).message}); the job summary has the report. ` +
        'Give the job `permissions: pull-requests: write`, or set `comment: false`.',
      { title: 'mlops' },
    );
    return undefined;
  }
}
