/**
 * Real webhook payloads from @octokit/webhooks-examples (the examples GitHub's docs are built from),
 * picked by event name and action and re-pointed at a test's repository and commits.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface WebhookDefinition {
  name: string;
  examples: Array<Record<string, unknown>>;
}

let definitions: WebhookDefinition[] | undefined;

/** Every api.github.com event definition (loaded once; the file is 4 MB). */
function loadDefinitions(): WebhookDefinition[] {
  if (!definitions) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/webhooks-examples/api.github.com/index.json');
    definitions = JSON.parse(readFileSync(file, 'utf8')) as WebhookDefinition[];
  }
  return definitions;
}

/** A deep copy of a real example payload for `event` (and `action`, when the event has actions). */
export function webhookExample(event: string, action?: string): Record<string, unknown> {
  const def = loadDefinitions().find((d) => d.name === event);
  if (!def) throw new Error(`no webhook example for event '${event}'`);
  const example = def.examples.find((e) => action === undefined || e.action === action);
  if (!example) {
    const actions = [...new Set(def.examples.map((e) => String(e.action)))].join(', ');
    throw new Error(`no '${event}' example with action '${action}' (have: ${actions})`);
  }
  return structuredClone(example);
}

/** Where a payload should point: the test's repository and, for pull requests, its branches. */
export interface PayloadTarget {
  repository: string;
  number?: number;
  head?: { ref: string; sha: string };
  base?: { ref: string; sha: string };
  /** The login of the user who triggered the event (`sender`, and the PR's author). */
  sender?: string;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined => (v && typeof v === 'object' ? (v as Json) : undefined);

/** Rewrites the repository (everywhere it is embedded), PR number, branches and sender of a payload. */
export function retarget(payload: Json, target: PayloadTarget): Json {
  const [owner = '', name = ''] = target.repository.split('/');
  const repoPatch = (repo: Json | undefined) => {
    if (!repo) return;
    Object.assign(repo, {
      name,
      full_name: target.repository,
      html_url: `https://github.com/${target.repository}`,
      url: `https://api.github.com/repos/${target.repository}`,
    });
    const ownerObj = obj(repo.owner);
    if (ownerObj) Object.assign(ownerObj, { login: owner });
  };
  repoPatch(obj(payload.repository));
  const pr = obj(payload.pull_request);
  if (pr) {
    if (target.number !== undefined) {
      payload.number = target.number;
      Object.assign(pr, {
        number: target.number,
        url: `https://api.github.com/repos/${target.repository}/pulls/${target.number}`,
        html_url: `https://github.com/${target.repository}/pull/${target.number}`,
      });
    }
    for (const side of ['head', 'base'] as const) {
      const branch = obj(pr[side]);
      repoPatch(obj(branch?.repo));
      const t = target[side];
      if (branch && t) Object.assign(branch, { ref: t.ref, sha: t.sha, label: `${owner}:${t.ref}` });
    }
    const author = obj(pr.user);
    if (author && target.sender) author.login = target.sender;
  }
  const sender = obj(payload.sender);
  if (sender && target.sender) sender.login = target.sender;
  return payload;
}

/** A `pull_request` event from the real example for `action`, pointed at `target`. */
export function pullRequestEvent(
  target: PayloadTarget & { number: number },
  action = 'opened',
): { name: string; payload: Json } {
  return { name: 'pull_request', payload: retarget(webhookExample('pull_request', action), target) };
}

/** A `push` event from the real example, pointed at `target`, for branch `ref` at commit `after`. */
export function pushEvent(target: PayloadTarget & { ref?: string; after?: string }): {
  name: string;
  payload: Json;
} {
  const payload = retarget(webhookExample('push'), target);
  if (target.ref) payload.ref = target.ref.startsWith('refs/') ? target.ref : `refs/heads/${target.ref}`;
  if (target.after) payload.after = target.after;
  return { name: 'push', payload };
}
