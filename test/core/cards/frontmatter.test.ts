import { describe, expect, test } from '@jest/globals';
import { splitFrontMatter } from '../../../src/core/cards/frontmatter.js';
import { decodeCardText } from '../../../src/core/cards/text.js';

const split = (text: string) => splitFrontMatter(text, 'MODEL_CARD.md');

describe('front matter with Hugging Face semantics', () => {
  test('reads the block between the first two --- lines and reports card lines', () => {
    const s = split('---\nlicense: mit\n---\n# Title\n');
    expect(s).toMatchObject({ found: true, yaml: 'license: mit', yamlLine: 2, body: '# Title\n', bodyLine: 4 });
  });

  test('an empty block is found and holds nothing', () => {
    const s = split('---\n\n---\ntext\n');
    expect(s).toMatchObject({ found: true, yaml: '', body: 'text\n', bodyLine: 4 });
  });

  test('---/--- followed by a second block reads the second block, as the Hub regex does', () => {
    const s = split('---\n---\nlanguage: ru\n---\nbody\n');
    expect(s.found).toBe(true);
    expect(s.yaml).toBe('---\nlanguage: ru');
    expect(s.body).toBe('body\n');
  });

  test('a four-dash opener is not front matter and gets a warning', () => {
    const s = split('----\ntags:\n- a\n---\n\n# x\n');
    expect(s.found).toBe(false);
    expect(s.findings.map((f) => f.rule)).toEqual(['card/front-matter-delimiter']);
  });

  test('a block never closed (closing line " ---") is read as Markdown with a warning', () => {
    const s = split('---\nSome prose.\n ---\n');
    expect(s.found).toBe(false);
    expect(s.body).toBe('---\nSome prose.\n ---\n');
    expect(s.findings[0]).toMatchObject({ rule: 'card/front-matter-unclosed', line: 1 });
  });

  test('leading blank lines are accepted like the Hub does, with a notice', () => {
    const s = split('\n---\na: 1\n---\nbody');
    expect(s).toMatchObject({ found: true, yaml: 'a: 1', yamlLine: 3, bodyLine: 5 });
    expect(s.findings[0]?.rule).toBe('card/front-matter-not-at-start');
  });

  test('a card that is only front matter without a final newline has an empty body', () => {
    expect(split('---\na: 1\n---')).toMatchObject({ found: true, yaml: 'a: 1', body: '' });
  });

  test('no front matter: the whole text is the body', () => {
    expect(split('# Title\n\ntext')).toMatchObject({ found: false, body: '# Title\n\ntext', bodyLine: 1, findings: [] });
  });

  test('CR CR LF line endings count as two lines, as CommonMark counts them', () => {
    const decoded = decodeCardText(Buffer.from('---\r\r\nlanguage: en\r\r\n---\r\r\n# T\r\r\n'), 'x.md');
    expect(decoded.ok).toBe(true);
    const s = split(decoded.ok ? decoded.text : '');
    expect(s).toMatchObject({ found: true, yamlLine: 2, bodyLine: 6 });
    expect(s.yaml.trim()).toBe('language: en');
  });

  test('100,000 blank lines after an opener are scanned in linear time (no regex backtracking)', () => {
    const s = split(`---\n${'\n'.repeat(100_000)}x`);
    expect(s.found).toBe(false);
  });
});
