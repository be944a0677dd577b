/** Reports for `experiment list|show|compare`, rendered by src/core/report for every channel. */
import type { Finding } from '../finding.js';
import type { Block, Report, Table } from '../report/model.js';
import type { ExperimentEntry } from './catalog.js';
import type { DiffRow, DirectionConfig } from './compare.js';
import { diffValues, directionOf, formatNumber, formatValue } from './compare.js';
import type { RecordStub } from './message.js';
import type { ExperimentRef } from './names.js';
import type { ExperimentRecord, Scalar } from './record.js';
import { asNumber } from './values.js';

/** The table of `experiment list`: name, type and UTC day, read from the names alone. */
export function refsReport(refs: readonly ExperimentRef[]): Report {
  const day = (d?: string) => (d ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}` : '?');
  return {
    purpose: 'experiments',
    title: 'Experiments',
    summary: `${refs.length} experiment${refs.length === 1 ? '' : 's'}`,
    findings: [],
    blocks: [
      {
        kind: 'table',
        table: {
          headers: ['name', 'type', 'day'],
          rows: refs.map((r) => [r.name, r.type ?? '?', day(r.day)]),
        },
      },
    ],
  };
}

/** The table of `experiment list --long`: with tag date, commit and summary (reads every tag object). */
export function listReport(entries: readonly ExperimentEntry[]): Report {
  const rows = entries.map((e) => [
    e.name,
    e.type ?? '?',
    e.date,
    e.commit.slice(0, 12),
    e.summary.replace(/^\S+: /, ''),
  ]);
  return {
    purpose: 'experiments',
    title: 'Experiments',
    summary: `${entries.length} experiment${entries.length === 1 ? '' : 's'}`,
    findings: [],
    blocks: [{ kind: 'table', table: { headers: ['name', 'type', 'date', 'commit', 'summary'], rows } }],
  };
}

const kv = (map: Record<string, Scalar>): Table => ({
  headers: ['name', 'value'],
  rows: Object.entries(map).map(([k, v]) => [k, formatValue(v)]),
});

/** The report of `experiment show`: every part of the record as tables. */
export function showReport(record: ExperimentRecord | RecordStub, findings: Finding[] = []): Report {
  const blocks: Block[] = [{ kind: 'markdown', text: codeLine(record) }];
  if ('truncated' in record) {
    blocks.push({
      kind: 'markdown',
      text: `The tag holds a digest only; the full record is the release asset \`${record.record.asset}\` (sha256 ${record.record.sha256}).`,
    });
    if (record.metrics)
      blocks.push(
        { kind: 'heading', text: 'Metrics', level: 3 },
        { kind: 'table', table: kv(record.metrics) },
      );
    return {
      purpose: 'experiments',
      title: `Experiment ${record.name}`,
      summary: `${record.type} experiment`,
      findings,
      blocks,
    };
  }
  blocks.push({ kind: 'heading', text: 'Metrics', level: 3 }, { kind: 'table', table: kv(record.metrics) });
  blocks.push({ kind: 'heading', text: 'Params', level: 3 }, { kind: 'table', table: kv(record.params) });
  const files = (title: string, rows: string[][]) =>
    rows.length
      ? [
          { kind: 'heading', text: title, level: 3 } as Block,
          { kind: 'table', table: { headers: ['name', 'path', 'sha256', 'bytes'], rows } } as Block,
        ]
      : [];
  blocks.push(
    ...files(
      'Datasets',
      record.datasets.flatMap((d) =>
        d.files.map((f) => [
          `${d.name}${d.version ? `@${d.version}` : ''}`,
          f.path,
          f.sha256 ?? (f.md5 ? `md5:${f.md5}` : '-'),
          f.bytes === undefined ? '-' : String(f.bytes),
        ]),
      ),
    ),
  );
  blocks.push(
    ...files(
      'Artifacts',
      record.artifacts.map((a) => ['', a.uri ?? a.path, a.sha256, String(a.bytes)]),
    ),
  );
  const env = record.environment;
  const runtimes = Object.entries(env.runtimes)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  blocks.push({
    kind: 'details',
    summary: 'Environment',
    blocks: [
      {
        kind: 'markdown',
        text: `${env.os.platform} ${env.os.release} (${env.os.arch}); ${runtimes}; runner: ${env.runner.kind}${env.runner.name ? ` ${env.runner.name}` : ''}; seeds: ${record.seeds.join(', ') || 'none'}`,
      },
      {
        kind: 'table',
        table: {
          headers: ['lockfile', 'sha256', 'bytes'],
          rows: env.lockfiles.map((l) => [l.path, l.sha256, String(l.bytes)]),
        },
      },
    ],
  });
  return {
    purpose: 'experiments',
    title: `Experiment ${record.name}`,
    summary: `${record.type} experiment by ${record.author.name} at ${record.created}`,
    findings,
    blocks,
  };
}

function codeLine(record: ExperimentRecord | RecordStub): string {
  const dirty = record.code.dirty ? ` (dirty, diff sha256 ${record.code.diffSha256 ?? '?'})` : '';
  return `Commit \`${record.code.commit.slice(0, 12)}\`${dirty}, created ${record.created}.`;
}

/** An experiment taking part in a comparison. */
export interface Compared {
  name: string;
  params: Record<string, Scalar>;
  metrics: Record<string, Scalar>;
}

/** What `experiment compare` shows: candidate vs baseline, and key metrics over recent experiments. */
export interface CompareInput {
  candidate: Compared;
  baseline: Compared;
  /** How the baseline was chosen: an experiment name, `main` or `production`. */
  baselineLabel: string;
  /** Recent experiments of the candidate's type, oldest first, for the chart. */
  history: Compared[];
  directions: DirectionConfig;
}

