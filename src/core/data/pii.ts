/**
 * PII detection on a sample of each text column: e-mail addresses, phone numbers, payment card
 * numbers (13–19 digits passing the Luhn checksum), national ids (US SSN, UK NINO, French NIR) and IP
 * addresses. A column is flagged when at least half of its sampled non-empty values match one kind.
 */
import type { Finding } from '../finding.js';

export type PiiKind = 'email' | 'phone' | 'payment_card' | 'national_id' | 'ip_address';

const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
const PHONE = /^\+?[0-9][0-9 ().-]{6,18}[0-9]$/;
const SSN = /^(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/;
const NINO = /^[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/i;
const NIR = /^[12] ?\d{2} ?(0[1-9]|1[0-2]) ?(\d{2}|2[AB]) ?\d{3} ?\d{3} ?(\d{2})?$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const IPV6 = /^(?=.*:.*:)[0-9A-Fa-f:]{2,39}$/;

/** The Luhn (mod 10) checksum of a digit string, as payment card numbers carry. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The kind of personal data one value looks like, if any. */
export function piiKindOf(value: string): PiiKind | undefined {
  const v = value.trim();
  if (!v || v.length > 100) return undefined;
  if (EMAIL.test(v)) return 'email';
  if (IPV4.test(v) || IPV6.test(v)) return 'ip_address';
  if (SSN.test(v) || NINO.test(v) || NIR.test(v)) return 'national_id';
  const digits = v.replace(/[ -]/g, '');
  if (/^\d{13,19}$/.test(digits) && /^[\d -]+$/.test(v) && luhnValid(digits)) return 'payment_card';
  // E.164 numbers have at most 15 digits; separators or a leading + tell them from plain integers.
  const n = v.replace(/\D/g, '').length;
  const dateLike = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(v);
  if (PHONE.test(v) && !dateLike && n >= 7 && n <= 15 && (v.startsWith('+') || /[ ().-]/.test(v)))
    return 'phone';
  return undefined;
}

export interface PiiColumn {
  column: string;
  kind: PiiKind;
  /** Share of sampled non-empty values of that kind. */
  share: number;
  examples: number;
}

/** Flags a column when at least half its sampled non-empty values are one kind of PII. */
export function detectPii(column: string, values: readonly unknown[]): PiiColumn | undefined {
  const texts = values
    .filter((v): v is string | number => (typeof v === 'string' && v.trim() !== '') || typeof v === 'number')
    .map(String);
  if (!texts.length) return undefined;
  const counts = new Map<PiiKind, number>();
  for (const t of texts) {
    const k = piiKindOf(t);
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best || best[1] / texts.length < 0.5) return undefined;
  return { column, kind: best[0], share: best[1] / texts.length, examples: best[1] };
}

/** Which columns the card's `pii` declares: `fields`, or every column when it says `contains: true` without a list. */
export function declaredPii(pii: unknown): { all: boolean; fields: Set<string> } {
  if (pii === true) return { all: true, fields: new Set() };
  if (typeof pii === 'object' && pii !== null) {
    const p = pii as { contains?: unknown; fields?: unknown };
    const fields = Array.isArray(p.fields) ? p.fields.map(String) : [];
    return { all: p.contains === true && fields.length === 0, fields: new Set(fields) };
  }
  return { all: false, fields: new Set() };
}

/** An error for each detected PII column the card does not declare under `pii`. */
export function piiFindings(
  found: readonly PiiColumn[],
  pii: unknown,
  card: string,
  at: { line?: number; column?: number },
): Finding[] {
  const declared = declaredPii(pii);
  return found
    .filter((c) => !declared.all && !declared.fields.has(c.column))
    .map((c) => ({
      rule: 'data/pii-undeclared',
      severity: 'error' as const,
      message: `column '${c.column}' looks like ${c.kind.replace('_', ' ')} data (${Math.round(100 * c.share)}% of sampled values) but the data card does not declare it under \`pii\``,
      file: card,
      ...at,
      hint: `Add it to the card: \`pii: {contains: true, fields: [${c.column}], handling: …}\`, or remove / pseudonymise the column.`,
    }));
}
