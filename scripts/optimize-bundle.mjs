// What the build does to each bundle file after ncc, for a faster start-up with the same code
// (optimizeBundle = both transforms; `node scripts/optimize-bundle.mjs FILE…` rewrites files in place).
//
// 1. Module factories in parentheses (wrapModuleFactories). ncc (webpack) emits modules as functions
//    in an object literal (`var t={123:(e,t,r)=>{…}}`, `export const modules={…}` in a chunk) and
//    calls all of them at start-up. V8 compiles a function written as a property lazily: the file's
//    first pass only pre-parses it, and the call parses it again, whole, to compile it. A function in
//    parentheses counts as "called immediately" (V8's PIFE heuristic, what optimize-js relied on) and
//    is compiled in the first pass. One parse instead of two: 12-15 ms less at every action's start-up
//    on the 2-core development machine (scripts/bench.mjs, "cold start").
// 2. ASCII only (asciiOnly). Node reads a file as UTF-8; one non-ASCII character makes V8 hold the
//    whole source as a two-byte string, decoded the slow way. Non-ASCII characters in strings,
//    templates, regular expressions (with or without the u flag, surrogate pairs included), names and
//    comments are written as \u escapes, which mean the same there. Left as they are: the raw text
//    of tagged templates (a tag may read it), line separators in comments (they end a `//` comment)
//    and non-ASCII whitespace between tokens. About 1 ms less per action.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, tokenizer } from 'acorn';

/** True for a bundle's module table: an object literal whose every key is a number and every value a function. */
function isModuleTable(node) {
  return (
    node?.type === 'ObjectExpression' &&
    node.properties.length > 0 &&
    node.properties.every(
      (p) =>
        p.type === 'Property' &&
        p.key.type === 'Literal' &&
        typeof p.key.value === 'number' &&
        (isFunction(p.value) || (p.value.type === 'ParenthesizedExpression' && isFunction(p.value.expression))),
    )
  );
}

const isFunction = (node) => node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression';

/** The module tables among a program's top-level declarations (`var t={…}`, `export const modules={…}`). */
function moduleTables(program) {
  const tables = [];
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type !== 'VariableDeclaration') continue;
    for (const d of declaration.declarations) if (isModuleTable(d.init)) tables.push(d.init);
  }
  return tables;
}

const parseBundle = (code) => parse(code, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true, preserveParens: true });

/** `code` with every module factory parenthesised (idempotent); `code` itself when there is nothing to wrap. */
export function wrapModuleFactories(code) {
  const program = parseBundle(code);
  const cuts = [];
  for (const table of moduleTables(program))
    for (const p of table.properties)
      if (p.value.type !== 'ParenthesizedExpression') cuts.push({ at: p.value.start, text: '(' }, { at: p.value.end, text: ')' });
  if (!cuts.length) return code;
  cuts.sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const cut of cuts) {
    out += code.slice(from, cut.at) + cut.text;
    from = cut.at;
  }
  return out + code.slice(from);
}

/** The spans of tagged templates' text, whose raw form a tag may read: kept as written. */
function taggedTemplateSpans(program) {
  const spans = [];
  (function visit(node) {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression') spans.push([node.quasi.start, node.quasi.end]);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) for (const v of value) visit(v);
      else if (value && typeof value === 'object' && typeof value.type === 'string') visit(value);
    }
  })(program);
  return spans.sort((a, b) => a[0] - b[0]);
}

/** A non-ASCII character as a \u escape; an identity escape (`\é`) becomes `\u00e9`, not `\\u00e9`. */
const NON_ASCII = /(\\*)([^\0-\x7f])/g;
const escapeChar = (_, slashes, c) => `${slashes.length % 2 ? slashes.slice(1) : slashes}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
/** Line and paragraph separators end a `//` comment: written out in one, they would comment out what follows. */
const NON_ASCII_IN_COMMENT = /[^\0-\x7f\u2028\u2029]/g;

/** Where non-ASCII characters may be escaped: string, template, regular expression and name tokens, and comments. */
function escapable(code) {
  const spans = [];
  const options = { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true, onComment: (block, text, start, end) => spans.push([start, end, 'comment']) };
  for (const token of tokenizer(code, options))
    if (['string', 'template', 'regexp', 'name', 'privateId'].includes(token.type.label)) spans.push([token.start, token.end, 'token']);
  return spans.sort((a, b) => a[0] - b[0]);
}

/**
 * `code` with the non-ASCII characters of its literals, names and comments written as \u escapes
 * (idempotent). Left as they are: tagged templates (a tag may read the raw text), line and paragraph
 * separators in comments, and anything outside a token (whitespace such as a no-break space).
 */
export function asciiOnly(code) {
  if (!/[^\0-\x7f]/.test(code)) return code;
  const tagged = taggedTemplateSpans(parseBundle(code));
  let out = '';
  let from = 0;
  let t = 0;
  for (const [start, end, kind] of escapable(code)) {
    if (!/[^\0-\x7f]/.test(code.slice(start, end))) continue;
    while (t < tagged.length && tagged[t][1] <= start) t++;
    if (t < tagged.length && tagged[t][0] <= start) continue; // inside a tagged template
    const text = code.slice(start, end);
    out += code.slice(from, start) + (kind === 'comment' ? text.replace(NON_ASCII_IN_COMMENT, (c) => escapeChar('', '', c)) : text.replace(NON_ASCII, escapeChar));
    from = end;
  }
  return out + code.slice(from);
}

/** Both transforms. */
export function optimizeBundle(code) {
  return asciiOnly(wrapModuleFactories(code));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of process.argv.slice(2)) writeFileSync(file, optimizeBundle(readFileSync(file, 'utf8')));
}
