/**
 * How a contract reads a column's values: as text and as a number, and whether each value is of a
 * Frictionless type. CSV has no types, so types are checked value by value (see docs/data.md).
 */
import type { FieldType } from './contract.js';
import { quoteIdent, type Params } from './sql.js';

/** A column of the data as DuckDB describes it. */
export interface ColumnInfo {
  name: string;
  /** DuckDB type; VARCHAR for CSV read as text. */
  type: string;
}

/**
 * The SQL for a column's value as a number, given its name. The aggregate pass passes one that refers
 * to a cast computed once per row and shared by every check on the column; by default the cast is inline.
 */
export type NumberOf = (column: string) => string;

/** Values of a column as text and as a number (non-numbers become NULL). */
export function exprs(col: ColumnInfo): { q: string; text: string; number: string } {
  const q = quoteIdent(col.name);
  return {
    q,
    text: col.type === 'VARCHAR' ? q : `CAST(${q} AS VARCHAR)`,
    number: `TRY_CAST(${q} AS DOUBLE)`,
  };
}

/** The column's value as a number: the shared cast of the aggregate pass when given, else inline. */
export function numberOf(col: ColumnInfo, shared?: NumberOf): string {
  return shared ? shared(col.name) : exprs(col).number;
}

/**
 * Frictionless integer: optional sign and digits, any length. Not `TRY_CAST(… AS BIGINT)`: DuckDB's
 * cast also accepts `1.0`, `1.5` (rounded), `1e3`, `0x10`, `0b101`, `1_000` and a vertical tab, and
 * refuses integers beyond 64 bits (checked against DuckDB 1.5's integer_cast_operator.hpp).
 */
const INTEGER = '\\s*[+-]?[0-9]+\\s*';
const YEAR = '[+-]?[0-9]{4}';
const DURATION =
  'P(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?';

/** GX / pandas / SQL type names mapped onto Frictionless types (values are checked, since CSV has none). */
export function fieldTypeOf(name: string): FieldType | undefined {
  const t = name.toLowerCase().replace(/\(.*\)$/, '');
  if (
    /^(integer|int|int8|int16|int32|int64|uint8|uint16|uint32|uint64|bigint|smallint|tinyint|hugeint|long)$/.test(
      t,
    )
  )
    return 'integer';
  if (/^(number|float|float16|float32|float64|double|real|decimal|numeric)$/.test(t)) return 'number';
  if (/^(string|str|varchar|text|char|object_)$/.test(t)) return 'string';
  if (/^(boolean|bool)$/.test(t)) return 'boolean';
  if (t === 'date') return 'date';
  if (/^(datetime|datetime64|datetime64\[ns\]|timestamp|timestamptz|timestamp with time zone)$/.test(t))
    return 'datetime';
  if (t === 'time') return 'time';
  if (t === 'year') return 'year';
  if (/^(duration|interval|timedelta)$/.test(t)) return 'duration';
  if (/^(object|struct|map|dict|json)$/.test(t)) return 'object';
  if (/^(array|list)$/.test(t)) return 'array';
  if (t === 'any') return 'any';
  return undefined;
}

const NATIVE_INTEGER = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/;
/** Frictionless' boolean values (trueValues and falseValues defaults). */
const BOOLEAN_VALUES = `['true', 'True', 'TRUE', '1', 'false', 'False', 'FALSE', '0']`;
const CASTS: Partial<Record<FieldType, string>> = { date: 'DATE', datetime: 'TIMESTAMPTZ', time: 'TIME' };

/** Condition true when a non-null value does not parse as the Frictionless type. */
export function notOfType(col: ColumnInfo, type: FieldType, p: Params, shared?: NumberOf): string {
  const e = exprs(col);
  const cast = CASTS[type];
  if (cast) return `TRY_CAST(${e.text} AS ${cast}) IS NULL`;
  switch (type) {
    case 'integer':
      return NATIVE_INTEGER.test(col.type) ? 'FALSE' : `NOT regexp_full_match(${e.text}, ${p.add(INTEGER)})`;
    case 'number':
      return `${numberOf(col, shared)} IS NULL`;
    case 'boolean':
      return col.type === 'BOOLEAN' ? 'FALSE' : `NOT list_contains(${BOOLEAN_VALUES}, ${e.text})`;
    case 'year':
      return `NOT regexp_full_match(${e.text}, ${p.add(YEAR)})`;
    case 'duration':
      return `(${e.text} IN ('P', '') OR ${e.text} LIKE '%T' OR NOT regexp_full_match(${e.text}, ${p.add(DURATION)}))`;
    case 'object':
      return /^(STRUCT|MAP)/.test(col.type)
        ? 'FALSE'
        : `coalesce(json_type(TRY_CAST(${e.text} AS JSON)) <> 'OBJECT', TRUE)`;
    case 'array':
      return /\[\]$|^LIST/.test(col.type)
        ? 'FALSE'
        : `coalesce(json_type(TRY_CAST(${e.text} AS JSON)) <> 'ARRAY', TRUE)`;
    default:
      return 'FALSE';
  }
}

/**
 * The type check's unexpected count as an aggregate for the single pass: non-null values minus the
 * values that parse (a count of casts, no per-row test), or the regex test alone (NULL for a null
 * value, so not counted). Undefined: the planner counts `notOfType` on non-null values.
 */
export function typeCount(
  col: ColumnInfo,
  type: FieldType,
): ((p: Params, shared?: NumberOf) => string) | undefined {
  const e = exprs(col);
  const cast = CASTS[type];
  if (cast) return () => `count(${e.q}) - count(TRY_CAST(${e.text} AS ${cast}))`;
  switch (type) {
    case 'number':
      return (_p, n) => `count(${e.q}) - count(${numberOf(col, n)})`;
    case 'integer':
    case 'year':
      return (p) => `count_if(${notOfType(col, type, p)})`;
    case 'boolean':
      return col.type === 'BOOLEAN'
        ? () => '0'
        : () => `count(${e.q}) - count_if(list_contains(${BOOLEAN_VALUES}, ${e.text}))`;
    default:
      return undefined;
  }
}
