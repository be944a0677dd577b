import { describe, expect, test } from '@jest/globals';
import { decodeCardText } from '../../../src/core/cards/text.js';

describe('decoding card bytes', () => {
  test('removes a BOM and normalises CRLF and lone CR to LF', () => {
    expect(decodeCardText(Buffer.from('\uFEFFa\r\nb\rc\n'), 'c.md')).toEqual({ ok: true, text: 'a\nb\nc\n' });
  });

  test('a binary file is a card/binary finding, not a crash', () => {
    const r = decodeCardText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'MODEL_CARD.md');
    expect(r).toMatchObject({ ok: false, finding: { rule: 'card/binary', severity: 'error', file: 'MODEL_CARD.md' } });
  });

  test('invalid UTF-8 names the line of the first bad byte', () => {
    const r = decodeCardText(Buffer.concat([Buffer.from('---\nname: x\n'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]), 'c.md');
    expect(r).toMatchObject({ ok: false, finding: { rule: 'card/encoding', line: 3 } });
  });
});
