import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { readContext } from '../../../src/actions/lib/context.js';
import { webhookExample } from '../../harness/payloads.js';
import { tempDir } from '../../helpers/repo.js';

function eventFile(payload: unknown): string {
  const file = path.join(tempDir('mlops-event-'), 'event.json');
  writeFileSync(file, typeof payload === 'string' ? payload : JSON.stringify(payload));
  return file;
}

describe('action context', () => {
  it('reads the pull request number and head commit from a pull_request payload', () => {
    const payload = webhookExample('pull_request', 'opened') as {
      number: number;
      pull_request: { head: { sha: string } };
    };
    const ctx = readContext({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile(payload),
      GITHUB_REPOSITORY: 'octo-org/models',
      GITHUB_SHA: 'f'.repeat(40),
      GITHUB_WORKFLOW: 'CI',
      GITHUB_RUN_ID: '42',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_API_URL: 'http://127.0.0.1:9/',
    });
    expect(ctx.prNumber).toBe(payload.number);
    expect(ctx.headSha).toBe(payload.pull_request.head.sha);
    expect(ctx.sha).toBe('f'.repeat(40));
    expect(ctx.workflow).toBe('CI');
    expect(ctx.apiUrl).toBe('http://127.0.0.1:9');
    expect(ctx.runUrl).toBe('https://github.com/octo-org/models/actions/runs/42/attempts/2');
  });

  it('finds the pull request of an issue comment on a PR, and none on a plain issue', () => {
    const onPr = readContext({
      GITHUB_EVENT_PATH: eventFile({ issue: { number: 7, pull_request: { url: 'x' } } }),
    });
    expect(onPr.prNumber).toBe(7);
    const onIssue = readContext({ GITHUB_EVENT_PATH: eventFile({ issue: { number: 8 } }) });
    expect(onIssue.prNumber).toBeUndefined();
  });

  it('treats a missing event file as no payload', () => {
    const ctx = readContext({ GITHUB_EVENT_PATH: '/nonexistent/event.json', GITHUB_SHA: 'abc' });
    expect(ctx.payload).toEqual({});
    expect(ctx.headSha).toBe('abc');
    expect(ctx.workflow).toBe('mlops');
  });

  it('names the event file when it is not JSON', () => {
    const file = eventFile('{ not json');
    expect(() => readContext({ GITHUB_EVENT_PATH: file })).toThrow(
      'the event payload (GITHUB_EVENT_PATH) is not JSON',
    );
  });
});
