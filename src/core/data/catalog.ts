/**
 * The supported expectations, each compiled to a piece of SQL with Great Expectations' semantics:
 * column map expectations count unexpected non-null values (nulls are outside the denominator,
 * except for not_be_null), aggregate expectations compare one statistic with a range, table
 * expectations look at the columns and the row count. Values only ever become bound parameters.
 */
import type { Expectation } from './contract.js';
import type { Params } from './sql.js';
import {
  exprs,
  fieldTypeOf,
  notOfType,
  numberOf,
  typeCount,
  type ColumnInfo,
  type NumberOf,
} from './types.js';

export { fieldTypeOf, type ColumnInfo, type NumberOf };

export interface TableFacts {
  columns: string[];
  rowCount: number;
}

export type CheckSpec =
  /**
   * `unexpected` is the condition on one row (its value is known non-null unless countNulls);
   * `count`, when given, is an aggregate equal to `count_if(<non-null> AND unexpected)` that costs
   * less per row (a count of successful casts instead of a test per row), for the single pass.
   */
  | {
      kind: 'map';
      column: string;
      unexpected: (p: Params, numberOf?: NumberOf) => string;
      count?: (p: Params, numberOf?: NumberOf) => string;
      countNulls?: boolean;
      describe: string;
    }
  | { kind: 'unique'; columns: string[]; describe: string }
  | {
      kind: 'aggregate';
      column: string;
      expr: (p: Params, numberOf?: NumberOf) => string;
      judge: (observed: unknown) => boolean;
      describe: string;
    }
  | { kind: 'table'; judge: (t: TableFacts) => { success: boolean; observed: unknown }; describe: string }
  | { kind: 'invalid'; message: string; missingColumn?: string };

type K = Record<string, unknown>;

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const str = (v: unknown): v is string => typeof v === 'string';

/** Whether `v` lies in GX's [min_value, max_value] (strict_min / strict_max make a bound exclusive; null is unbounded). */
export function inRange(v: unknown, k: K): boolean {
  if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) return false;
  const lo = k.min_value;
  const hi = k.max_value;
  const cmp = (a: unknown, b: unknown): number =>
    typeof a === 'number' && typeof b === 'number'
      ? a - b
      : String(a) < String(b)
        ? -1
        : String(a) > String(b)
          ? 1
          : 0;
  if (lo !== null && lo !== undefined && (k.strict_min ? cmp(v, lo) <= 0 : cmp(v, lo) < 0)) return false;
  if (hi !== null && hi !== undefined && (k.strict_max ? cmp(v, hi) >= 0 : cmp(v, hi) > 0)) return false;
  return true;
}

function rangeText(k: K): string {
  const lo = k.min_value ?? null;
  const hi = k.max_value ?? null;
  if (lo !== null && hi !== null) return `between ${String(lo)} and ${String(hi)}`;
  if (lo !== null) return `${k.strict_min ? '>' : '>='} ${String(lo)}`;
  return `${k.strict_max ? '<' : '<='} ${String(hi)}`;
}

/** Whether a bound is given (GX: null or absent means unbounded). */
const bounded = (v: unknown): boolean => v !== null && v !== undefined;

/** Condition true when a value (known to be non-null) lies outside GX's range. */
function beyond(v: string, k: K, p: Params): string[] {
  const parts: string[] = [];
  if (bounded(k.min_value)) parts.push(`${v} ${k.strict_min ? '<=' : '<'} ${p.add(k.min_value)}`);
  if (bounded(k.max_value)) parts.push(`${v} ${k.strict_max ? '>=' : '>'} ${p.add(k.max_value)}`);
  return parts;
}

/** SQL condition true when a non-null value is outside GX's range; strings compare as text (ISO dates). */
function outside(col: ColumnInfo, k: K, p: Params, valueOf: 'value' | 'length', shared?: NumberOf): string {
  const e = exprs(col);
  const textual = str(k.min_value) || str(k.max_value);
  const v = valueOf === 'length' ? `length(${e.text})` : textual ? e.text : numberOf(col, shared);
  return [`${v} IS NULL`, ...beyond(v, k, p)].join(' OR ');
}

