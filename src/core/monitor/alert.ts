/**
 * The alert issue of one model and stage, as text: a head (status, runbook, rollback command), the
 * retraining dispatches recorded so far (hidden lines, the cool-down's memory), and one dated section
 * per monitoring run that found a problem. Parsing and rendering are inverse, so every run rebuilds
 * the body from the issue itself and a rerun of the same run changes nothing.
 */
import { commentMarker } from '../report/marker.js';
import { COMMENT_MAX_CHARS } from '../report/markdown.js';

/** One `repository_dispatch` this alert fired, recorded in its body. */
export interface DispatchRecord {
  /** What fired it: `drift`, `degradation`, `schedule`, `new_data`. */
  cause: string;
  /** What must not fire twice: the cause, or for new data the dataset version. */
  key: string;
  /** ISO 8601. */
  at: string;
  /** The workflow run that fired it. */
  run: string;
}

/** One run's dated section. */
export interface AlertSection {
  run: string;
  text: string;
}

export interface AlertBody {
  status: string;
  runbook?: string;
  rollback: string;
  dispatches: DispatchRecord[];
  sections: AlertSection[];
}

/** The hidden marker of the alert issue of `model` in `stage`. */
export function alertMarker(model: string, stage: string): string {
  return commentMarker('alert', `${model}/${stage}`);
}

/** The issue title. */
export function alertTitle(model: string, stage: string): string {
  return `Monitoring alert: ${model} in ${stage}`;
}

/** The exact command that puts the stage back to its previous version (SPEC §8). */
export function rollbackCommand(model: string, stage: string): string {
  return `mlops deploy rollback ${model} ${stage}`;
}

/** Severity labels, as GitHub issue labels (one at a time on the issue). */
export const SEVERITY_LABELS = { critical: 'severity:critical', warning: 'severity:warning' } as const;

const DISPATCH = /^<!-- mlops:dispatch (\{.*\}) -->$/;
const SECTION = /^<!-- mlops:run (\S+) -->$/;

/** How many keys the body remembers (each new data version is a key of its own). */
export const MAX_DISPATCH_KEYS = 200;

/**
 * The records worth keeping: the latest per key (cool-down, rerun and "this data version already
 * fired" all look at the newest record of a key), for the newest MAX_DISPATCH_KEYS keys. Without
 * this, a monitor on an hourly schedule grows the issue body by a record per dispatch until GitHub
 * refuses the update.
 */
export function pruneDispatches(records: readonly DispatchRecord[]): DispatchRecord[] {
  const latest = new Map<string, DispatchRecord>();
  for (const r of records) {
    const known = latest.get(r.key);
    if (!known || Date.parse(r.at) >= Date.parse(known.at)) latest.set(r.key, r);
  }
  return [...latest.values()].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).slice(-MAX_DISPATCH_KEYS);
}

/** Reads the dispatch records and sections back from an issue body written by renderAlertBody. */
export function parseAlertBody(body: string): Pick<AlertBody, 'dispatches' | 'sections'> {
  const dispatches: DispatchRecord[] = [];
  const sections: AlertSection[] = [];
  let current: { run: string; lines: string[] } | undefined;
  const close = () => current && sections.push({ run: current.run, text: current.lines.join('\n').trim() });
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const d = DISPATCH.exec(line.trim());
    if (d) {
      const record = parseRecord(d[1]!);
      if (record) dispatches.push(record);
      continue;
    }
    const s = SECTION.exec(line.trim());
    if (s) {
      close();
      current = { run: s[1]!, lines: [] };
      continue;
    }
    current?.lines.push(line);
  }
  close();
  return { dispatches, sections };
}

function parseRecord(text: string): DispatchRecord | undefined {
  try {
    const v = JSON.parse(text) as Partial<DispatchRecord>;
    if (typeof v.cause === 'string' && typeof v.at === 'string' && !Number.isNaN(Date.parse(v.at))) {
      return { cause: v.cause, key: typeof v.key === 'string' ? v.key : v.cause, at: v.at, run: typeof v.run === 'string' ? v.run : '' };
    }
  } catch {
    // A hand-edited line that is not JSON is not a record.
  }
  return undefined;
}

/** The body: marker, head, hidden dispatch records, then the sections (oldest dropped to fit GitHub's limit). */
export function renderAlertBody(marker: string, body: AlertBody, limit = COMMENT_MAX_CHARS - 1000): string {
  const head = [
    marker,
    body.status,
    '',
    body.runbook ? `**Runbook:** ${body.runbook}` : '**Runbook:** none configured (set `monitoring.alert.runbook` in .github/mlops.yml)',
    '',
    `**Rollback:** \`${body.rollback}\``,
    '',
    'Each monitoring run that finds a problem adds a dated section below, newest last. This issue is written by the monitoring workflow; it closes itself when the model is healthy again.',
    '',
    ...body.dispatches.map((d) => `<!-- mlops:dispatch ${JSON.stringify(d)} -->`),
  ].join('\n');
  let sections = body.sections;
  const render = (list: AlertSection[], dropped: number) =>
    [head, ...(dropped ? [`\n_${dropped} older section(s) removed to stay within GitHub's size limit._`] : []), ...list.map((s) => `\n<!-- mlops:run ${s.run} -->\n${s.text}`)].join('\n') + '\n';
  let dropped = 0;
  let text = render(sections, 0);
  while (text.length > limit && sections.length > 1) {
    sections = sections.slice(1);
    dropped++;
    text = render(sections, dropped);
  }
  return text;
}

/** The sections with this run's section added, or the same list when the run already wrote one (a rerun). */
export function withSection(sections: readonly AlertSection[], section: AlertSection): AlertSection[] {
  return sections.some((s) => s.run === section.run) ? [...sections] : [...sections, section];
}
