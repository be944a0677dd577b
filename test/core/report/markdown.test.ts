import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../../src/core/finding.js';
import { renderMarkdown, statusLine } from '../../../src/core/report/markdown.js';
import { commentMarker } from '../../../src/core/report/marker.js';
import type { Report } from '../../../src/core/report/model.js';

const finding = (over: Partial<Finding> = {}): Finding => ({
  rule: 'config/unknown-key',
  severity: 'error',
  message: "unknown key 'stgaes'",
  file: '.github/mlops.yml',
  line: 3,
  ...over,
});

const report = (over: Partial<Report> = {}): Report => ({
  purpose: 'check',
  title: 'MLOps check',
  findings: [],
  blocks: [],
  ...over,
});

describe('renderMarkdown', () => {
  it('puts the marker on the first line and the status under the title', () => {
    const md = renderMarkdown(report({ findings: [finding(), finding({ severity: 'warning' })] }), {
      marker: commentMarker('CI', 'check'),
    });
    const lines = md.split('\n');
    expect(lines[0]).toBe('<!-- mlops:CI:check -->');
    expect(lines[1]).toBe('## MLOps check');
    expect(lines[3]).toBe('❌ **1 error, 1 warning**');
  });

  it('says there are no findings with a check mark', () => {
    expect(statusLine(report({ summary: '2 models' }))).toBe('✅ **no findings** · 2 models');
  });

  it('links each finding to its lines at the given commit', () => {
    const md = renderMarkdown(
      report({ findings: [finding({ file: 'models/a b/MODEL_CARD.md', line: 10, endLine: 12 })] }),
      {
        blobUrl: 'https://github.com/o/r/blob/abc123/',
      },
    );
    expect(md).toContain(
      '[models/a b/MODEL_CARD.md:10](https://github.com/o/r/blob/abc123/models/a%20b/MODEL_CARD.md#L10-L12)',
    );
  });

  it('keeps a hostile message inside its table row', () => {
    const hostile = finding({
      message: 'a | b\nsecond line <details> <!-- mlops:CI:check --> @octocat',
      hint: 'use `x|y`',
    });
    const md = renderMarkdown(report({ findings: [hostile] }));
    const rows = md.split('\n').filter((l) => l.startsWith('| ❌'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(
      'a \\| b<br>second line &lt;details&gt; &lt;!-- mlops:CI:check --&gt; @\u200boctocat',
    );
    expect(rows[0]).toContain('use `x\\|y`');
    expect(md).not.toContain('<details>');
  });

  it('shows a chart as a mermaid fence followed by its data table in a details element', () => {
    const md = renderMarkdown(
      report({
        blocks: [
          {
            kind: 'chart',
            mermaid: 'xychart-beta\n  bar [1, 2]',
            fallback: { headers: ['run', 'auc'], rows: [['a', '0.9']], align: ['left', 'right'] },
          },
        ],
      }),
    );
    expect(md).toContain(
      '```mermaid\nxychart-beta\n  bar [1, 2]\n```\n\n<details><summary>Chart data</summary>\n\n| run | auc |\n| --- | ---: |\n| a | 0.9 |\n',
    );
    expect(md).toContain('</details>');
  });

  it('fences code with more backticks than the code contains', () => {
    const md = renderMarkdown(report({ blocks: [{ kind: 'code', text: 'a\n```\nb', lang: 'yaml' }] }));
    expect(md).toContain('````yaml\na\n```\nb\n````\n');
  });

  it('defuses our marker inside embedded markdown', () => {
    const md = renderMarkdown(
      report({ blocks: [{ kind: 'markdown', text: 'quoted:\n<!-- mlops:CI:check -->' }] }),
    );
    expect(md).not.toContain('<!-- mlops:CI:check -->');
  });
});
