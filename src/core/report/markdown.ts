/** The Markdown channel: the sticky PR comment and the job summary, cut safely at GitHub's limits. */
import { sortFindings, type Finding } from '../finding.js';
import { escapeCell, escapeInline } from './escape.js';
import { blockPieces, rawTablePieces } from './markdown-blocks.js';
import type { Report } from './model.js';
import { fitPieces, type Omitted, type Piece } from './pieces.js';
import { countsText, groupDigits, plural, severityIcon, worst } from './status.js';

/** GitHub rejects issue and PR comment bodies longer than this many characters. */
export const COMMENT_MAX_CHARS = 65_536;
/** GitHub refuses a job summary larger than 1 MiB per step. */
export const SUMMARY_MAX_BYTES = 1024 * 1024;

export interface MarkdownOptions {
  /** Hidden marker on the first line (see marker.ts); sticky comments need one. */
  marker?: string;
  /** Cut the output to at most this many UTF-16 units (never fewer than GitHub's character count). */
  maxChars?: number;
  /** Cut the output to at most this many UTF-8 bytes (files such as the job summary). */
  maxBytes?: number;
  /** Links findings to their lines: the blob URL of the commit, e.g. `https://github.com/o/r/blob/<sha>`. */
  blobUrl?: string;
  /** Where the full report is when the output is cut (Markdown), e.g. a link to the run's job summary. */
  fullReport?: string;
}

/** Renders a report as GitHub-flavoured Markdown: status line, findings table, then the blocks. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const head = options.marker ? `${options.marker}\n` : '';
  const pieces: Piece[] = [
    { text: `## ${escapeInline(report.title)}\n\n` },
    { text: `${statusLine(report)}\n\n` },
    ...findingsPieces(report.findings, options.blobUrl),
    ...report.blocks.flatMap((b) => blockPieces(b)),
  ];
  const bytes = options.maxBytes !== undefined;
  const limit = bytes ? options.maxBytes! : (options.maxChars ?? Number.POSITIVE_INFINITY);
  const measure = bytes ? utf8Length : (t: string) => t.length;
  const { text } = fitPieces(pieces, {
    budget: limit - measure(head),
    measure,
    note: (o) => cutNote(o, limit, bytes ? 'bytes' : 'characters', options.fullReport),
  });
  return `${head}${text}`;
}

/** The status line: worst severity icon, counts, and the report's own summary. */
export function statusLine(report: Report): string {
  const level = worst(report.findings);
  const icon = level === 'ok' ? '✅' : severityIcon[level];
  const summary = report.summary ? ` · ${escapeInline(report.summary)}` : '';
  return `${icon} **${countsText(report.findings)}**${summary}`;
}

function findingsPieces(findings: readonly Finding[], blobUrl?: string): Piece[] {
  if (!findings.length) return [];
  const sorted = sortFindings(findings);
  const hints = sorted.some((f) => f.hint);
  const headers = ['', 'Location', 'Rule', 'Message', ...(hints ? ['Hint'] : [])];
  const rows = sorted.map((f) => [
    severityIcon[f.severity],
    locationCell(f, blobUrl),
    `\`${f.rule.replace(/[`|\\]/g, '')}\``,
    escapeCell(f.message),
    ...(hints ? [escapeCell(f.hint ?? '')] : []),
  ]);
  return rawTablePieces(headers, rows, 'finding');
}

function locationCell(f: Finding, blobUrl?: string): string {
  if (!f.file) return '—';
  const label = escapeCell(f.line ? `${f.file}:${f.line}` : f.file).replace(/[[\]]/g, '\\$&');
  if (!blobUrl) return label;
  const path = f.file.split('/').map(encodeURIComponent).join('/');
  const lines = f.line ? `#L${f.line}${f.endLine && f.endLine > f.line ? `-L${f.endLine}` : ''}` : '';
  return `[${label}](${blobUrl.replace(/\/+$/, '')}/${path}${lines})`;
}

function cutNote(o: Omitted, limit: number, unit: string, fullReport?: string): string {
  const parts = [
    o.findings ? plural(o.findings, 'finding') : '',
    o.blocks ? plural(o.blocks, 'section') : '',
  ].filter(Boolean);
  const what = parts.length
    ? `${parts.join(' and ')} (${groupDigits(o.size)} ${unit})`
    : `${groupDigits(o.size)} ${unit}`;
  const where = fullReport ?? 'the job summary and the JSON report of this run';
  return `\n> [!WARNING]\n> This report was cut to fit GitHub's limit of ${groupDigits(limit)} ${unit}: ${what} left out. The full report is in ${where}.\n`;
}

/** UTF-8 size of a string without allocating a buffer. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
