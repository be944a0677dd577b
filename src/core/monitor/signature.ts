/**
 * A batch against the model's signature (the model card's `signature`): every input column present,
 * the prediction column present, and types that fit (numbers where numbers are declared). Column types
 * are DuckDB's as read from the file.
 */
import { canonicalType } from '../cards/datafiles.js';
import type { Finding } from '../finding.js';

export interface SignatureField {
  name: string;
  type?: string;
}

export interface Signature {
  inputs: SignatureField[];
  outputs: SignatureField[];
}

/** The card's `signature` value as a Signature, or undefined when it is absent or not a mapping. */
export function readSignature(value: unknown): Signature | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const side = (list: unknown): SignatureField[] =>
    (Array.isArray(list) ? list : []).flatMap((f: unknown) => {
      const o = f as { name?: unknown; type?: unknown } | null;
      return o && typeof o.name === 'string' ? [{ name: o.name, type: typeof o.type === 'string' ? o.type : undefined }] : [];
    });
  const v = value as { inputs?: unknown; outputs?: unknown };
  return { inputs: side(v.inputs), outputs: side(v.outputs) };
}

const DUCK_INTEGER = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/;
const DUCK_NUMBER = /^(FLOAT|DOUBLE|DECIMAL.*)$/;

/** The canonical type a DuckDB column type stands for. */
export function columnKind(duckType: string): string {
  if (DUCK_INTEGER.test(duckType)) return 'integer';
  if (DUCK_NUMBER.test(duckType)) return 'number';
  if (duckType === 'BOOLEAN') return 'boolean';
  if (duckType === 'DATE') return 'date';
  if (duckType.startsWith('TIMESTAMP')) return 'datetime';
  return 'string';
}

/** True when a column of `actual` (canonical) can hold values of the declared type. */
function fits(declared: string, actual: string): boolean {
  if (declared === 'number') return actual === 'number' || actual === 'integer';
  if (declared === 'integer') return actual === 'integer';
  if (declared === 'boolean') return actual === 'boolean' || actual === 'integer';
  return true;
}

/** Findings for the batch's columns against the signature; `prediction` is the output column to expect. */
export function signatureFindings(signature: Signature, columns: ReadonlyArray<{ name: string; type: string }>, file: string, prediction?: string): Finding[] {
  const byName = new Map(columns.map((c) => [c.name, c]));
  const out: Finding[] = [];
  const expected = [...signature.inputs, ...signature.outputs.filter((o) => o.name === prediction)];
  for (const field of expected) {
    const column = byName.get(field.name);
    const role = signature.inputs.includes(field) ? 'input' : 'output';
    if (!column) {
      out.push({
        rule: 'monitor/missing-column',
        severity: 'error',
        message: `the model's ${role} '${field.name}' is not a column of the batch`,
        file,
        line: 1,
        hint: `The signature in the model card lists it; the batch has: ${columns.map((c) => c.name).slice(0, 20).join(', ')}.`,
      });
      continue;
    }
    const declared = field.type ? canonicalType(field.type) : undefined;
    const actual = columnKind(column.type);
    if (declared && !fits(declared, actual)) {
      out.push({
        rule: 'monitor/signature-type',
        severity: 'error',
        message: `column '${field.name}' holds ${actual} values but the model's signature declares ${field.type}`,
        file,
        line: 1,
        hint: 'The batch does not follow the model signature: check the producer, or that the model card describes the deployed model.',
      });
    }
  }
  return out;
}
