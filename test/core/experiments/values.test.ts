import { describe, expect, test } from '@jest/globals';
import { asNumber, flatten, parseValues } from '../../../src/core/experiments/values.js';

describe('params and metrics files', () => {
  test('nested mappings and lists are flattened with dots, as dvc params diff shows them', () => {
    expect(
      flatten({ train: { lr: 0.1, layers: [64, 32], opt: { name: 'adam' } }, seed: 1, empty: {}, none: [] }),
    ).toEqual({
      'train.lr': 0.1,
      'train.layers.0': 64,
      'train.layers.1': 32,
      'train.opt.name': 'adam',
      seed: 1,
      empty: '{}',
      none: '[]',
    });
  });

  test('JSON and YAML read alike', () => {
    expect(parseValues('{"a": {"b": 1}}', 'm.json')).toEqual(parseValues('a:\n  b: 1\n', 'm.yaml'));
  });

  test('non-finite numbers and dates are kept as text', () => {
    expect(parseValues('a: .nan\nb: .inf\n', 'm.yaml')).toEqual({ a: 'NaN', b: 'Infinity' });
  });

  test('malformed text is an error naming the file and line', () => {
    expect(() => parseValues('a: 1\nb: [1, 2\n', 'm.yaml')).toThrow(
      expect.objectContaining({ file: 'm.yaml', line: expect.any(Number) }),
    );
    expect(() => parseValues('{"a": 1,\n "a": 2}', 'm.json')).toThrow(/duplicate key/);
  });

  test('a top level that is not a mapping is refused', () => {
    expect(() => parseValues('[1, 2]', 'm.json')).toThrow(
      'm.json must be a mapping of keys to values, not a list',
    );
  });

  test('an empty file has no values', () => {
    expect(parseValues('', 'm.yaml')).toEqual({});
  });

  test('numbers and numeric text compare as numbers; anything else as text', () => {
    expect(asNumber(0.5)).toBe(0.5);
    expect(asNumber('0.50')).toBe(0.5);
    expect(asNumber('high')).toBeUndefined();
    expect(asNumber('')).toBeUndefined();
    expect(asNumber(true)).toBeUndefined();
  });
});
