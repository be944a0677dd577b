/** A card body as a tree of sections with card line numbers, parsed by a CommonMark parser (micromark). */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, RootContent } from 'mdast';
import type { Extension } from 'micromark-util-types';

/**
 * Only block structure matters here (headings, paragraphs, code, HTML, tables as paragraphs): with
 * the inline constructs off, micromark parses cards about twice as fast, and placeholders inside
 * paragraphs are still found in the raw text (code spans are skipped by hand, see visibleText).
 */
const BLOCKS_ONLY: Extension = {
  disable: { null: ['attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape', 'htmlText', 'labelStartImage', 'labelStartLink', 'labelEnd'] },
};

export interface Placeholder {
  /** What was left in: `[More Information Needed]`, `TODO`, `TBD`, `{{ … }}`, or `empty table row`. */
  text: string;
  line: number;
}

export interface Section {
  /** Heading text as written, without Markdown (`# **Model Details**` gives `Model Details`). */
  title: string;
  /** Normalised title used for matching (see normaliseHeading). */
  key: string;
  /** 1-6; 0 for the preamble before the first heading. */
  depth: number;
  /** Card lines of the heading and of the section's last line (subsections included). */
  line: number;
  endLine: number;
  /** True when the section itself (not counting subsections) has content beyond comments and placeholders. */
  hasOwnContent: boolean;
  placeholders: Placeholder[];
  children: Section[];
}

/** Parses a body into sections; `bodyLine` is the card line the body starts on. */
export function parseSections(body: string, bodyLine = 1, extraPlaceholders: readonly string[] = []): Section {
  // `cards.placeholders` defaults to the built-in words; only strings they do not already catch are added.
  const extra = extraPlaceholders.filter((t) => t.trim() !== '' && !PLACEHOLDERS.some(([re]) => new RegExp(re.source, re.flags.replace('g', '')).test(t)));
  const patterns = extra.length ? [...PLACEHOLDERS, ...extra.map(literal)] : PLACEHOLDERS;
  const root: Section = { title: '', key: '', depth: 0, line: bodyLine, endLine: bodyLine, hasOwnContent: false, placeholders: [], children: [] };
  const tree = fromMarkdown(body, { extensions: [BLOCKS_ONLY] });
  const shift = bodyLine - 1;
  const stack: Section[] = [root];
  for (const node of tree.children) {
    const start = (node.position?.start.line ?? 1) + shift;
    const end = (node.position?.end.line ?? 1) + shift;
    if (node.type === 'heading') {
      while (stack.length > 1 && (stack[stack.length - 1]?.depth ?? 0) >= node.depth) stack.pop();
      const title = toString(node).replace(/\*\*|__|`/g, '').trim();
      const section: Section = { title, key: normaliseHeading(title), depth: node.depth, line: start, endLine: end, hasOwnContent: false, placeholders: [], children: [] };
      stack[stack.length - 1]?.children.push(section);
      stack.push(section);
    } else {
      const current = stack[stack.length - 1] ?? root;
      current.placeholders.push(...placeholdersIn(node, shift, patterns));
      if (isContent(node, patterns)) current.hasOwnContent = true;
    }
    for (const open of stack) open.endLine = Math.max(open.endLine, end);
  }
  return root;
}

/** True when a section or any of its subsections has real content. */
export function hasContent(section: Section): boolean {
  return section.hasOwnContent || section.children.some(hasContent);
}

/** Every section of the tree in document order (preamble excluded). */
export function allSections(root: Section): Section[] {
  const out: Section[] = [];
  const visit = (s: Section): void => {
    for (const c of s.children) {
      out.push(c);
      visit(c);
    }
  };
  visit(root);
  return out;
}

/**
 * Lower case, no leading numbering ("1.", "2.3", "A."), `&` read as "and", punctuation, emoji and
 * markup removed, spaces collapsed: "3. Bias, Risks & Limitations 🚧" gives "bias risks and limitations".
 */
export function normaliseHeading(title: string): string {
  return title
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(?:\d+|[a-z])(?: \d+)* (?=\p{L})/u, '')
    .replace(/\s+/g, ' ');
}

type Pattern = readonly [RegExp, (m: string) => string];

const PLACEHOLDERS: readonly Pattern[] = [
  [/\[More Information Needed\]/gi, () => '[More Information Needed]'],
  [/\b(?:TODO|TBD|FIXME)\b/g, (m) => m],
  [/\{\{[^}]*\}\}/g, () => '{{ … }}'],
];

/** A configured placeholder string (`cards.placeholders`), matched literally. */
function literal(text: string): Pattern {
  return [new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'), () => text];
}

/** Comments, thematic breaks and pure placeholders do not count as content. */
function isContent(node: RootContent, patterns: readonly Pattern[]): boolean {
  if (node.type === 'html') return !/^\s*<!--[\s\S]*-->\s*$/.test(node.value);
  if (node.type === 'thematicBreak' || node.type === 'definition') return false;
  if (node.type === 'code') return node.value.trim() !== '';
  let text = toString(node);
  for (const [re] of patterns) text = text.replace(re, '');
  return text.replace(/[|:\-\s*_]/g, '') !== '';
}

function placeholdersIn(node: RootContent, shift: number, patterns: readonly Pattern[]): Placeholder[] {
  if (node.type === 'code' || node.type === 'html') return [];
  const out: Placeholder[] = [];
  const base = (node.position?.start.line ?? 1) + shift;
  visitText(node, shift, (value, line) => {
    const lines = value.split('\n');
    lines.forEach((text, i) => {
      for (const [re, label] of patterns) for (const m of text.matchAll(re)) out.push({ text: label(m[0]), line: line + i });
      if (node.type === 'paragraph' && /^\s*\|(?:\s*\|)+\s*$/.test(text)) out.push({ text: 'empty table row', line: line + i });
    });
  });
  // Inline `text` nodes carry their own positions; fall back to the block's first line.
  return out.map((p) => ({ ...p, line: Number.isFinite(p.line) ? p.line : base }));
}

function visitText(node: Nodes, shift: number, emit: (value: string, line: number) => void): void {
  if (node.type === 'text') {
    emit(visibleText(node.value), (node.position?.start.line ?? Number.NaN) + shift);
    return;
  }
  if (node.type === 'inlineCode' || node.type === 'code') return;
  if ('children' in node) for (const child of node.children) visitText(child, shift, emit);
}

/** Raw paragraph text without code spans (`TODO` in backticks is code, not a placeholder); lines are kept. */
function visibleText(raw: string): string {
  return raw.includes('`') ? raw.replace(/`[^`\n]*`/g, (m) => ' '.repeat(m.length)) : raw;
}

/** The visible text of a node (mdast-util-to-string's semantics, without alt texts). */
function toString(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return node.children.map((c) => toString(c)).join('');
  return '';
}
