import { describe, expect, it } from '@jest/globals';
import { updateCardFile } from '../../../src/core/feedback/card.js';

const card = `---
# the feedback dataset
name: feedback
version: 1.2.0
files:
  - path: feedback.jsonl # appended by the feedback action
    sha256: ${'0'.repeat(64)}
    rows: 1
---

# Data Card: feedback
`;
const facts = { path: 'feedback.jsonl', sha256: 'a'.repeat(64), bytes: 300, rows: 3 };

describe('updateCardFile', () => {
  it('sets the file facts and bumps the minor version, keeping comments and the body', () => {
    const out = updateCardFile(card, 'DATA_CARD.md', facts);

    expect(out).toContain('# the feedback dataset');
    expect(out).toContain('version: 1.3.0');
    expect(out).toContain(`sha256: ${'a'.repeat(64)}`);
    expect(out).toContain('bytes: 300');
    expect(out).toContain('rows: 3');
    expect(out).toContain('# appended by the feedback action');
    expect(out.endsWith('---\n\n# Data Card: feedback\n')).toBe(true);
  });

  it('bumps once against the base version however often it runs', () => {
    const once = updateCardFile(card, 'DATA_CARD.md', facts, '1.2.0');

    expect(updateCardFile(once, 'DATA_CARD.md', { ...facts, rows: 4 }, '1.2.0')).toContain('version: 1.3.0');
  });

  it('adds an entry for a file the card does not list yet', () => {
    const out = updateCardFile(card, 'DATA_CARD.md', { ...facts, path: 'more.jsonl' });

    expect(out).toMatch(/- path: more.jsonl\n\s+sha256: a{64}/);
  });
});
