/** What the runner tells an action about the run: the GITHUB_* variables and the event payload. */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { UserError } from '../../core/errors.js';

export interface ActionContext {
  eventName: string;
  /** The webhook payload of the triggering event (`GITHUB_EVENT_PATH`), `{}` when there is none. */
  payload: Record<string, unknown>;
  /** `owner/name`, when known. */
  repository?: string;
  /** The pull request this run is about (pull_request* events, or a comment on a PR). */
  prNumber?: number;
  /** `GITHUB_SHA`: on pull_request events, the merge commit. */
  sha: string;
  /** The commit findings refer to: the PR head when there is one, else `sha`. */
  headSha: string;
  /** The workflow's name (`GITHUB_WORKFLOW`), which names the sticky comment. */
  workflow: string;
  serverUrl: string;
  apiUrl: string;
  runId?: string;
  /** The run's page, whose summary holds the full report. */
  runUrl?: string;
  workspace: string;
  runnerTemp: string;
}

/** Reads the context from the environment (the runner's, or a test's). */
export function readContext(env: NodeJS.ProcessEnv = process.env): ActionContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY || undefined;
  const sha = env.GITHUB_SHA ?? '';
  const runId = env.GITHUB_RUN_ID || undefined;
  const attempt =
    env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    repository,
    prNumber: pullRequestNumber(payload),
    sha,
    headSha: pullRequestHead(payload) ?? sha,
    workflow: env.GITHUB_WORKFLOW || 'mlops',
    serverUrl,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    runId,
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}${attempt}` : undefined,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: env.RUNNER_TEMP || os.tmpdir(),
  };
}

function readPayload(file: string | undefined): Record<string, unknown> {
  if (!file) return {};
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {}; // As @actions/github: a missing event file means no payload.
  }
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    throw new UserError('the event payload (GITHUB_EVENT_PATH) is not JSON', { file });
  }
}

/** `pull_request.number`, or `issue.number` for a comment on a pull request. */
function pullRequestNumber(payload: Record<string, unknown>): number | undefined {
  const pr = record(payload.pull_request);
  if (typeof pr?.number === 'number') return pr.number;
  const issue = record(payload.issue);
  if (issue?.pull_request && typeof issue.number === 'number') return issue.number;
  return typeof payload.number === 'number' && pr ? payload.number : undefined;
}

function pullRequestHead(payload: Record<string, unknown>): string | undefined {
  const sha = record(record(payload.pull_request)?.head)?.sha;
  return typeof sha === 'string' ? sha : undefined;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
}

/** `pull_request.base.sha` of a pull_request event, else undefined (push, schedule, dispatch: check everything). */
export function pullRequestBase(payload: Record<string, unknown>): string | undefined {
  const pr = payload.pull_request as { base?: { sha?: unknown } } | undefined;
  return typeof pr?.base?.sha === 'string' ? pr.base.sha : undefined;
}
