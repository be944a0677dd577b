import { describe, expect, test } from '@jest/globals';
import { parseYaml } from '../../../src/core/yaml/index.js';

/** A billion-laughs document: nine levels of nine aliases each expand to 9^6 strings. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefg';
  for (let i = 1; i < names.length; i++) {
    const prev = `*${names[i - 1]}`;
    lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(prev).join(',')}]`);
  }
  return lines.join('\n') + '\n';
}

describe('parseYaml', () => {
  test('reads a mapping into plain objects with no findings', () => {
    const { value, findings } = parseYaml('project: churn\nstages: [dev, prod]\n', 'c.yml');

    expect(findings).toEqual([]);
    expect(value).toEqual({ project: 'churn', stages: ['dev', 'prod'] });
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  test('reports malformed YAML with the line and column the parser stopped at', () => {
    const { findings } = parseYaml('a: 1\nb: [1, 2\nc: 3\n', 'c.yml');

    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]).toMatchObject({ rule: 'yaml/syntax', severity: 'error', file: 'c.yml' });
    expect(findings[0]!.line).toBeGreaterThanOrEqual(2);
    expect(findings[0]!.column).toBeGreaterThanOrEqual(1);
  });

  test('reports an unclosed quote on its line instead of throwing', () => {
    const { findings, value } = parseYaml('ok: 1\nbad: "never closed\n', 'c.yml', { expect: 'mapping' });

    expect(findings.map((f) => f.rule)).toContain('yaml/syntax');
    expect(value).toEqual({});
  });

  test('stops an alias bomb with a finding instead of expanding it', () => {
    const { findings, value } = parseYaml(aliasBomb(), 'bomb.yml', { expect: 'mapping' });

    expect(findings).toEqual([
      expect.objectContaining({ rule: 'yaml/alias-limit', severity: 'error', line: 2, column: 8 }),
    ]);
    expect(value).toEqual({});
  });

  test('reports a duplicate key at the line of its second occurrence', () => {
    const { findings } = parseYaml('project: a\nstages: [dev]\nproject: b\n', 'c.yml');

    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'yaml/duplicate-key',
        line: 3,
        column: 1,
        message: 'duplicate key `project` (first on line 1)',
      }),
    ]);
  });

  test('ignores a byte order mark so line 1 columns stay right', () => {
    const { findings, value } = parseYaml('\ufeffproject: x\nstages: 3\n', 'c.yml');

    expect(findings).toEqual([]);
    expect(value).toEqual({ project: 'x', stages: 3 });
  });

  test('counts lines the same with CRLF line ends', () => {
    const { findings } = parseYaml('a: 1\r\nb: 2\r\na: 3\r\n', 'c.yml');

    expect(findings).toEqual([expect.objectContaining({ rule: 'yaml/duplicate-key', line: 3, column: 1 })]);
  });

  test('reports a list where a mapping is expected and returns an empty mapping', () => {
    const { findings, value } = parseYaml('\n- dev\n- prod\n', 'c.yml', { expect: 'mapping' });

    expect(findings).toEqual([expect.objectContaining({ rule: 'yaml/not-a-mapping', line: 2, column: 1 })]);
    expect(value).toEqual({});
  });

  test('reports a scalar document where a mapping is expected', () => {
    const { findings } = parseYaml('just a sentence\n', 'c.yml', { expect: 'mapping' });

    expect(findings[0]).toMatchObject({
      rule: 'yaml/not-a-mapping',
      message: expect.stringContaining('not a string'),
    });
  });

  test('reads an empty or comment-only document as an empty mapping', () => {
    expect(parseYaml('', 'c.yml', { expect: 'mapping' })).toMatchObject({ value: {}, findings: [] });
    expect(parseYaml('# nothing yet\n', 'c.yml', { expect: 'mapping' })).toMatchObject({
      value: {},
      findings: [],
    });
  });

  test('refuses a 50 MB input before parsing, naming the limit', () => {
    const huge = 'k: ' + 'x'.repeat(50 * 1024 * 1024) + '\n';

    const { findings, source } = parseYaml(huge, 'big.yml');

    expect(source).toBeUndefined();
    expect(findings).toEqual([expect.objectContaining({ rule: 'yaml/too-large', line: 1 })]);
    expect(findings[0]!.message).toContain('50.0 MiB');
    expect(findings[0]!.message).toContain('1.0 MiB limit');
  });

  test('lets the caller choose the size limit', () => {
    expect(parseYaml('a: 1234567890\n', 'c.yml', { maxBytes: 8 }).findings[0]?.rule).toBe('yaml/too-large');
    expect(parseYaml('a: 1\n', 'c.yml', { maxBytes: 8 }).findings).toEqual([]);
  });

  test('drops __proto__ and constructor keys with a finding and never pollutes prototypes', () => {
    const text =
      'ok: 1\n__proto__:\n  polluted: true\nnested:\n  constructor:\n    prototype: {polluted: true}\n';

    const { value, findings } = parseYaml(text, 'c.yml');

    expect(findings.map((f) => [f.rule, f.line])).toEqual([
      ['yaml/forbidden-key', 2],
      ['yaml/forbidden-key', 5],
    ]);
    expect(value).toEqual({ ok: 1, nested: {} });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  test('reads only the first of several documents and says so at the second', () => {
    const { value, findings } = parseYaml('a: 1\n---\nb: 2\n', 'c.yml');

    expect(value).toEqual({ a: 1 });
    expect(findings).toEqual([expect.objectContaining({ rule: 'yaml/multiple-documents', line: 2 })]);
  });

  test('shifts every line by lineOffset, as for front matter under a leading ---', () => {
    const { findings } = parseYaml('name: a\nname: b\n', 'MODEL_CARD.md', {
      lineOffset: 1,
      rulePrefix: 'card',
    });

    expect(findings).toEqual([
      expect.objectContaining({ rule: 'card/duplicate-key', file: 'MODEL_CARD.md', line: 3 }),
    ]);
  });

  test('turns deeply nested input into a few findings, not a crash', () => {
    const { findings } = parseYaml('a: ' + '['.repeat(100_000), 'deep.yml');

    expect(findings.length).toBeGreaterThan(0);
    expect(findings.length).toBeLessThanOrEqual(10);
    expect(findings.every((f) => f.rule === 'yaml/syntax')).toBe(true);
  });

  test('keeps unknown tags as plain values with a warning', () => {
    const { value, findings } = parseYaml('run: !!js/function "return 1"\n', 'c.yml');

    expect(value).toEqual({ run: 'return 1' });
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'yaml/warning', severity: 'warning', line: 1 }),
    ]);
  });
});
