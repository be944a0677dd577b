import { describe, expect, it } from '@jest/globals';
import { labelClasses, matchingClasses, spellingsOf } from '../../../src/core/evaluate/labels.js';

describe('class labels as written', () => {
  it('names numbers of any spelling by their shortest spelling', () => {
    // given an integer label column and a float prediction column
    const classes = labelClasses(['1', '0', '1.0', '0.0', '1e0']);
    // then
    expect(Object.fromEntries(classes)).toEqual({ '1': '1', '1.0': '1', '1e0': '1', '0': '0', '0.0': '0' });
    expect(spellingsOf(classes, '1')).toEqual(['1', '1.0', '1e0']);
  });

  it('keeps words as written: case matters and yes is not true', () => {
    const classes = labelClasses(['yes', 'Yes', 'true', 'no']);
    expect(new Set(classes.values())).toEqual(new Set(['yes', 'Yes', 'true', 'no']));
    expect(matchingClasses(classes, ['no'])).toEqual(new Set(['no']));
    expect(matchingClasses(classes, ['false'])).toEqual(new Set());
  });

  it('matches a requested number to the spelling in the data', () => {
    expect(matchingClasses(labelClasses(['0.0', '1.0']), ['1'])).toEqual(new Set(['1.0']));
  });
});