/**
 * The unexpected count of a numeric range check in one pass: values that are not numbers (non-null
 * values minus successful casts) plus numbers outside the range, without a per-row IS NULL test.
 */
function outsideCount(col: ColumnInfo, k: K, p: Params, shared?: NumberOf): string {
  const n = numberOf(col, shared);
  return `count(${exprs(col).q}) - count(${n}) + count_if(${beyond(n, k, p).join(' OR ')})`;
}

/**
 * Membership of a non-null value in the set, numerically when every member is a number (as GX
 * compares parsed values; a value that is not a number is then not in the set). `list_contains` over
 * the bound members costs DuckDB about a tenth of `IN ($1, …)` per row (measured). Null members are
 * left out: they never match a value (GX's `isin` on non-null values).
 */
function inSet(col: ColumnInfo, set: unknown[], p: Params, shared?: NumberOf): string {
  const members = set.filter((v) => v !== null && v !== undefined);
  if (!members.length) return 'FALSE';
  if (members.every(num))
    return `coalesce(list_contains([${members.map((v) => p.add(v)).join(', ')}], ${numberOf(col, shared)}), FALSE)`;
  return `list_contains([${members.map((v) => p.add(String(v))).join(', ')}], ${exprs(col).text})`;
}

/** RE2 metacharacters: a regex without any is a plain string, matched faster by `contains` / `=`. */
const REGEX_META = /[\\.+*?()|[\]{}^$]/;

/** Whether the value matches the regex: anywhere (GX's re.search) or as a whole (Frictionless pattern). */
function matches(text: string, regex: string, full: boolean, p: Params): string {
  if (!REGEX_META.test(regex))
    return full ? `(${text} = ${p.add(regex)})` : `contains(${text}, ${p.add(regex)})`;
  return `${full ? 'regexp_full_match' : 'regexp_matches'}(${text}, ${p.add(regex)})`;
}

const STATS: Record<string, { sql: (n: string) => string; name: string }> = {
  expect_column_mean_to_be_between: { sql: (n) => `avg(${n})`, name: 'mean' },
  expect_column_median_to_be_between: { sql: (n) => `median(${n})`, name: 'median' },
  expect_column_stdev_to_be_between: { sql: (n) => `stddev_samp(${n})`, name: 'standard deviation' },
  expect_column_sum_to_be_between: { sql: (n) => `sum(${n})`, name: 'sum' },
  expect_column_min_to_be_between: { sql: (n) => `min(${n})`, name: 'minimum' },
  expect_column_max_to_be_between: { sql: (n) => `max(${n})`, name: 'maximum' },
};

/** Names of every supported expectation. */
export const SUPPORTED = [
  'expect_column_to_exist',
  'expect_column_values_to_not_be_null',
  'expect_column_values_to_be_null',
  'expect_column_values_to_be_between',
  'expect_column_value_lengths_to_be_between',
  'expect_column_value_lengths_to_equal',
  'expect_column_values_to_be_in_set',
  'expect_column_values_to_not_be_in_set',
  'expect_column_values_to_match_regex',
  'expect_column_values_to_not_match_regex',
  'expect_column_values_to_be_of_type',
  'expect_column_values_to_be_in_type_list',
  'expect_column_values_to_be_unique',
  'expect_compound_columns_to_be_unique',
  'expect_select_column_values_to_be_unique_within_record',
  ...Object.keys(STATS),
  'expect_column_unique_value_count_to_be_between',
  'expect_column_proportion_of_unique_values_to_be_between',
  'expect_table_row_count_to_be_between',
  'expect_table_row_count_to_equal',
  'expect_table_column_count_to_equal',
  'expect_table_column_count_to_be_between',
  'expect_table_columns_to_match_set',
  'expect_table_columns_to_match_ordered_list',
].filter((n) => n !== 'expect_select_column_values_to_be_unique_within_record');

