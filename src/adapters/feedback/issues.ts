/**
 * Model-feedback issues on GitHub: read them (by the form's label), and answer each one once with a
 * single sticky comment of ours (updated in place when the answer changes, e.g. after the reporter
 * fills in a missing field), plus the `feedback-recorded` label once its row is in the PR.
 */
import { FEEDBACK_LABEL, RECORDED_LABEL, type FeedbackIssue } from '../../core/feedback/form.js';
import { commentMarker } from '../../core/report/marker.js';
import type { GitHubClient } from '../github/client.js';
import { upsertStickyComment, type UpsertResult } from '../github/comments.js';
import type { Identity } from '../github/identity.js';

type Repo = { owner: string; repo: string };

/** The marker of our answer on a feedback issue. */
export const ANSWER_MARKER = commentMarker('feedback', 'answer');

export interface ListedIssue extends FeedbackIssue {
  labels: string[];
}

/** Feedback issues, oldest first; those closed as not planned (spam, duplicates) are left out. */
export async function feedbackIssues(client: GitHubClient, repo: Repo, label = FEEDBACK_LABEL): Promise<ListedIssue[]> {
  const issues = await client.paginate(client.rest.issues.listForRepo, { ...repo, state: 'all', labels: label, sort: 'created', direction: 'asc', per_page: 100 });
  return issues
    .filter((i) => !i.pull_request && i.state_reason !== 'not_planned')
    .map((i) => ({
      number: i.number,
      body: i.body ?? '',
      author: i.user?.login,
      createdAt: i.created_at,
      url: i.html_url,
      labels: i.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
    }));
}

export interface Answer {
  issue: ListedIssue;
  /** Set when the issue became a row of the PR. */
  /** Set when the issue is a row: of the open PR, or (`merged`) already of the dataset on the base branch. */
  recorded?: { rowId: string; dataset: string; pr?: { number: number; url: string }; merged: boolean };
  problems: string[];
}

/** Labels a recorded issue and writes (or keeps) our one answer. */
export async function answerIssue(client: GitHubClient, repo: Repo, identity: Identity, a: Answer): Promise<{ comment: UpsertResult['action']; labelled: boolean }> {
  let labelled = false;
  if (a.recorded && !a.issue.labels.includes(RECORDED_LABEL)) {
    await client.rest.issues.addLabels({ ...repo, issue_number: a.issue.number, labels: [RECORDED_LABEL] });
    labelled = true;
  }
  const r = a.recorded;
  const body = r
    ? r.merged
      ? `Thank you for the report. It is row \`${r.rowId}\` of the feedback dataset \`${r.dataset}\`, and part of the next retraining.`
      : `Thank you for the report. It is recorded as row \`${r.rowId}\` of \`${r.dataset}\`${r.pr ? ` in #${r.pr.number}` : ''}; it becomes part of the feedback dataset (and of the next retraining) when that pull request is merged.`
    : `Thank you for the report. It cannot be recorded yet:\n\n${a.problems.map((p) => `- ${p}`).join('\n')}\n\nEdit the issue to fill these in; it is picked up again automatically.`;
  const result = await upsertStickyComment(client, { ...repo, issueNumber: a.issue.number }, { marker: ANSWER_MARKER, body: `${ANSWER_MARKER}\n${body}`, identity });
  return { comment: result.action, labelled };
}
