import { describe, expect, it } from '@jest/globals';
import { bumpKind, compareSemver, parseSemver } from '../../../src/core/registry/semver.js';

describe('semver', () => {
  it('orders versions by semver.org precedence', () => {
    const sorted = ['v1.0.0', 'v1.0.0-rc.1', 'v1.0.0-alpha', 'v1.0.0-alpha.1', 'v1.0.0-beta.11', 'v1.0.0-beta.2', 'v0.9.10', 'v0.9.9', 'v2.0.0'].sort(compareSemver);
    expect(sorted).toEqual(['v0.9.9', 'v0.9.10', 'v1.0.0-alpha', 'v1.0.0-alpha.1', 'v1.0.0-beta.2', 'v1.0.0-beta.11', 'v1.0.0-rc.1', 'v1.0.0', 'v2.0.0']);
  });

  it('names the bump between two versions', () => {
    expect(bumpKind('1.2.3', '2.0.0')).toBe('major');
    expect(bumpKind('1.2.3', '1.3.0')).toBe('minor');
    expect(bumpKind('1.2.3', '1.2.4')).toBe('patch');
    expect(bumpKind('1.2.3', '1.2.3')).toBe('none');
    expect(bumpKind('1.2.3', '1.2.2')).toBe('down');
  });

  it('rejects what is not semver', () => {
    expect(parseSemver('1.2')).toBeUndefined();
    expect(parseSemver('01.2.3')).toBeUndefined();
  });
});
