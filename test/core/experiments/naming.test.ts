import { describe, expect, test } from '@jest/globals';
import {
  assertNamePart,
  baseName,
  nameOf,
  nextName,
  numberOf,
  refusedNamePart,
  tagOf,
} from '../../../src/core/experiments/naming.js';

describe('experiment names', () => {
  test('are {project}-{type}-{YYYYMMDD} of the UTC day', () => {
    // 23:30 in New York on March 3rd is March 4th in UTC
    expect(baseName('churn', 'train', new Date('2026-03-03T23:30:00-05:00'))).toBe('churn-train-20260304');
  });

  test('later ones of the day get -2, -3 after the highest taken, whatever the order', () => {
    const base = 'churn-train-20260304';
    expect(nextName(base, [])).toBe(base);
    expect(nextName(base, [base])).toBe(`${base}-2`);
    expect(nextName(base, [`${base}-3`, base, 'churn-train-20260305', `${base}-x`])).toBe(`${base}-4`);
  });

  test('a suffix is a number from 2 without leading zeros', () => {
    expect(numberOf('p-t-20260101', 'p-t-20260101-2')).toBe(2);
    expect(numberOf('p-t-20260101', 'p-t-20260101-02')).toBeUndefined();
    expect(numberOf('p-t-20260101', 'p-t-20260101-1')).toBeUndefined();
    expect(numberOf('p-t-20260101', 'p-t-2026010')).toBeUndefined();
  });

  test('tags are exp/{name}, and names are read back from tags or refs', () => {
    expect(tagOf('a-b-20260101')).toBe('exp/a-b-20260101');
    expect(nameOf('refs/tags/exp/a-b-20260101')).toBe('a-b-20260101');
    expect(nameOf('exp/a-b-20260101')).toBe('a-b-20260101');
    expect(nameOf('a-b-20260101')).toBe('a-b-20260101');
  });

  test.each([
    ['has space', 'git refuses the character " "'],
    ['a..b', "'..'"],
    ['a~1', 'character "~"'],
    ['a:b', 'character ":"'],
    ['a/b', 'character "/"'],
    ['x@{1}', "'@{'"],
    ['.hidden', "cannot start with '.'"],
    ['-flag', "cannot start with '-'"],
    ['name.lock', "cannot end with '.' or '.lock'"],
    ['', 'empty'],
  ])('refuses %j, which git refuses in tag names', (part, why) => {
    expect(refusedNamePart(part)).toContain(why);
  });

  test('accepts ordinary project and type words', () => {
    for (const ok of ['churn', 'fraud_v2', 'my.project', 'train-eval'])
      expect(refusedNamePart(ok)).toBeUndefined();
    expect(() => assertNamePart('project', 'a b')).toThrow(
      "the experiment project 'a b' cannot be used in a tag name",
    );
  });
});
