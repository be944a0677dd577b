/** Params and metrics files (YAML or JSON), flattened to dotted names the way `dvc params diff` shows them. */
import { UserError } from '../errors.js';
import { parseYaml, type ParseYamlOptions } from '../yaml/index.js';
import type { Scalar } from './record.js';

/**
 * Flattens nested objects to dotted keys (`{train: {lr: 0.1}}` → `train.lr`) and arrays to
 * indexed keys (`layers.0`), as DVC does for params and metrics files.
 */
export function flatten(
  value: unknown,
  prefix = '',
  out: Record<string, Scalar> = {},
): Record<string, Scalar> {
  if (Array.isArray(value)) {
    if (value.length === 0 && prefix) out[prefix] = '[]';
    value.forEach((v, i) => flatten(v, prefix ? `${prefix}.${i}` : String(i), out));
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value);
    if (entries.length === 0 && prefix) out[prefix] = '{}';
    for (const [k, v] of entries) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) {
    out[prefix] = toScalar(value);
  }
  return out;
}

function toScalar(value: unknown): Scalar {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** Params and metrics files can hold thousands of values; far above that is not a metrics file. */
export const MAX_VALUES_BYTES = 32 * 1024 * 1024;

/** Parses YAML (or JSON) with the safe parser; its first error becomes a UserError with file and line. */
export function yamlOrThrow(
  text: string,
  file: string,
  options: ParseYamlOptions = {},
  hint?: string,
): unknown {
  const parsed = parseYaml(text, file, { rulePrefix: 'experiment', ...options });
  const error = parsed.findings.find((f) => f.severity === 'error');
  if (!error) return parsed.value;
  throw new UserError(`cannot read ${file}: ${error.message}`, {
    file,
    line: error.line,
    column: error.column,
    hint: error.hint ?? hint,
  });
}

/**
 * Parses a params or metrics file (JSON is YAML 1.2, so the one safe YAML parser reads both) and
 * flattens it. Malformed text or a top level that is not a mapping is a UserError naming file and line.
 */
export function parseValues(text: string, file: string): Record<string, Scalar> {
  const hint = 'params and metrics files are YAML or JSON mappings; nested mappings are flattened with dots';
  return flatten(yamlOrThrow(text, file, { expect: 'mapping', maxBytes: MAX_VALUES_BYTES }, hint) ?? {});
}

/** Reads a numeric value for comparison: numbers and numeric strings count, anything else is text. */
export function asNumber(value: Scalar | undefined): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}
