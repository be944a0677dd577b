/** Report blocks as Markdown pieces (see pieces.ts): GFM tables, mermaid fences, <details>, code fences. */
import { defuseMarkers, escapeCell, escapeInline, fenceFor } from './escape.js';
import type { Block, Table } from './model.js';
import type { Piece } from './pieces.js';

const details = (summary: string): Piece => ({
  text: `<details><summary>${escapeInline(summary)}</summary>\n\n`,
  closer: '\n</details>\n\n',
  glue: true,
});
const endDetails: Piece = { text: '\n</details>\n\n', closes: true };

/** Pieces of one block; the first piece of a top-level block counts as a block when left out. */
export function blockPieces(block: Block, topLevel = true): Piece[] {
  const pieces = render(block);
  if (topLevel && pieces[0]) pieces[0] = { ...pieces[0], unit: pieces[0].unit ?? 'block' };
  return pieces;
}

function render(block: Block): Piece[] {
  switch (block.kind) {
    case 'heading':
      return [{ text: `${'#'.repeat(block.level ?? 3)} ${escapeInline(block.text)}\n\n`, glue: true }];
    case 'markdown':
      return markdownPieces(block.text);
    case 'table':
      return tablePieces(block.table);
    case 'chart':
      return [
        { text: fenced(block.mermaid, 'mermaid') },
        details('Chart data'),
        ...tablePieces(block.fallback),
        endDetails,
      ];
    case 'details':
      return [details(block.summary), ...block.blocks.flatMap((b) => blockPieces(b, false)), endDetails];
    case 'code':
      return codePieces(block.text, block.lang);
  }
}

/** A GFM table: the header sticks to the first row; each row is one piece. */
export function tablePieces(table: Table, unit?: Piece['unit']): Piece[] {
  const width = Math.max(table.headers.length, ...table.rows.map((r) => r.length), 1);
  const row = (cells: readonly string[]) =>
    `|${Array.from({ length: width }, (_, i) => ` ${escapeCell(cells[i] ?? '')} `).join('|')}|\n`;
  const rule = Array.from({ length: width }, (_, i) => alignRule(table.align?.[i])).join('|');
  return [
    { text: `${row(table.headers)}|${rule}|\n`, glue: table.rows.length > 0 },
    ...table.rows.map((r): Piece => ({ text: row(r), unit })),
    { text: '\n' },
  ];
}

/** A table whose cells are already Markdown (the findings table builds its links itself). */
export function rawTablePieces(headers: string[], rows: string[][], unit?: Piece['unit']): Piece[] {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |\n`;
  return [
    { text: `${line(headers)}|${headers.map(() => ' --- ').join('|')}|\n`, glue: rows.length > 0 },
    ...rows.map((r): Piece => ({ text: line(r), unit })),
    { text: '\n' },
  ];
}

function alignRule(align: 'left' | 'right' | 'center' | undefined): string {
  return align === 'right' ? ' ---: ' : align === 'center' ? ' :---: ' : ' --- ';
}

function fenced(text: string, lang: string): string {
  const fence = fenceFor(text);
  return `${fence}${lang}\n${text.replace(/\n$/, '')}\n${fence}\n\n`;
}

/** A code fence cut between lines: the fence is re-closed when a cut falls inside it. */
function codePieces(text: string, lang?: string): Piece[] {
  const fence = fenceFor(text);
  const info = (lang ?? '').replace(/[^A-Za-z0-9_+.-]/g, '');
  const lines = text.replace(/\n$/, '').split('\n');
  return [
    { text: `${fence}${info}\n`, closer: `${fence}\n\n`, glue: true },
    ...lines.map((line) => ({ text: `${line}\n` })),
    { text: `${fence}\n\n`, closes: true },
  ];
}

// HTML elements that commonly span blank lines in Markdown (CommonMark HTML blocks, type 6).
const containers = /<(\/?)(details|table|div|blockquote|ul|ol|pre|p)\b[^>]*>/gi;

/**
 * Free Markdown split into paragraphs at blank lines, but only where no code fence and no HTML
 * container is open, so a cut never leaves a fence or a tag unclosed.
 */
function markdownPieces(markdown: string): Piece[] {
  const pieces: Piece[] = [];
  let current: string[] = [];
  let fence: string | undefined;
  let depth = 0;
  for (const line of defuseMarkers(markdown).replace(/\r\n?/g, '\n').split('\n')) {
    const inCode = fence !== undefined;
    fence = nextFence(line, fence);
    if (!inCode && fence === undefined) depth = Math.max(0, depth + htmlBalance(line));
    if (line.trim() === '' && fence === undefined && depth === 0) {
      if (current.length) pieces.push({ text: `${current.join('\n')}\n\n` });
      current = [];
    } else current.push(line);
  }
  // An unclosed fence or tag in the input: keep the rest whole rather than guess where it ends.
  if (current.length) pieces.push({ text: `${current.join('\n')}${fence ? `\n${fence}` : ''}\n\n` });
  return pieces;
}

/** The fence open after `line`: ``` or ~~~ opens one, a bare run at least as long closes it (CommonMark §4.5). */
function nextFence(line: string, open: string | undefined): string | undefined {
  const run = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
  if (open === undefined) return run;
  const closes =
    run !== undefined && run[0] === open[0] && run.length >= open.length && /^ {0,3}[`~]+\s*$/.test(line);
  return closes ? undefined : open;
}

function htmlBalance(line: string): number {
  let balance = 0;
  for (const m of line.matchAll(containers)) balance += m[1] ? -1 : 1;
  return balance;
}
