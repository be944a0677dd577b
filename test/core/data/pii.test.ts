import { describe, expect, it } from '@jest/globals';
import { detectPii, luhnValid, piiFindings, piiKindOf } from '../../../src/core/data/pii.js';

describe('PII detection', () => {
  it('recognises each kind of personal data', () => {
    expect(piiKindOf('jane.doe@example.org')).toBe('email');
    expect(piiKindOf('+44 20 7946 0958')).toBe('phone');
    expect(piiKindOf('4111 1111 1111 1111')).toBe('payment_card');
    expect(piiKindOf('123-45-6789')).toBe('national_id');
    expect(piiKindOf('AB 12 34 56 C')).toBe('national_id');
    expect(piiKindOf('192.168.0.1')).toBe('ip_address');
    expect(piiKindOf('2001:db8::1')).toBe('ip_address');
  });

  it('does not flag numbers that fail the Luhn checksum or plain measurements', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(piiKindOf('4111 1111 1111 1112')).toBeUndefined();
    expect(piiKindOf('12.5')).toBeUndefined();
    expect(piiKindOf('2024-01-31')).toBeUndefined();
  });

  it('flags a column when at least half its sample is one kind', () => {
    expect(detectPii('contact', ['a@x.org', 'b@y.com', 'n/a', ''])).toMatchObject({
      kind: 'email',
      share: 2 / 3,
    });
    expect(detectPii('notes', ['a@x.org', 'hello', 'world'])).toBeUndefined();
  });

  it('is an error only for columns the card does not declare', () => {
    const found = [
      { column: 'email', kind: 'email' as const, share: 1, examples: 3 },
      { column: 'ip', kind: 'ip_address' as const, share: 1, examples: 3 },
    ];
    expect(
      piiFindings(found, { contains: true, fields: ['email'] }, 'DATA_CARD.md', { line: 7 }).map((f) => [
        f.message.split("'")[1],
        f.line,
      ]),
    ).toEqual([['ip', 7]]);
    expect(piiFindings(found, { contains: true }, 'c.md', {})).toEqual([]);
    expect(piiFindings(found, false, 'c.md', {})).toHaveLength(2);
  });
});
