import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'acorn';
import { repoRoot } from '../harness/runner.js';

type Transforms = Record<'wrapModuleFactories' | 'asciiOnly' | 'optimizeBundle', (code: string) => string>;
const { wrapModuleFactories, asciiOnly, optimizeBundle } = (await import(pathToFileURL(path.join(repoRoot, 'scripts/optimize-bundle.mjs')).href)) as Transforms;

/** Runs a bundle-shaped script and returns what its modules computed. */
function evaluate(code: string): unknown {
  return new Function(`${code}\nreturn out;`)();
}

const bundle = [
  'var t={7:(e,t,r)=>{e.exports={a:1,f:(x)=>x*2}},9:function(e,t,r){const m=r(7);e.exports=m.f(m.a)+({1:2})[1]}};',
  'var c={};function r(id){if(c[id])return c[id].exports;const m=c[id]={exports:{}};t[id](m,m.exports,r);return m.exports}',
  'var out=[r(9),{3:(x)=>x}[3](4)];',
].join('');

describe('bundles made faster to start (scripts/optimize-bundle.mjs)', () => {
  it("parenthesises every factory of a bundle's module table, and only those", () => {
    const wrapped = wrapModuleFactories(bundle);
    expect(wrapped).toContain('var t={7:((e,t,r)=>{e.exports={a:1,f:(x)=>x*2}}),9:(function(e,t,r){');
    expect(wrapped).toContain('({1:2})[1]'); // an object literal of a module's own, with a number key, is left alone
    expect(wrapped).toContain('{3:(x)=>x}[3](4)'); // not a top-level declaration: not a module table
    expect(evaluate(wrapped)).toEqual(evaluate(bundle));
    expect(evaluate(bundle)).toEqual([4, 4]);
  });

  it("wraps a chunk's exported table, and is idempotent", () => {
    const chunk = 'export const id = 5;\nexport const ids = [5];\nexport const modules = {\n5: ((e) => {}),\n6: (e) => { e.exports = 1; }\n};\n';
    const wrapped = wrapModuleFactories(chunk);
    expect(wrapped).toBe('export const id = 5;\nexport const ids = [5];\nexport const modules = {\n5: ((e) => {}),\n6: ((e) => { e.exports = 1; })\n};\n');
    expect(wrapModuleFactories(wrapped)).toBe(wrapped);
    expect(wrapModuleFactories('const a = {1: 2};')).toBe('const a = {1: 2};');
  });

  it('writes every non-ASCII character as an escape that means the same, except in the raw text of tagged templates', () => {
    const source = [
      'const s = "é—\\é", r = /[é😀]/u, q = /\\é/, t = `x·${1}`, raw = String.raw`é\\n`;',
      'const é2 = 2; // a comment — with a dash',
      'var out = [s, r.test("😀"), r.test("x"), q.test("é"), t, raw, é2, JSON.parse(\'{"a":"→"}\').a];',
    ].join('\n');
    const ascii = asciiOnly(source);
    expect(ascii.replace(/String\.raw`é\\n`/, '')).toMatch(/^[\0-\x7f]*$/);
    expect(ascii).toContain('String.raw`é\\n`');
    expect(evaluate(ascii)).toEqual(evaluate(source));
    expect(evaluate(source)).toEqual(['é—é', true, false, true, 'x·1', 'é\\n', 2, '→']);
    expect(asciiOnly(ascii)).toBe(ascii);
    // Line separators in a `//` comment end it (written out, the next statement would be commented
    // out), and non-ASCII whitespace between tokens has no escaped form: both are left alone.
    const separators = 'var out = 1; // a\u2028out = 2;\u00a0out += 1; /* é */';
    expect(evaluate(asciiOnly(separators))).toBe(3);
    expect(asciiOnly(separators)).toBe('var out = 1; // a\u2028out = 2;\u00a0out += 1; /* \\u00e9 */');
    // Tagged templates nested in another's substitution (ajv's code generator writes these).
    const nested = 'const _ = (s, ...v) => s.raw.join("|") + v.join("|");\nvar out = _`a·${1 ? _`b·${2}` : "é"}c`;';
    expect(asciiOnly(nested)).toBe(nested);
    expect(evaluate(asciiOnly(nested))).toBe(evaluate(nested));
    expect(asciiOnly('const a = "plain";')).toBe('const a = "plain";');
  });

  it('leaves every file of dist/ valid JavaScript, and was applied to each', () => {
    const dist = path.join(repoRoot, 'dist');
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const code = readFileSync(path.join(dist, f), 'utf8');
      expect(() => parse(code, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true })).not.toThrow();
      expect({ file: f, unchanged: optimizeBundle(code) === code }).toEqual({ file: f, unchanged: true });
      expect({ file: f, minified: !code.includes('/***/') }).toEqual({ file: f, minified: true }); // chunks too, not only index.js
    }
    expect(existsSync(path.join(dist, 'cli/index.js'))).toBe(true);
  });
});
