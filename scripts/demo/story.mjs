// The demo's narrator: prints each step of the lifecycle with what a user would see (comments, job
// summaries, issues, command output) and keeps it all for the browsable report (Markdown and HTML).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { markdownToHtml } from './markdown.mjs';

const tty = process.stdout.isTTY;
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paint = (code, text) => (tty ? `\x1b[${code}m${text}\x1b[0m` : text);

export class Story {
  entries = [];
  step = 0;
  started = Date.now();
  skipped = [];

  /** A new step of the lifecycle. */
  chapter(title) {
    this.step += 1;
    this.entries.push({ kind: 'chapter', title: `${this.step}. ${title}` });
    process.stdout.write(`\n${paint('1;36', `━━ ${this.step}. ${title}`)}\n`);
  }

  /** One line of narration. */
  say(text) {
    this.entries.push({ kind: 'say', text });
    process.stdout.write(`   ${text}\n`);
  }

  /** What a user sees on GitHub or in a terminal: a comment, a summary, an issue, command output. */
  show(title, markdown, { lines = 40, code = false } = {}) {
    const text = markdown.trim();
    this.entries.push({ kind: 'show', title, text, code });
    const all = text.split('\n');
    const shown = all.slice(0, lines).map((l) => `   ${paint('2', '│')} ${l}`);
    if (all.length > lines) shown.push(`   ${paint('2', '│')} … ${all.length - lines} more lines in the report`);
    process.stdout.write(`   ${paint('1', title)}\n${shown.join('\n')}\n`);
  }

  /** A step that could not run (a capability not built yet): said plainly, never faked. */
  skip(what, reason) {
    this.skipped.push(what);
    this.entries.push({ kind: 'skip', text: `Skipped: ${what} (${reason})` });
    process.stdout.write(`   ${paint('33', `⏭  skipped: ${what} (${reason})`)}\n`);
  }

  /** A result that is not what the story expects. */
  problem(text) {
    this.entries.push({ kind: 'problem', text });
    process.stdout.write(`   ${paint('31', `✗ ${text}`)}\n`);
  }

  seconds() {
    return ((Date.now() - this.started) / 1000).toFixed(1);
  }

  markdown() {
    const parts = ['# GitOps MLOps: the whole lifecycle of examples/churn', '', `Played by \`npm run demo\` against the local GitHub API emulator in ${this.seconds()} s.`, ''];
    for (const e of this.entries) {
      if (e.kind === 'chapter') parts.push(`## ${e.title}`, '');
      else if (e.kind === 'say') parts.push(e.text, '');
      else if (e.kind === 'skip') parts.push(`> ⏭ ${e.text}`, '');
      else if (e.kind === 'problem') parts.push(`> ✗ ${e.text}`, '');
      else if (e.code) parts.push(`<details open><summary>${e.title}</summary>`, '', '```text', e.text, '```', '', '</details>', '');
      else parts.push(`<details open><summary>${e.title}</summary>`, '', e.text.split('\n').map((l) => `> ${l}`).join('\n'), '', '</details>', '');
    }
    return parts.join('\n');
  }

  html() {
    const body = this.entries
      .map((e) => {
        if (e.kind === 'chapter') return `<h2>${escapeHtml(e.title)}</h2>`;
        if (e.kind === 'say') return markdownToHtml(e.text);
        if (e.kind === 'skip' || e.kind === 'problem') return `<p class="${e.kind}">${markdownToHtml(e.text).replace(/^<p>|<\/p>$/g, '')}</p>`;
        const content = e.code ? `<pre>${escapeHtml(e.text)}</pre>` : markdownToHtml(e.text);
        return `<details open class="seen"><summary>${escapeHtml(e.title)}</summary><div class="card">${content}</div></details>`;
      })
      .join('\n');
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>GitOps MLOps demo</title><style>
body{font:15px/1.5 system-ui,sans-serif;max-width:980px;margin:2em auto;padding:0 1em;color:#1f2328}
h2{border-bottom:1px solid #d0d7de;padding-bottom:.3em;margin-top:2em}
.seen>summary{font-weight:600;cursor:pointer;margin:.6em 0}.card{border:1px solid #d0d7de;border-radius:6px;padding:.2em 1em;background:#f6f8fa}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #d0d7de;padding:.2em .6em;text-align:left}
pre{background:#eef1f4;padding:.6em;overflow:auto}code{background:#eef1f4;padding:0 .2em;border-radius:3px}
.skip{color:#9a6700}.problem{color:#cf222e}blockquote{border-left:3px solid #d0d7de;margin:0;padding-left:1em;color:#57606a}
</style></head><body><h1>GitOps MLOps: the whole lifecycle of examples/churn</h1>
<p>Played by <code>npm run demo</code> against the local GitHub API emulator in ${this.seconds()} s.</p>
${body}</body></html>\n`;
  }

  /** Writes report.md and index.html into `dir`; returns the HTML path. */
  write(dir) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'report.md'), this.markdown());
    writeFileSync(path.join(dir, 'index.html'), this.html());
    return path.join(dir, 'index.html');
  }
}