/** Compiles one expectation against the actual columns. */
export function checkSpec(e: Expectation, columns: readonly ColumnInfo[]): CheckSpec {
  const k = e.kwargs;
  const table = tableSpec(e.type, k);
  if (table) return table;
  if (e.type === 'expect_compound_columns_to_be_unique') {
    const list = Array.isArray(k.column_list) ? k.column_list.map(String) : [];
    const missing = list.find((c) => !columns.some((x) => x.name === c));
    if (!list.length) return { kind: 'invalid', message: 'needs `column_list`' };
    if (missing !== undefined)
      return { kind: 'invalid', message: `column '${missing}' is not in the data`, missingColumn: missing };
    return { kind: 'unique', columns: list, describe: `(${list.join(', ')}) unique` };
  }
  if (!str(k.column))
    return {
      kind: 'invalid',
      message: SUPPORTED.includes(e.type) ? 'needs `column`' : `unsupported expectation '${e.type}'`,
    };
  const col = columns.find((c) => c.name === k.column);
  if (!SUPPORTED.includes(e.type)) return { kind: 'invalid', message: `unsupported expectation '${e.type}'` };
  if (!col)
    return { kind: 'invalid', message: `column '${k.column}' is not in the data`, missingColumn: k.column };
  return columnSpec(e.type, k, col) ?? { kind: 'invalid', message: `invalid arguments for '${e.type}'` };
}

function columnSpec(type: string, k: K, col: ColumnInfo): CheckSpec | undefined {
  const e = exprs(col);
  const column = col.name;
  type Sql = (p: Params, shared?: NumberOf) => string;
  const map = (describe: string, unexpected: Sql, count?: Sql): CheckSpec => ({
    kind: 'map',
    column,
    unexpected,
    describe,
    ...(count ? { count } : {}),
  });
  const ranged = bounded(k.min_value) || bounded(k.max_value);
  switch (type) {
    case 'expect_column_to_exist':
      return { kind: 'table', judge: () => ({ success: true, observed: true }), describe: 'exists' };
    case 'expect_column_values_to_not_be_null':
      return {
        kind: 'map',
        column,
        unexpected: () => `${e.q} IS NULL`,
        count: () => `count(*) - count(${e.q})`,
        countNulls: true,
        describe: 'not null',
      };
    case 'expect_column_values_to_be_null':
      return map(
        'null',
        () => 'TRUE',
        () => `count(${e.q})`,
      );
    case 'expect_column_values_to_be_between': {
      if (!ranged) return undefined;
      const textual = str(k.min_value) || str(k.max_value);
      return map(
        rangeText(k),
        (p, n) => outside(col, k, p, 'value', n),
        textual ? undefined : (p, n) => outsideCount(col, k, p, n),
      );
    }
    case 'expect_column_value_lengths_to_be_between':
      if (!ranged) return undefined;
      return map(`length ${rangeText(k)}`, (p) => outside(col, k, p, 'length'));
    case 'expect_column_value_lengths_to_equal':
      return num(k.value)
        ? map(`length ${k.value}`, (p) => `length(${e.text}) <> ${p.add(k.value)}`)
        : undefined;
    case 'expect_column_values_to_be_in_set': {
      if (!Array.isArray(k.value_set)) return undefined;
      const set = k.value_set as unknown[];
      return map(
        `in ${JSON.stringify(set)}`,
        (p, n) => `NOT (${inSet(col, set, p, n)})`,
        (p, n) => `count(${e.q}) - count_if(${inSet(col, set, p, n)})`,
      );
    }
    case 'expect_column_values_to_not_be_in_set': {
      if (!Array.isArray(k.value_set)) return undefined;
      const set = k.value_set as unknown[];
      return map(`not in ${JSON.stringify(set)}`, (p, n) => `coalesce(${inSet(col, set, p, n)}, FALSE)`);
    }
    case 'expect_column_values_to_match_regex': {
      // GX matches anywhere in the value (re.search); Frictionless `pattern` must match the whole value.
      if (!str(k.regex)) return undefined;
      const unmatched = (p: Params) => `NOT ${matches(e.text, k.regex as string, !!k.full_match, p)}`;
      // A match of a null value is NULL, which count_if leaves out: no separate IS NOT NULL test.
      return map(`match /${k.regex}/`, unmatched, (p) => `count_if(${unmatched(p)})`);
    }
    case 'expect_column_values_to_not_match_regex': {
      if (!str(k.regex)) return undefined;
      const matched = (p: Params) => matches(e.text, k.regex as string, false, p);
      return map(`not match /${k.regex}/`, matched, (p) => `count_if(${matched(p)})`);
    }
    case 'expect_column_values_to_be_of_type': {
      const t = str(k.type_) ? fieldTypeOf(k.type_) : undefined;
      return t
        ? map(`of type ${String(k.type_)}`, (p, n) => notOfType(col, t, p, n), typeCount(col, t))
        : undefined;
    }
    case 'expect_column_values_to_be_in_type_list': {
      const ts = Array.isArray(k.type_list) ? k.type_list.map((x) => fieldTypeOf(String(x))) : [];
      if (!ts.length || ts.some((t) => !t)) return undefined;
      return map(`of a type in ${JSON.stringify(k.type_list)}`, (p, n) =>
        ts.map((t) => `(${notOfType(col, t!, p, n)})`).join(' AND '),
      );
    }
    case 'expect_column_values_to_be_unique':
      return { kind: 'unique', columns: [column], describe: 'unique' };
    case 'expect_column_unique_value_count_to_be_between':
      return {
        kind: 'aggregate',
        column,
        expr: () => `count(DISTINCT ${e.q})`,
        judge: (v) => inRange(v, k),
        describe: `distinct count ${rangeText(k)}`,
      };
    case 'expect_column_proportion_of_unique_values_to_be_between':
      return {
        kind: 'aggregate',
        column,
        expr: () => `count(DISTINCT ${e.q}) / nullif(count(${e.q}), 0)`,
        judge: (v) => inRange(v, k),
        describe: `unique proportion ${rangeText(k)}`,
      };
  }
  const stat = STATS[type];
  if (stat)
    return {
      kind: 'aggregate',
      column,
      expr: (_p, n) => stat.sql(numberOf(col, n)),
      judge: (v) => inRange(v, k),
      describe: `${stat.name} ${rangeText(k)}`,
    };
  return undefined;
}

