/**
 * The alert issue of a model and stage on GitHub: found by its hidden marker among issues written by
 * our own identity (a look-alike by anyone else is ignored), opened on the first breach, given a new
 * dated section on later runs, reopened on a new breach, closed with a note when healthy again.
 * Everything it remembers (sections, fired dispatches) lives in the issue body itself.
 */
import { alertTitle, parseAlertBody, renderAlertBody, SEVERITY_LABELS, pruneDispatches, withSection, type AlertBody, type DispatchRecord } from '../../core/monitor/alert.js';
import { hasMarker } from '../../core/report/marker.js';
import type { GitHubClient } from '../github/client.js';
import { isSelf, type Identity } from '../github/identity.js';

type Repo = { owner: string; repo: string };

/** The label that finds alert issues when `monitoring.alert.labels` is empty. */
export const ALERT_LABEL = 'mlops-alert';

export interface AlertIssue {
  number: number;
  state: string;
  body: string;
  labels: string[];
  url: string;
}

/** Our alert issue (open or closed, the newest when a race made two), or undefined. */
export async function findAlertIssue(client: GitHubClient, repo: Repo, identity: Identity, marker: string, label: string): Promise<AlertIssue | undefined> {
  // Our label narrows the listing; the marker and the author decide (labels can be edited by anyone).
  const issues = await client.paginate(client.rest.issues.listForRepo, { ...repo, state: 'all', labels: label, per_page: 100 });
  const ours = issues
    .filter((i) => !i.pull_request && isSelf(identity, i.user?.login) && hasMarker(i.body ?? '', marker))
    .sort((a, b) => b.number - a.number)[0];
  if (!ours) return undefined;
  const labels = ours.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean);
  return { number: ours.number, state: ours.state, body: ours.body ?? '', labels, url: ours.html_url };
}

export interface AlertSync {
  client: GitHubClient;
  repo: Repo;
  identity: Identity;
  model: string;
  stage: string;
  marker: string;
  /** The alert labels from config (the first one finds the issue). */
  labels: string[];
  assignees: string[];
  head: Pick<AlertBody, 'runbook' | 'rollback'>;
  run: string;
  /** This run's breach severity, or undefined when healthy. */
  severity?: 'critical' | 'warning';
  /** This run's section (breach) or closing note (healthy). */
  text: string;
  /** Dispatches fired by this run, to record. */
  fired: DispatchRecord[];
}

export type AlertAction = 'opened' | 'reopened' | 'updated' | 'closed' | 'recorded' | 'unchanged' | 'none';

/** Brings the issue in line with this run; returns what was done. */
export async function syncAlert(o: AlertSync): Promise<{ action: AlertAction; number?: number; url?: string; records: DispatchRecord[] }> {
  // The first label finds the issue again, so an issue always carries one (the default when none is configured).
  const own = o.labels.length ? o.labels : [ALERT_LABEL];
  const issue = await findAlertIssue(o.client, o.repo, o.identity, o.marker, own[0]!);
  const parsed = issue ? parseAlertBody(issue.body) : { dispatches: [], sections: [] };
  const records = pruneDispatches([...parsed.dispatches, ...o.fired]);
  const params = { ...o.repo };
  if (o.severity) {
    const sections = withSection(parsed.sections, { run: o.run, text: o.text });
    const last = sections[sections.length - 1]!;
    const status = `**Status:** ${o.severity === 'critical' ? '🔴 critical' : '🟠 warning'}, latest breach in run ${last.run} (the last section below).`;
    const body = renderAlertBody(o.marker, { ...o.head, status, dispatches: records, sections });
    const labels = [...new Set([...(issue?.labels ?? []).filter((l) => !Object.values<string>(SEVERITY_LABELS).includes(l)), ...own, SEVERITY_LABELS[o.severity]])];
    if (!issue) {
      const { data } = await o.client.rest.issues.create({ ...params, title: alertTitle(o.model, o.stage), body, labels, assignees: o.assignees });
      return { action: 'opened', number: data.number, url: data.html_url, records };
    }
    const reopen = issue.state === 'closed';
    if (!reopen && same(issue.body, body) && sameSet(issue.labels, labels)) return { action: 'unchanged', number: issue.number, url: issue.url, records };
    await o.client.rest.issues.update({ ...params, issue_number: issue.number, body, labels, ...(reopen ? { state: 'open' as const } : {}) });
    return { action: reopen ? 'reopened' : 'updated', number: issue.number, url: issue.url, records };
  }
  if (issue?.state === 'open') {
    const body = renderAlertBody(o.marker, { ...o.head, status: `**Status:** 🟢 healthy again in run ${o.run}; closed.`, dispatches: records, sections: parsed.sections });
    await o.client.rest.issues.createComment({ ...params, issue_number: issue.number, body: o.text });
    await o.client.rest.issues.update({ ...params, issue_number: issue.number, body, state: 'closed', state_reason: 'completed' });
    return { action: 'closed', number: issue.number, url: issue.url, records };
  }
  if (!o.fired.length) return { action: 'none', number: issue?.number, url: issue?.url, records };
  // A dispatch without a breach (schedule, new data) is still recorded, so its cool-down holds.
  const body = renderAlertBody(o.marker, { ...o.head, status: '**Status:** 🟢 healthy; this issue records retraining dispatches.', dispatches: records, sections: parsed.sections });
  if (issue) {
    await o.client.rest.issues.update({ ...params, issue_number: issue.number, body });
    return { action: 'recorded', number: issue.number, url: issue.url, records };
  }
  const { data } = await o.client.rest.issues.create({ ...params, title: alertTitle(o.model, o.stage), body, labels: own });
  await o.client.rest.issues.update({ ...params, issue_number: data.number, state: 'closed', state_reason: 'completed' });
  return { action: 'recorded', number: data.number, url: data.html_url, records };
}

/** The dispatches recorded in the alert issue (the cool-down state), read before deciding. */
export async function recordedDispatches(client: GitHubClient, repo: Repo, identity: Identity, marker: string, label: string): Promise<DispatchRecord[]> {
  const issue = await findAlertIssue(client, repo, identity, marker, label);
  return issue ? parseAlertBody(issue.body).dispatches : [];
}

const same = (a: string, b: string) => a.replace(/\r\n/g, '\n').trimEnd() === b.replace(/\r\n/g, '\n').trimEnd();
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
