/** The terminal channel: compiler-style finding lines (clickable in editors) and plain-text blocks. */
import { sortFindings, type Severity } from '../finding.js';
import type { Block, Report, Table } from './model.js';
import { countsText, location } from './status.js';

export interface TextOptions {
  /** ANSI colours (for a TTY that did not ask for NO_COLOR). */
  color?: boolean;
}

type Style = 'bold' | 'dim' | Severity;
const ansi: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  error: [31, 39],
  warning: [33, 39],
  notice: [36, 39],
};

/** Renders a report for a terminal: title, status, one `file:line:col: severity: message [rule]` per finding, blocks. */
export function renderText(report: Report, options: TextOptions = {}): string {
  const paint = (style: Style, text: string) =>
    options.color ? `\x1b[${ansi[style][0]}m${text}\x1b[${ansi[style][1]}m` : text;
  const out: string[] = [
    paint('bold', report.title),
    `${countsText(report.findings)}${report.summary ? ` · ${report.summary}` : ''}`,
    '',
  ];
  for (const f of sortFindings(report.findings)) {
    const where = location(f);
    out.push(
      `${where ? `${where}: ` : ''}${paint(f.severity, f.severity)}: ${f.message} ${paint('dim', `[${f.rule}]`)}`,
    );
    if (f.hint) out.push(`  ${paint('dim', `hint: ${f.hint}`)}`);
  }
  if (report.findings.length) out.push('');
  for (const block of report.blocks) out.push(...blockLines(block, (t) => paint('bold', t)), '');
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function blockLines(block: Block, bold: (t: string) => string): string[] {
  switch (block.kind) {
    case 'heading':
      return [bold(block.text)];
    case 'markdown':
      return block.text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
    case 'table':
      return tableLines(block.table);
    case 'chart':
      // Terminals cannot draw mermaid: the chart's data table stands in for it.
      return tableLines(block.fallback);
    case 'details':
      return [
        bold(block.summary),
        ...block.blocks
          .flatMap((b) => [...blockLines(b, bold), ''])
          .slice(0, -1)
          .map((l) => (l ? `  ${l}` : l)),
      ];
    case 'code':
      return block.text
        .replace(/\n$/, '')
        .split('\n')
        .map((l) => `    ${l}`);
  }
}

/** A table with columns padded to their widest cell and numbers aligned as asked. */
export function tableLines(table: Table): string[] {
  // One pass for the widths and one for the lines: `experiment list` renders 10,000 rows.
  const rows = [table.headers, ...table.rows].map((r) => r.map((c) => (c.includes('\n') ? c.replace(/\s*\r?\n\s*/g, ' ') : c)));
  const widths: number[] = [];
  for (const r of rows)
    for (let i = 0; i < r.length; i++) widths[i] = Math.max(widths[i] ?? 0, codePoints(r[i] ?? ''));
  const line = (r: string[]) => {
    let out = '';
    for (let i = 0; i < widths.length; i++) out += (i ? '  ' : '') + pad(r[i] ?? '', widths[i] ?? 0, table.align?.[i]);
    return out.trimEnd();
  };
  const lines = [line(rows[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (let i = 1; i < rows.length; i++) lines.push(line(rows[i] ?? []));
  return lines;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Characters as a terminal counts them (code points, not UTF-16 units). */
function codePoints(text: string): number {
  return SURROGATE.test(text) ? [...text].length : text.length;
}

function pad(text: string, width: number, align?: 'left' | 'right' | 'center'): string {
  const gap = width - codePoints(text);
  if (align === 'right') return ' '.repeat(gap) + text;
  if (align === 'center') return ' '.repeat(Math.floor(gap / 2)) + text + ' '.repeat(Math.ceil(gap / 2));
  return text + ' '.repeat(gap);
}
