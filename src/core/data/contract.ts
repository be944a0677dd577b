/**
 * A DataContract: columns with Frictionless Table Schema types and constraints, plus Great
 * Expectations expectations by name with their keyword arguments. Both shapes of a GX suite JSON
 * (1.x `type`, 0.18 `expectation_type`) are accepted as they are. Everything normalises to one
 * list of Expectations that remembers where in the contract it came from (for finding lines).
 */
import type { Finding } from '../finding.js';
import type { JsonPath } from '../yaml/index.js';

/** Frictionless Table Schema field types. */
export const FIELD_TYPES = [
  'string',
  'number',
  'integer',
  'boolean',
  'date',
  'datetime',
  'time',
  'year',
  'duration',
  'object',
  'array',
  'any',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface Constraints {
  required?: boolean;
  unique?: boolean;
  minimum?: number | string;
  maximum?: number | string;
  exclusiveMinimum?: number | string;
  exclusiveMaximum?: number | string;
  minLength?: number;
  maxLength?: number;
  /** A regular expression the whole value must match (Frictionless: full match). */
  pattern?: string;
  enum?: unknown[];
}

export interface ColumnSpec {
  name: string;
  type?: FieldType;
  description?: string;
  required?: boolean;
  unique?: boolean;
  constraints?: Constraints;
}

/** One check, GX-style: the expectation type and its keyword arguments. */
export interface Expectation {
  type: string;
  kwargs: Record<string, unknown>;
  meta?: Record<string, unknown>;
  /** Where it was written in the contract (a column's key, or an expectations entry). */
  path: JsonPath;
}

export interface DataContract {
  columns: ColumnSpec[];
  expectations: Expectation[];
  /** Findings about the contract itself (unknown types, malformed entries). */
  findings: Finding[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Normalises a parsed contract (our YAML, a data card's `schema`, or a GX suite JSON) into expectations. */
export function normaliseContract(value: unknown, file: string, basePath: JsonPath = []): DataContract {
  const findings: Finding[] = [];
  const contract: DataContract = { columns: [], expectations: [], findings };
  if (!isObj(value)) {
    findings.push({
      rule: 'contract/not-a-mapping',
      severity: 'error',
      message: 'a data contract must be a mapping with `columns` and/or `expectations`',
      file,
    });
    return contract;
  }
  const key = Array.isArray(value.columns) ? 'columns' : 'fields';
  const columns = Array.isArray(value[key]) ? (value[key] as unknown[]) : [];
  columns.forEach((raw, i) => {
    if (!isObj(raw) || typeof raw.name !== 'string') return;
    const spec = raw as unknown as ColumnSpec;
    contract.columns.push(spec);
    contract.expectations.push(...columnExpectations(spec, [...basePath, key, i]));
  });
  const pk = value.primaryKey ?? value.primary_key;
  if (typeof pk === 'string' || Array.isArray(pk)) {
    const cols = (Array.isArray(pk) ? pk : [pk]).map(String);
    const path = [...basePath, value.primaryKey !== undefined ? 'primaryKey' : 'primary_key'];
    for (const column of cols)
      contract.expectations.push({ type: 'expect_column_values_to_not_be_null', kwargs: { column }, path });
    contract.expectations.push({
      type: 'expect_compound_columns_to_be_unique',
      kwargs: { column_list: cols },
      path,
    });
  }
  const list = Array.isArray(value.expectations) ? value.expectations : [];
  list.forEach((raw, i) => {
    const e = expectationEntry(raw, [...basePath, 'expectations', i]);
    if (e) contract.expectations.push(e);
    else
      findings.push({
        rule: 'contract/bad-expectation',
        severity: 'error',
        message: `expectations[${i}] is not an expectation`,
        file,
        hint: 'Write `- expect_column_values_to_not_be_null: {column: id}` or `{type: expect_…, kwargs: {…}}`.',
      });
  });
  return contract;
}

/** `{type|expectation_type, kwargs, meta}` (GX 1.x / 0.18) or `{expect_name: {kwargs}}` (our short form). */
function expectationEntry(raw: unknown, path: JsonPath): Expectation | undefined {
  if (!isObj(raw)) return undefined;
  const type = raw.type ?? raw.expectation_type;
  if (typeof type === 'string') {
    const kwargs = isObj(raw.kwargs) ? raw.kwargs : {};
    return { type, kwargs, path, ...(isObj(raw.meta) ? { meta: raw.meta } : {}) };
  }
  const keys = Object.keys(raw);
  if (keys.length === 1 && keys[0]!.startsWith('expect_')) {
    const kwargs = raw[keys[0]!];
    return { type: keys[0]!, kwargs: isObj(kwargs) ? { ...kwargs } : {}, path: [...path, keys[0]!] };
  }
  return undefined;
}

/** The expectations a Frictionless field implies: its type, `required`, `unique` and constraints. */
function columnExpectations(spec: ColumnSpec, path: JsonPath): Expectation[] {
  const column = spec.name;
  const c: Constraints = { ...(spec.constraints ?? {}) };
  const out: Expectation[] = [
    { type: 'expect_column_to_exist', kwargs: { column }, path: [...path, 'name'] },
  ];
  const at = (k: string): JsonPath =>
    spec.constraints && k in spec.constraints ? [...path, 'constraints', k] : [...path, k];
  if (spec.type && spec.type !== 'any' && spec.type !== 'string') {
    out.push({
      type: 'expect_column_values_to_be_of_type',
      kwargs: { column, type_: spec.type },
      path: [...path, 'type'],
    });
  }
  if (spec.required || c.required)
    out.push({ type: 'expect_column_values_to_not_be_null', kwargs: { column }, path: at('required') });
  if (spec.unique || c.unique)
    out.push({ type: 'expect_column_values_to_be_unique', kwargs: { column }, path: at('unique') });
  const min = c.exclusiveMinimum ?? c.minimum;
  const max = c.exclusiveMaximum ?? c.maximum;
  if (min !== undefined || max !== undefined) {
    out.push({
      type: 'expect_column_values_to_be_between',
      kwargs: {
        column,
        min_value: min ?? null,
        max_value: max ?? null,
        strict_min: c.exclusiveMinimum !== undefined,
        strict_max: c.exclusiveMaximum !== undefined,
      },
      path: at(
        min !== undefined
          ? c.exclusiveMinimum !== undefined
            ? 'exclusiveMinimum'
            : 'minimum'
          : c.exclusiveMaximum !== undefined
            ? 'exclusiveMaximum'
            : 'maximum',
      ),
    });
  }
  if (c.minLength !== undefined || c.maxLength !== undefined) {
    out.push({
      type: 'expect_column_value_lengths_to_be_between',
      kwargs: { column, min_value: c.minLength ?? null, max_value: c.maxLength ?? null },
      path: at(c.minLength !== undefined ? 'minLength' : 'maxLength'),
    });
  }
  if (c.pattern !== undefined)
    out.push({
      type: 'expect_column_values_to_match_regex',
      kwargs: { column, regex: c.pattern, full_match: true },
      path: at('pattern'),
    });
  if (c.enum !== undefined)
    out.push({
      type: 'expect_column_values_to_be_in_set',
      kwargs: { column, value_set: c.enum },
      path: at('enum'),
    });
  return out;
}
