import { describe, expect, it } from '@jest/globals';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Finding } from '../../../src/core/finding.js';
import { COMMENT_MAX_CHARS, renderMarkdown, utf8Length } from '../../../src/core/report/markdown.js';
import type { Block, Report } from '../../../src/core/report/model.js';

const manyFindings = (n: number): Finding[] =>
  Array.from({ length: n }, (_, i) => ({
    rule: 'card/placeholder',
    severity: i % 3 === 0 ? 'error' : 'warning',
    message: `placeholder '[More Information Needed]' left in section ${i} ${'x'.repeat(i % 90)}`,
    file: `models/m${i % 40}/MODEL_CARD.md`,
    line: i + 1,
    hint: 'write the section or delete it',
  }));

const mermaid = 'xychart-beta\n  title "auc by run"\n  x-axis [a, b, c]\n  bar [0.81, 0.84, 0.86]';
const code = Array.from({ length: 60 }, (_, i) => `line ${i}: value = ${i * 7}`).join('\n');
const table = (rows: number) => ({
  headers: ['column', 'type', 'nulls'],
  rows: Array.from({ length: rows }, (_, i) => [`col_${i}`, 'float', `${i}%`]),
});

/** A report with every kind of block, so that a cut can land on each of them. */
const mixedReport = (): Report => ({
  purpose: 'check',
  title: 'Data check',
  findings: manyFindings(30),
  blocks: [
    { kind: 'heading', text: 'Drift' },
    { kind: 'chart', mermaid, fallback: table(12) },
    { kind: 'table', table: table(25) },
    {
      kind: 'details',
      summary: 'Profile',
      blocks: [
        { kind: 'table', table: table(20) },
        { kind: 'code', text: code, lang: 'yaml' },
      ],
    },
    {
      kind: 'markdown',
      text: 'Some text.\n\n```js\nconst a = 1;\n\nconst b = 2;\n```\n\n<details><summary>raw</summary>\n\nhidden\n\n</details>\n\nThe end.',
    },
    { kind: 'code', text: code },
  ] satisfies Block[],
});

/** Checks that a cut report is well-formed: whole lines, whole fences, balanced details, within the limit. */
function expectWellFormed(cut: string, full: string, limit: number) {
  expect(cut.length).toBeLessThanOrEqual(limit);
  const fullLines = new Set(full.split('\n'));
  const note = cut.indexOf('\n> [!WARNING]');
  const body = note >= 0 ? cut.slice(0, note) : cut;
  for (const line of body.split('\n')) expect(fullLines.has(line)).toBe(true);
  expect(body.match(/<details>/g)?.length ?? 0).toBe(body.match(/<\/details>/g)?.length ?? 0);
  const fences = collectCode(fromMarkdown(cut));
  for (const node of fences) {
    if (node.lang === 'mermaid') expect(node.value).toBe(mermaid);
    else if (node.lang === 'js') expect(node.value).toBe('const a = 1;\n\nconst b = 2;');
    else expect(`${code}\n`.startsWith(`${node.value}\n`)).toBe(true);
  }
  // Every fence closed: the note itself is outside any code block.
  if (note >= 0) expect(fences.every((n) => !n.value.includes('[!WARNING]'))).toBe(true);
}

type CodeNode = { lang?: string | null; value: string };
function collectCode(node: unknown): CodeNode[] {
  const n = node as { type?: string; children?: unknown[] } & CodeNode;
  if (n.type === 'code') return [n];
  return (n.children ?? []).flatMap(collectCode);
}

describe('cutting a report at GitHub limits', () => {
  it('cuts a report far above the comment limit between findings rows and says how many were left out', () => {
    const r: Report = { purpose: 'check', title: 'Cards', findings: manyFindings(5000), blocks: [] };
    const full = renderMarkdown(r);
    const cut = renderMarkdown(r, {
      maxChars: COMMENT_MAX_CHARS,
      fullReport: '[the job summary](https://example.test/run/1)',
    });
    expect(full.length).toBeGreaterThan(8 * COMMENT_MAX_CHARS);
    expectWellFormed(cut, full, COMMENT_MAX_CHARS);
    const shown = cut.split('\n').filter((l) => /^\| (❌|⚠️) /.test(l)).length;
    const left = Number(/(\d[\d,]*) findings/.exec(cut)?.[1]?.replace(/,/g, ''));
    expect(shown + left).toBe(5000);
    expect(cut).toContain("cut to fit GitHub's limit of 65,536 characters");
    expect(cut).toContain('The full report is in [the job summary](https://example.test/run/1).');
  });

  it('stays well-formed wherever the limit falls: rows, fences, details and markdown', () => {
    const r = mixedReport();
    const full = renderMarkdown(r);
    for (let limit = 600; limit < full.length + 50; limit += 23) {
      const cut = renderMarkdown(r, { maxChars: limit });
      expectWellFormed(cut, full, limit);
      if (limit >= full.length) expect(cut).toBe(full);
    }
  });

  it('keeps the marker first even when almost nothing fits', () => {
    const cut = renderMarkdown(mixedReport(), { marker: '<!-- mlops:CI:check -->', maxChars: 500 });
    expect(cut.startsWith('<!-- mlops:CI:check -->\n')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(500);
    expect(cut).toContain('left out');
  });

  it('never ends on a heading or a table header without what follows', () => {
    const r = mixedReport();
    const full = renderMarkdown(r);
    for (let limit = 600; limit < full.length; limit += 11) {
      const body = renderMarkdown(r, { maxChars: limit })
        .split('\n> [!WARNING]')[0]!
        .replace(/\n+(<\/details>\n*|`{3,}\n*)*$/, '');
      const last = body.split('\n').at(-1)!;
      expect(last.startsWith('#')).toBe(false);
      expect(/^\|( -{3,}:? \|)+$/.test(last) || /^\|( :?-{3,}:? \|)+$/.test(last)).toBe(false);
    }
  });

  it('measures bytes for files, where emoji count four', () => {
    const r: Report = { purpose: 'check', title: 'Cards', findings: manyFindings(3000), blocks: [] };
    const cut = renderMarkdown(r, { maxBytes: 100_000 });
    expect(utf8Length(cut)).toBeLessThanOrEqual(100_000);
    expect(Buffer.byteLength(cut)).toBe(utf8Length(cut));
    expect(cut).toContain('100,000 bytes');
  });
});
