/** The demo's report page renders the comments users would see, and never lets a comment inject markup. */
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../harness/runner.js';

type Convert = (markdown: string) => string;
const load = async (): Promise<Convert> =>
  ((await import(pathToFileURL(path.join(repoRoot, 'scripts/demo/markdown.mjs')).href)) as { markdownToHtml: Convert }).markdownToHtml;

describe('the demo report', () => {
  it('renders headings, tables with escaped pipes, code and the details of a comment', async () => {
    const html = (await load())('<!-- mlops:CI:cards -->\n## Cards\n\n| a | b |\n| --- | --- |\n| `x\\|y` | **ok** |\n\n<details><summary>More</summary>\n\n```mermaid\npie\n```\n\n</details>\n');
    expect(html).not.toContain('mlops:CI:cards');
    expect(html).toContain('<h2>Cards</h2>');
    expect(html).toContain('<td><code>x|y</code></td><td><strong>ok</strong></td>');
    expect(html).toContain('<details><summary>More</summary>');
    expect(html).toContain('<pre class="mermaid">pie</pre>');
  });

  it('escapes any other HTML and drops links that are not http, anchors or relative', async () => {
    const html = (await load())('<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) [ok](https://example.com)');
    expect(html).not.toMatch(/<script|<img|href="javascript/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<a href="https://example.com">ok</a>');
  });
});
