import { describe, expect, it } from '@jest/globals';
import { evaluateGate } from '../../../src/core/gate/evaluate.js';
import { defaultPolicy } from '../../../src/core/gate/policy.js';
import type { GateSnapshot } from '../../../src/core/gate/snapshot.js';
import { HEAD, OLD, review, snapshot } from './snapshot-fixture.js';

const policy = { ...defaultPolicy('production'), approvals: 2 };
const approvals = (s: GateSnapshot) => evaluateGate(s, policy).conditions.find((c) => c.id === 'approvals')!;
const changes = (s: GateSnapshot) => evaluateGate(s, policy).conditions.find((c) => c.id === 'change-requests')!;

describe('gate: who may approve', () => {
  it('passes with two approvals on the head commit from writers', () => {
    const verdict = evaluateGate(snapshot((s) => (s.reviews = [review('alice', 'APPROVED'), review('bob', 'APPROVED')])), policy);
    expect(verdict.approvers).toEqual(['alice', 'bob']);
    expect(verdict.pass).toBe(true);
  });

  it('does not count a self-approval by the PR author', () => {
    const c = approvals(snapshot((s) => (s.reviews = [review('author', 'APPROVED'), review('alice', 'APPROVED')])));
    expect(c.met).toBe(false);
    expect(c.detail).toMatch(/@author: the PR author cannot approve/);
  });

  it('rejects an approval given on an older commit', () => {
    const c = approvals(snapshot((s) => (s.reviews = [review('alice', 'APPROVED', OLD), review('bob', 'APPROVED')])));
    expect(c.met).toBe(false);
    expect(c.detail).toMatch(/@alice: approved bbbbbbb, not the current head aaaaaaa/);
  });

  it('drops approvals when a new commit is pushed after them', () => {
    const before = snapshot((s) => (s.reviews = [review('alice', 'APPROVED'), review('bob', 'APPROVED')]));
    expect(approvals(before).met).toBe(true);
    const next = 'f'.repeat(40);
    const after = snapshot((s) => {
      s.reviews = before.reviews;
      s.pullRequest.head.sha = next;
      s.commits.push({ sha: next, author: { login: 'author' }, committer: { login: 'author' }, commit: {} });
      s.activity.push({ activity_type: 'push', ref: 'refs/heads/promote/churn-v1.1.0', after: next, timestamp: '2025-03-10T11:59:00Z', actor: { login: 'author' } });
    });
    expect(approvals(after).met).toBe(false);
    expect(approvals(after).fix).toMatch(/2 more approvals on fffffff/);
  });

  it('does not count an approval by a user with read access only', () => {
    const c = approvals(snapshot((s) => (s.reviews = [review('reader', 'APPROVED'), review('alice', 'APPROVED')])));
    expect(c.met).toBe(false);
    expect(c.detail).toMatch(/@reader: has triage access, write is needed/);
  });

  it('does not count an approval by a user whose permission is unknown (author_association is never trusted)', () => {
    const c = approvals(snapshot((s) => (s.reviews = [review('stranger', 'APPROVED'), review('alice', 'APPROVED')])));
    expect(c.detail).toMatch(/@stranger: repository permission unknown/);
  });

  it('does not count an approval by a bot', () => {
    const c = approvals(snapshot((s) => (s.reviews = [review('renovate[bot]', 'APPROVED'), review('alice', 'APPROVED')])));
    expect(c.met).toBe(false);
    expect(c.detail).toMatch(/@renovate\[bot\]: approvals by bots do not count/);
  });

  it('does not count an approval by the last pusher, even when someone else opened the PR', () => {
    const s = snapshot((x) => {
      x.activity.push({ activity_type: 'push', ref: 'refs/heads/promote/churn-v1.1.0', after: HEAD, timestamp: '2025-03-10T11:00:00Z', actor: { login: 'pusher' } });
      x.reviews = [review('pusher', 'APPROVED'), review('alice', 'APPROVED')];
    });
    expect(evaluateGate(s, policy).lastPusher).toBe('pusher');
    expect(approvals(s).detail).toMatch(/@pusher: the last pusher/);
    expect(approvals(s).met).toBe(false);
  });

  it('takes the last pusher from the head commit when no push activity is visible', () => {
    const s = snapshot((x) => {
      x.activity = [];
      x.commits = [{ sha: HEAD, author: { login: 'author' }, committer: { login: 'pusher' }, commit: {} }];
      x.reviews = [review('pusher', 'APPROVED')];
    });
    expect(approvals(s).detail).toMatch(/@pusher: the last pusher/);
  });

  it('does not count a dismissed approval', () => {
    const dismissed = { ...review('alice', 'APPROVED'), state: 'DISMISSED' };
    const c = approvals(snapshot((s) => (s.reviews = [dismissed, review('bob', 'APPROVED')])));
    expect(c.met).toBe(false);
    expect(c.detail).toMatch(/@alice: review was dismissed/);
  });

  it('is blocked by a change request from another reviewer made after an approval', () => {
    const s = snapshot((x) => (x.reviews = [review('alice', 'APPROVED'), review('bob', 'APPROVED'), review('carol', 'CHANGES_REQUESTED')]));
    expect(approvals(s).met).toBe(true);
    expect(changes(s)).toMatchObject({ met: false, detail: '@carol requested changes' });
    expect(evaluateGate(s, policy).pass).toBe(false);
  });

  it('counts a reviewer who approved then requested changes as requesting changes', () => {
    const s = snapshot((x) => (x.reviews = [review('alice', 'APPROVED'), review('bob', 'APPROVED'), review('alice', 'CHANGES_REQUESTED')]));
    expect(evaluateGate(s, policy).approvers).toEqual(['bob']);
    expect(changes(s).met).toBe(false);
  });

  it('keeps an approval when the same reviewer only comments afterwards', () => {
    const s = snapshot((x) => (x.reviews = [review('alice', 'APPROVED'), review('alice', 'COMMENTED'), review('bob', 'APPROVED')]));
    expect(approvals(s).met).toBe(true);
  });

  it('ignores a change request by a user without write access, as GitHub does', () => {
    const s = snapshot((x) => (x.reviews = [review('reader', 'CHANGES_REQUESTED')]));
    expect(changes(s).met).toBe(true);
  });

  it('refuses a PR from a fork', () => {
    const s = snapshot((x) => {
      x.pullRequest.head.repo = { full_name: 'mallory/ml', fork: true };
      x.reviews = [review('alice', 'APPROVED'), review('bob', 'APPROVED')];
    });
    const verdict = evaluateGate(s, policy);
    expect(verdict.conditions.find((c) => c.id === 'source')).toMatchObject({ met: false, detail: expect.stringMatching(/mallory\/ml/) });
    expect(verdict.pass).toBe(false);
  });

  it('reaches the right verdict when re-run after each review event', () => {
    const events: Array<[string, (s: GateSnapshot) => void, boolean]> = [
      ['opened', () => {}, false],
      ['alice approves', (s) => s.reviews.push(review('alice', 'APPROVED')), false],
      ['bob approves', (s) => s.reviews.push(review('bob', 'APPROVED')), true],
      ['carol requests changes', (s) => s.reviews.push(review('carol', 'CHANGES_REQUESTED')), false],
      ['carol’s review is dismissed', (s) => (s.reviews.at(-1)!.state = 'DISMISSED'), true],
      ['bob’s approval is dismissed', (s) => (s.reviews.find((r) => r.user?.login === 'bob')!.state = 'DISMISSED'), false],
      ['carol approves', (s) => s.reviews.push(review('carol', 'APPROVED')), true],
      ['a new commit is pushed', (s) => (s.pullRequest.head.sha = 'f'.repeat(40)), false],
    ];
    const s = snapshot();
    const outcomes = events.map(([name, apply]) => {
      apply(s);
      return [name, evaluateGate(structuredClone(s), policy).pass];
    });
    expect(outcomes).toEqual(events.map(([name, , pass]) => [name, pass]));
  });
});
