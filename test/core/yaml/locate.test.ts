import { describe, expect, test } from '@jest/globals';
import { locate, parseYaml, type YamlSource } from '../../../src/core/yaml/index.js';

function sourceOf(text: string, lineOffset = 0): YamlSource {
  const { source, findings } = parseYaml(text, 'c.yml', { lineOffset });
  expect(findings).toEqual([]);
  return source!;
}

const config = [
  'project: churn', //                    1
  'stages: [dev, staging, prod]', //     2
  'models:', //                           3
  '  - name: churn', //                   4
  '    risk: hgih', //                    5
  'promotion:', //                        6
  '  production:', //                     7
  '    approvals: 2', //                  8
  '',
].join('\n');

describe('locate', () => {
  test('points at a scalar value in a nested list item', () => {
    expect(locate(sourceOf(config), ['models', 0, 'risk'])).toEqual({
      line: 5,
      column: 11,
      endLine: 5,
      endColumn: 15,
    });
  });

  test('points at an item of a flow list', () => {
    expect(locate(sourceOf(config), ['stages', 2])).toMatchObject({ line: 2, column: 24 });
  });

  test('points at the key of a block mapping, not the line after it', () => {
    expect(locate(sourceOf(config), ['promotion', 'production'])).toMatchObject({ line: 7, column: 3 });
  });

  test('points at the key itself when asked, for unknown keys', () => {
    expect(locate(sourceOf(config), ['models', 0, 'risk'], { at: 'key' })).toMatchObject({
      line: 5,
      column: 5,
    });
  });

  test('falls back to the parent mapping for a missing key', () => {
    expect(locate(sourceOf(config), ['promotion', 'production', 'teams'])).toMatchObject({
      line: 7,
      column: 3,
    });
    expect(locate(sourceOf(config), ['models', 0, 'path'])).toMatchObject({ line: 4, column: 5 });
  });

  test('falls back to line 1 for a path missing at the top level', () => {
    expect(locate(sourceOf(config), ['nothing', 'here'])).toMatchObject({ line: 1, column: 1 });
  });

  test('follows aliases to the anchored node', () => {
    const source = sourceOf('base: &b\n  min: 1\ncopy: *b\n');
    expect(locate(source, ['copy', 'min'])).toMatchObject({ line: 2, column: 8 });
  });

  test('points at the key when its value is empty', () => {
    expect(locate(sourceOf('a: 1\nmodels:\n'), ['models'])).toMatchObject({ line: 2, column: 1 });
  });

  test('keeps lines right with CRLF and a line offset', () => {
    const source = sourceOf(config.replace(/\n/g, '\r\n'), 1);
    expect(locate(source, ['promotion', 'production', 'approvals'])).toMatchObject({ line: 9, column: 16 });
  });
});
