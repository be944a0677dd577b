/**
 * The sticky comment: one comment per pull request, workflow and purpose, found by its hidden
 * marker and updated in place. Only a comment that carries the marker AND was written by the
 * token's own identity is ever edited; a look-alike written by anybody else is left alone.
 */
import { hasMarker } from '../../core/report/marker.js';
import type { GitHubClient } from './client.js';
import { isSelf, type Identity } from './identity.js';

/** The pull request (or issue) that carries the comment. */
export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface StickyComment {
  marker: string;
  /** The full body; the marker is put on its first line when it is missing. */
  body: string;
  identity: Identity;
}

export interface UpsertResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
  /** Our own extra copies (from a race between two runs) that were deleted so one comment remains. */
  removedDuplicates: number;
}

/** The fields of an issue comment this module reads. */
export interface CommentLike {
  id: number;
  body?: string | null;
  html_url: string;
  user?: { login: string } | null;
}

/** Our comments with the marker, oldest first: the first is kept, the rest are duplicates. */
export function findOwnSticky<C extends CommentLike>(
  comments: readonly C[],
  marker: string,
  identity: Identity,
): C[] {
  return comments
    .filter((c) => isSelf(identity, c.user?.login) && hasMarker(c.body ?? '', marker))
    .sort((a, b) => a.id - b.id);
}

/** Creates the sticky comment, or updates ours in place; does nothing when the body is unchanged. */
export async function upsertStickyComment(
  client: GitHubClient,
  target: CommentTarget,
  comment: StickyComment,
): Promise<UpsertResult> {
  const body = hasMarker(comment.body, comment.marker) ? comment.body : `${comment.marker}\n${comment.body}`;
  const params = { owner: target.owner, repo: target.repo };
  const all = await client.paginate(client.rest.issues.listComments, {
    ...params,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  const [ours, ...duplicates] = findOwnSticky(all, comment.marker, comment.identity);
  for (const extra of duplicates) await client.rest.issues.deleteComment({ ...params, comment_id: extra.id });
  if (!ours) {
    const { data } = await client.rest.issues.createComment({
      ...params,
      issue_number: target.issueNumber,
      body,
    });
    return { action: 'created', id: data.id, url: data.html_url, removedDuplicates: 0 };
  }
  if (sameBody(ours.body ?? '', body)) {
    return { action: 'unchanged', id: ours.id, url: ours.html_url, removedDuplicates: duplicates.length };
  }
  const { data } = await client.rest.issues.updateComment({ ...params, comment_id: ours.id, body });
  return { action: 'updated', id: data.id, url: data.html_url, removedDuplicates: duplicates.length };
}

/** GitHub stores bodies with the line endings it was sent, but may trim trailing whitespace. */
function sameBody(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\r\n/g, '\n').trimEnd();
  return norm(a) === norm(b);
}