const SIGN = {
  better: '✅ better',
  worse: '❌ worse',
  same: 'same',
  changed: 'changed',
  added: 'added',
  removed: 'removed',
} as const;

function diffTable(rows: DiffRow[], baseline: string, candidate: string): Table {
  return {
    headers: ['name', baseline, candidate, 'change', 'relative', ''],
    align: ['left', 'right', 'right', 'right', 'right', 'left'],
    rows: rows.map((r) => [
      r.name,
      formatValue(r.baseline),
      formatValue(r.candidate),
      r.change === undefined ? '-' : `${r.change > 0 ? '+' : ''}${formatNumber(r.change)}`,
      r.relative === undefined ? '-' : `${r.relative > 0 ? '+' : ''}${(r.relative * 100).toFixed(2)}%`,
      SIGN[r.verdict],
    ]),
  };
}

/** The key metrics: the configured ones present in the candidate, else its first three numeric ones. */
export function keyMetrics(candidate: Compared, directions: DirectionConfig, max = 3): string[] {
  const numeric = Object.keys(candidate.metrics).filter((k) => asNumber(candidate.metrics[k]) !== undefined);
  const configured = numeric.filter((k) => directions[k] !== undefined);
  const known = numeric.filter((k) => directionOf(k, directions) !== undefined);
  return [...new Set([...configured, ...known, ...numeric])].slice(0, max);
}

/** A mermaid xychart of one metric over the history; the table fallback holds the same numbers. */
export function historyChart(history: Compared[], metrics: string[]): Block | undefined {
  if (history.length < 2 || metrics.length === 0) return undefined;
  const label = (s: string) => JSON.stringify(s.replaceAll('"', "'"));
  const lines = metrics.map(
    (m) => `  line [${history.map((h) => formatNumber(asNumber(h.metrics[m]) ?? 0)).join(', ')}]`,
  );
  const mermaid = [
    'xychart-beta',
    `  title ${label(`${metrics.join(', ')} over the last ${history.length} experiments`)}`,
    `  x-axis [${history.map((h, i) => label(String(i + 1))).join(', ')}]`,
    ...lines,
  ].join('\n');
  const fallback: Table = {
    headers: ['#', 'experiment', ...metrics],
    rows: history.map((h, i) => [String(i + 1), h.name, ...metrics.map((m) => formatValue(h.metrics[m]))]),
  };
  return { kind: 'chart', mermaid, fallback };
}

/** The report of `experiment compare` and of the compare-experiments action. */
export function compareReport(input: CompareInput): Report {
  const { candidate, baseline, directions } = input;
  const metrics = diffValues(baseline.metrics, candidate.metrics, directions);
  const params = diffValues(baseline.params, candidate.params).filter((r) => r.verdict !== 'same');
  const worse = metrics.filter((r) => r.verdict === 'worse');
  const better = metrics.filter((r) => r.verdict === 'better');
  const blocks: Block[] = [
    { kind: 'markdown', text: `\`${candidate.name}\` against ${input.baselineLabel} \`${baseline.name}\`.` },
    { kind: 'heading', text: 'Metrics', level: 3 },
    { kind: 'table', table: diffTable(metrics, baseline.name, candidate.name) },
    { kind: 'heading', text: 'Params', level: 3 },
    params.length
      ? { kind: 'table', table: diffTable(params, baseline.name, candidate.name) }
      : { kind: 'markdown', text: 'No params changed.' },
  ];
  const chart = historyChart(input.history, keyMetrics(candidate, directions));
  if (chart) blocks.push({ kind: 'heading', text: 'Key metrics over recent experiments', level: 3 }, chart);
  return {
    purpose: 'experiments',
    title: `Experiment ${candidate.name} vs ${baseline.name}`,
    summary: `${better.length} metric${better.length === 1 ? '' : 's'} better, ${worse.length} worse, ${params.length} param${params.length === 1 ? '' : 's'} changed`,
    findings: worse.map((r) => ({
      rule: 'experiment/metric-regressed',
      severity: 'notice' as const,
      message: `${r.name} is worse than ${baseline.name}: ${formatValue(r.baseline)} → ${formatValue(r.candidate)}`,
    })),
    blocks,
  };
}

/** How a record run ended, for the report of `experiment record`. */
export interface RecordStatus {
  status: 'created' | 'exists';
  truncated: boolean;
  pushed: boolean;
  releaseUrl?: string;
  /** True when the release had to be created, completed or published. */
  repaired: boolean;
  findings: Finding[];
}

/** The report of `experiment record`. */
export function experimentReport(record: ExperimentRecord, s: RecordStatus): Report {
  const what =
    s.status === 'created'
      ? `Recorded as tag \`exp/${record.name}\``
      : `Already recorded as tag \`exp/${record.name}\` (nothing new)`;
  const lines = [
    `${what}${s.pushed ? ', pushed' : ''}.`,
    s.truncated
      ? 'The record is over the tag message limit: the tag holds its digest, the release asset `experiment.json` holds it in full.'
      : '',
    s.releaseUrl
      ? `Release: ${s.releaseUrl}${s.status === 'exists' && s.repaired ? ' (completed now)' : ''}`
      : '',
  ].filter(Boolean);
  return {
    purpose: 'experiments',
    title: `Experiment ${record.name}`,
    summary: `${record.type} experiment, ${Object.keys(record.metrics).length} metrics, ${record.artifacts.length} artifacts`,
    findings: s.findings,
    blocks: [
      { kind: 'markdown', text: lines.join('\n') },
      { kind: 'heading', text: 'Metrics', level: 3 },
      { kind: 'table', table: kv(record.metrics) },
    ],
  };
}
