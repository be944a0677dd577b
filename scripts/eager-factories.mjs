// Wraps every module factory of a bundle in parentheses, so that V8 compiles it together with the
// file instead of twice. ncc (webpack) emits modules as functions in an object literal
// (`var t={123:(e,t,r)=>{…}}`, and `export const modules={…}` in a chunk), and calls all of them at
// start-up. V8 compiles a function written as a property lazily: the file's first pass only
// pre-parses it, and the call parses it again, whole, to compile it. A function in parentheses
// counts as "called immediately" (V8's PIFE heuristic, what optimize-js relied on) and is compiled
// in the first pass. Same code, same work, one parse: 12-15 ms less at every action's start-up on
// the 2-core development machine (scripts/bench.mjs, "cold start"). Usage: imported by
// scripts/build.mjs; `node scripts/eager-factories.mjs FILE` rewrites FILE in place.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';

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

/** `code` with every module factory parenthesised (idempotent); `code` itself when there is nothing to wrap. */
export function wrapModuleFactories(code) {
  const program = parse(code, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true, preserveParens: true });
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of process.argv.slice(2)) writeFileSync(file, wrapModuleFactories(readFileSync(file, 'utf8')));
}
