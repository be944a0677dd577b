/**
 * The annotation channel, planned here without I/O: which findings become `::error`/`::warning`/
 * `::notice` workflow commands within GitHub's limits, and the exact command text the runner reads.
 */
import { countFindings, sortFindings, type Finding, type Severity } from '../finding.js';
import { plural } from './status.js';

/** The properties of an annotation, named as @actions/core's `AnnotationProperties`. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface Annotation {
  level: Severity;
  message: string;
  properties: AnnotationProperties;
}

/** How many annotations of each level one step may show, and how many in all. */
export interface AnnotationLimits {
  error: number;
  warning: number;
  notice: number;
  total: number;
}

/** GitHub shows at most 10 error, 10 warning and 10 notice annotations per step, and 50 per job. */
export const GITHUB_ANNOTATION_LIMITS: AnnotationLimits = { error: 10, warning: 10, notice: 10, total: 50 };

export interface AnnotationPlan {
  /** In the order to emit: the most severe findings first, then the notice summarising the rest. */
  annotations: Annotation[];
  /** Findings per level left out of the annotations (they stay in the summary, comment and JSON). */
  omitted: Record<Severity, number>;
}

/** Chooses the annotations: the first findings by severity within the limits, the rest summarised in one notice. */
export function planAnnotations(
  findings: readonly Finding[],
  limits: AnnotationLimits = GITHUB_ANNOTATION_LIMITS,
  where = 'the job summary',
): AnnotationPlan {
  const sorted = sortFindings(findings);
  let caps = limits;
  let chosen = choose(sorted, caps);
  const summarise = chosen.length < sorted.length && limits.notice > 0 && limits.total > 0;
  if (summarise) {
    // One notice slot (and one of the job's) is kept for the summary of what is left out.
    caps = { ...limits, notice: limits.notice - 1, total: limits.total - 1 };
    chosen = choose(sorted, caps);
  }
  const shown = countFindings(chosen);
  const all = countFindings(sorted);
  const omitted = {
    error: all.error - shown.error,
    warning: all.warning - shown.warning,
    notice: all.notice - shown.notice,
  };
  const annotations = chosen.map(toAnnotation);
  if (summarise)
    annotations.push({
      level: 'notice',
      message: omittedMessage(omitted, where),
      properties: { title: 'More findings' },
    });
  return { annotations, omitted };
}

function choose(sorted: readonly Finding[], caps: AnnotationLimits): Finding[] {
  const taken: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const out: Finding[] = [];
  for (const f of sorted) {
    if (out.length >= caps.total) break;
    if (taken[f.severity] >= caps[f.severity]) continue;
    taken[f.severity]++;
    out.push(f);
  }
  return out;
}

function omittedMessage(omitted: Record<Severity, number>, where: string): string {
  const total = omitted.error + omitted.warning + omitted.notice;
  const parts = (['error', 'warning', 'notice'] as const)
    .filter((s) => omitted[s])
    .map((s) => plural(omitted[s], s));
  return `${plural(total, 'more finding')} (${parts.join(', ')}) not shown as annotations: GitHub shows at most 10 of each level per step. All findings are in ${where}.`;
}

/** One finding as an annotation: the rule is the title, the hint follows the message. */
export function toAnnotation(f: Finding): Annotation {
  const properties: AnnotationProperties = { title: f.rule };
  if (f.file) {
    properties.file = f.file;
    if (f.line) {
      properties.startLine = f.line;
      if (f.endLine) properties.endLine = f.endLine;
      // GitHub ignores columns on an annotation that spans several lines (@actions/core's AnnotationProperties).
      if (f.column && (!f.endLine || f.endLine === f.line)) {
        properties.startColumn = f.column;
        if (f.endColumn) properties.endColumn = f.endColumn;
      }
    }
  }
  return { level: f.severity, message: f.hint ? `${f.message}\nhint: ${f.hint}` : f.message, properties };
}

/** The workflow command lines for the findings, exactly as @actions/core's `error/warning/notice` write them. */
export function toAnnotations(
  findings: readonly Finding[],
  limits: AnnotationLimits = GITHUB_ANNOTATION_LIMITS,
): string[] {
  return planAnnotations(findings, limits).annotations.map(annotationCommand);
}

/** `::error title=..,file=..,line=..::message`, properties in @actions/core's order (toCommandProperties). */
export function annotationCommand(a: Annotation): string {
  const p = a.properties;
  const props: Array<[string, string | number | undefined]> = [
    ['title', p.title],
    ['file', p.file],
    ['line', p.startLine],
    ['endLine', p.endLine],
    ['col', p.startColumn],
    ['endColumn', p.endColumn],
  ];
  const list = props.filter(([, v]) => v).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${a.level}${list.length ? ` ${list.join(',')}` : ''}::${escapeData(a.message)}`;
}

/** The runner's escaping of a command's message (actions/toolkit packages/core/src/command.ts). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The runner's escaping of a command property value: as data, plus `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
