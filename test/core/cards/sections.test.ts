import { describe, expect, test } from '@jest/globals';
import { allSections, hasContent, normaliseHeading, parseSections } from '../../../src/core/cards/sections.js';

describe('the body as a section tree', () => {
  test('nests sections by heading depth with card line numbers', () => {
    const root = parseSections('# Card\n\nintro\n\n## Uses\n\n### Direct Use\n\ntext\n\n## Limitations\n\nmore\n', 5);
    const card = root.children[0];
    expect(card?.title).toBe('Card');
    expect(card?.children.map((c) => [c.title, c.line])).toEqual([
      ['Uses', 9],
      ['Limitations', 15],
    ]);
    expect(card?.children[0]?.children[0]).toMatchObject({ title: 'Direct Use', line: 11, hasOwnContent: true });
  });

  test('a section whose content is only in subsections has content; comments and placeholders are not content', () => {
    const root = parseSections('## Uses\n\n### Direct\n\nreal text\n\n## Bias\n\n<!-- fill me -->\n\n[More Information Needed]\n');
    const [uses, bias] = root.children;
    expect(uses && hasContent(uses)).toBe(true);
    expect(bias && hasContent(bias)).toBe(false);
  });

  test('headings inside code blocks are not sections, and bold headings lose their markup', () => {
    const root = parseSections('# **Model Details**\n\n```\n# not a heading\n```\n');
    expect(allSections(root).map((s) => s.title)).toEqual(['Model Details']);
  });

  test('finds placeholders on their own lines, ignoring code', () => {
    const root = parseSections('## A\n\nTODO: write\n\n`TODO` in code\n\n| a | b |\n|---|---|\n|  |  |\n', 1);
    expect(root.children[0]?.placeholders).toEqual([
      { text: 'TODO', line: 3 },
      { text: 'empty table row', line: 9 },
    ]);
  });

  test('configured placeholder strings are matched literally', () => {
    const root = parseSections('## A\n\nFill (me) in\n', 1, ['(me)']);
    expect(root.children[0]?.placeholders).toEqual([{ text: '(me)', line: 3 }]);
  });

  test('10,000 sections parse into a flat list of 10,000', () => {
    const body = Array.from({ length: 10_000 }, (_, i) => `## Section ${i}\n\ntext ${i}\n`).join('\n');
    const root = parseSections(body);
    expect(allSections(root)).toHaveLength(10_000);
    expect(root.children[9_999]?.line).toBe(9_999 * 4 + 1);
  });
});

describe('normalised headings', () => {
  test.each([
    ['3. Bias, Risks & Limitations 🚧', 'bias risks and limitations'],
    ['Intended uses & limitations', 'intended uses and limitations'],
    ['Out-of-Scope Use', 'out of scope use'],
    ['A. Motivation', 'motivation'],
    ['2.1 Training Data', 'training data'],
  ])('%s', (title, key) => {
    expect(normaliseHeading(title)).toBe(key);
  });
});

describe('configured placeholders', () => {
  test('strings the built-in placeholders already catch are not counted twice', () => {
    const root = parseSections('## A\n\nTODO\n', 1, ['[More Information Needed]', 'TODO', 'TBD']);
    expect(root.children[0]?.placeholders).toEqual([{ text: 'TODO', line: 3 }]);
  });
});
