import { describe, expect, it } from '@jest/globals';
import { formatTagName, parseByPattern, parseTagName } from '../../../src/core/registry/tags.js';

describe('registry tag grammar (GTO compatible)', () => {
  it('reads every action GTO writes, with and without counters (cases from gto tests/test_tag.py)', () => {
    expect(parseTagName('path@v1.2.3')).toEqual({ artifact: 'path', action: 'register', version: 'v1.2.3' });
    expect(parseTagName('path@v1.2.3#5')).toEqual({ artifact: 'path', action: 'register', version: 'v1.2.3', counter: 5 });
    expect(parseTagName('path@v1.2.3!')).toEqual({ artifact: 'path', action: 'deregister', version: 'v1.2.3' });
    expect(parseTagName('path@v1.2.3!#2')).toEqual({ artifact: 'path', action: 'deregister', version: 'v1.2.3', counter: 2 });
    expect(parseTagName('path#stage')).toEqual({ artifact: 'path', action: 'assign', stage: 'stage' });
    expect(parseTagName('path#stage#1')).toEqual({ artifact: 'path', action: 'assign', stage: 'stage', counter: 1 });
    expect(parseTagName('path#stage!#2')).toEqual({ artifact: 'path', action: 'unassign', stage: 'stage', counter: 2 });
    expect(parseTagName('path@deprecated')).toEqual({ artifact: 'path', action: 'deprecate' });
    expect(parseTagName('path@deprecated#4')).toEqual({ artifact: 'path', action: 'deprecate', counter: 4 });
  });

  it('reads every name exactly as the single grammar pattern does (20,000 generated names, near misses included)', () => {
    const pieces = ['m', 'data/set', 'a-b_c', '-', '_', '/', '.', '@', '#', '!', 'v1.2.3', 'v0.0.1-rc.1+b.5', 'v01.0.0', 'v1.0', 'deprecated', 'created', 'prod', 'stage-1', '12', '0', 'x'];
    let seed = 42;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let registry = 0;
    for (let i = 0; i < 20_000; i++) {
      const n = 2 + Math.floor(next() * 5);
      const name = Array.from({ length: n }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      const expected = name.includes('@') || name.includes('#') ? parseByPattern(name) : undefined;
      expect([name, parseTagName(name)]).toEqual([name, expected]);
      if (expected) registry++;
    }
    expect(registry).toBeGreaterThan(200); // the generator reaches the grammar, not only its misses
  });

  it('reads names listed in order as the pattern does, where each reuses the strings of the one before', () => {
    // A listing sorted by name repeats an artifact and stage tag after tag; names that share a prefix
    // with the previous one but not its artifact or word must not be read with the previous parts.
    const runs = ['m@v1.0.0', '@v1.0.0', 'm#dev#1', '#dev#1', 'mm#dev#1', 'm#dev-x#1', 'm#de#1', 'm#dev!#2', 'm#dev', 'm-@v1.0.0', 'm-#dev#1', 'm@deprecated', 'm@v1.0.0!', 'm@v1.0.0!#3', 'm@v1.0.0#x'];
    const pieces = ['m', 'mm', 'data/set', '@', '#', '!', 'v1.2.3', 'v1.2', 'deprecated', 'prod', 'pro', '12', '-'];
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const generated = Array.from({ length: 5_000 }, () => Array.from({ length: 2 + Math.floor(next() * 4) }, () => pieces[Math.floor(next() * pieces.length)]).join('')).sort();
    for (const name of [...runs, ...runs.reverse(), ...generated]) {
      const expected = name.includes('@') || name.includes('#') ? parseByPattern(name) : undefined;
      expect([name, parseTagName(name)]).toEqual([name, expected]);
    }
  });

  it('rejects names GTO rejects', () => {
    for (const bad of ['', '###', '@@@', 'model@v1', 'nn#prod#-1', 'model@v111', 'model-prod', 'model@0.0.1', 'model-prod-v1', 'model#prod#1-2', 'model#prod?#1-2', '-model@v1.0.0', 'exp/churn-20240101'])
      expect(parseTagName(bad)).toBeUndefined();
  });

  it('reads artifact names with slashes and GTO’s dir:name form', () => {
    expect(parseTagName('data/iris@v2.0.0')).toEqual({ artifact: 'data/iris', action: 'register', version: 'v2.0.0' });
    expect(parseTagName('data/iris#production#12')).toEqual({ artifact: 'data/iris', action: 'assign', stage: 'production', counter: 12 });
    expect(parseTagName('models=nn@v1.0.0-rc.1+b5')).toEqual({ artifact: 'models:nn', action: 'register', version: 'v1.0.0-rc.1+b5' });
  });

  it('writes names that read back to the same parts', () => {
    const cases = [
      { artifact: 'churn', action: 'register', version: 'v1.4.0' },
      { artifact: 'churn', action: 'deregister', version: 'v1.4.0' },
      { artifact: 'data/iris', action: 'assign', stage: 'staging', counter: 7 },
      { artifact: 'churn', action: 'unassign', stage: 'production', counter: 8 },
      { artifact: 'churn', action: 'deprecate' },
      { artifact: 'models:nn', action: 'register', version: 'v0.1.0' },
    ] as const;
    for (const c of cases) expect(parseTagName(formatTagName(c))).toEqual(c);
    expect(formatTagName({ artifact: 'data/iris', action: 'assign', stage: 'staging', counter: 7 })).toBe('data/iris#staging#7');
    expect(formatTagName({ artifact: 'churn', action: 'register', version: '1.4.0' })).toBe('churn@v1.4.0');
  });

  it('refuses to write a tag GTO could not read', () => {
    expect(() => formatTagName({ artifact: 'bad name', action: 'deprecate' })).toThrow(/artifact name/);
    expect(() => formatTagName({ artifact: 'churn', action: 'register', version: '1.4' })).toThrow(/version/);
    expect(() => formatTagName({ artifact: 'churn', action: 'assign', stage: 'pro duction' })).toThrow(/stage/);
  });
});