function tableSpec(type: string, k: K): CheckSpec | undefined {
  switch (type) {
    case 'expect_table_row_count_to_be_between':
      return {
        kind: 'table',
        judge: (t) => ({ success: inRange(t.rowCount, k), observed: t.rowCount }),
        describe: `row count ${rangeText(k)}`,
      };
    case 'expect_table_row_count_to_equal':
      return {
        kind: 'table',
        judge: (t) => ({ success: t.rowCount === k.value, observed: t.rowCount }),
        describe: `row count ${String(k.value)}`,
      };
    case 'expect_table_column_count_to_equal':
      return {
        kind: 'table',
        judge: (t) => ({ success: t.columns.length === k.value, observed: t.columns.length }),
        describe: `${String(k.value)} columns`,
      };
    case 'expect_table_column_count_to_be_between':
      return {
        kind: 'table',
        judge: (t) => ({ success: inRange(t.columns.length, k), observed: t.columns.length }),
        describe: `column count ${rangeText(k)}`,
      };
    case 'expect_table_columns_to_match_ordered_list': {
      const list = Array.isArray(k.column_list) ? k.column_list.map(String) : [];
      return {
        kind: 'table',
        judge: (t) => ({ success: t.columns.join('\0') === list.join('\0'), observed: t.columns }),
        describe: `columns ${JSON.stringify(list)} in order`,
      };
    }
    case 'expect_table_columns_to_match_set': {
      const set = Array.isArray(k.column_set) ? k.column_set.map(String) : [];
      const exact = k.exact_match !== false;
      return {
        kind: 'table',
        judge: (t) => {
          const missing = set.filter((c) => !t.columns.includes(c));
          const extra = t.columns.filter((c) => !set.includes(c));
          return { success: missing.length === 0 && (!exact || extra.length === 0), observed: t.columns };
        },
        describe: `columns ${JSON.stringify(set)}`,
      };
    }
  }
  return undefined;
}
