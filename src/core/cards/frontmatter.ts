/**
 * Splits a card into YAML front matter and Markdown body with Hugging Face's semantics: huggingface_hub
 * `repocard.py` (`REGEX_YAML_BLOCK = ^(\s*---[\r\n]+)([\S\s]*?)([\r\n]+---(\r\n|\n|$))`, "exact same regex
 * as in the Hub server"). Implemented as a linear scan rather than that regex, because the lazy group
 * followed by `[\r\n]+` backtracks quadratically on long runs of blank lines.
 */
import type { Finding } from '../finding.js';

export interface FrontMatterSplit {
  /** False when the card has no front matter block (Hub: metadata is then `{}`). */
  found: boolean;
  /** The YAML between the delimiters ('' when absent or empty). */
  yaml: string;
  /** 1-based card line of the first line of `yaml`. */
  yamlLine: number;
  /** The Markdown after the closing delimiter (the whole text when no block was found). */
  body: string;
  /** 1-based card line of the first line of `body`. */
  bodyLine: number;
  /** Notices about delimiters that look like front matter but are not recognised, or are unusual. */
  findings: Finding[];
}

/** Splits LF-normalised card text (see decodeCardText) into front matter and body. */
export function splitFrontMatter(text: string, file: string): FrontMatterSplit {
  const lead = /^\s*/.exec(text)?.[0].length ?? 0;
  const opener = lead;
  const none: FrontMatterSplit = { found: false, yaml: '', yamlLine: 1, body: text, bodyLine: 1, findings: [] };
  if (!text.startsWith('---\n', opener)) return { ...none, findings: lookalikes(text, opener, file) };
  const yamlStart = opener + 4;
  const close = findCloser(text, yamlStart - 1);
  if (!close) {
    return {
      ...none,
      findings: [
        {
          rule: 'card/front-matter-unclosed',
          severity: 'warning',
          message: 'front matter opened with `---` is never closed by a `---` line, so it is read as Markdown',
          file,
          line: lineAt(text, opener),
          hint: 'close the YAML block with a line that is exactly `---` (no leading spaces)',
        },
      ],
    };
  }
  const findings: Finding[] = [];
  if (lead > 0) {
    findings.push({
      rule: 'card/front-matter-not-at-start',
      severity: 'notice',
      message: 'front matter does not start at the first byte (blank lines or spaces before `---`)',
      file,
      line: 1,
      hint: 'the Hub accepts it, but GitHub and most static-site tools only read front matter at byte 0: remove the leading blank lines',
    });
  }
  return {
    found: true,
    yaml: text.slice(yamlStart, close.yamlEnd),
    yamlLine: lineAt(text, yamlStart),
    body: text.slice(close.bodyStart),
    bodyLine: lineAt(text, close.bodyStart),
    findings,
  };
}

/**
 * The earliest `\n+---(\n|$)` that starts at or after `from` (the newline ending the opener line):
 * the run of newlines before `---` belongs to the delimiter, as in the Hub's regex.
 */
function findCloser(text: string, from: number): { yamlEnd: number; bodyStart: number } | undefined {
  let at = text.indexOf('\n---', from + 1);
  while (at >= 0) {
    const after = at + 4;
    if (after === text.length || text[after] === '\n') {
      let runStart = at;
      while (runStart > from && text[runStart - 1] === '\n') runStart--;
      return { yamlEnd: runStart, bodyStart: Math.min(text.length, after + 1) };
    }
    at = text.indexOf('\n---', at + 1);
  }
  return undefined;
}

/** Delimiters the Hub does not recognise but an author meant as front matter (e.g. `----`). */
function lookalikes(text: string, at: number, file: string): Finding[] {
  const firstLine = text.slice(at, text.indexOf('\n', at) === -1 ? undefined : text.indexOf('\n', at));
  if (!/^-{3,}\s*$/.test(firstLine) || firstLine === '---') return [];
  return [
    {
      rule: 'card/front-matter-delimiter',
      severity: 'warning',
      message: `the first line \`${firstLine.trim()}\` is not the \`---\` front matter delimiter, so the metadata is ignored`,
      file,
      line: lineAt(text, at),
      hint: 'open and close the YAML block with lines that are exactly `---`',
    },
  ];
}

/** 1-based line number of an offset in LF-normalised text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
