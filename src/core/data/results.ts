/**
 * Validation results in Great Expectations' shape (success, element_count, unexpected_count,
 * unexpected_percent, partial_unexpected_list …) and the Findings they produce, placed on the
 * contract line that declared each expectation.
 */
import type { Finding, Severity } from '../finding.js';
import type { JsonPath } from '../yaml/index.js';
import type { PlannedCheck } from './plan.js';

export interface ExpectationResult {
  success: boolean;
  expectation_config: { type: string; kwargs: Record<string, unknown>; meta?: Record<string, unknown> };
  result: {
    element_count?: number;
    missing_count?: number;
    missing_percent?: number | null;
    unexpected_count?: number;
    unexpected_percent?: number | null;
    unexpected_percent_total?: number | null;
    unexpected_percent_nonmissing?: number | null;
    partial_unexpected_list?: unknown[];
    /** 1-based data row numbers of the partial_unexpected_list values (header excluded). */
    partial_unexpected_index_list?: number[];
    observed_value?: unknown;
  };
  exception_info: { raised_exception: boolean; exception_message: string | null };
}

export interface ValidationResult {
  success: boolean;
  statistics: {
    evaluated_expectations: number;
    successful_expectations: number;
    unsuccessful_expectations: number;
    success_percent: number | null;
  };
  results: ExpectationResult[];
}

/** What the engine measured for one check. */
export interface CheckFacts {
  elementCount: number;
  /** Non-null values (map and unique checks). */
  nonNull?: number;
  unexpected?: number;
  observed?: unknown;
  /** Up to 20 unexpected values with their row numbers. */
  samples?: Array<{ row: number; value: unknown }>;
  columns?: string[];
}

const pct = (a: number, b: number): number | null => (b === 0 ? null : (100 * a) / b);

/** GX's `mostly`: the share of (non-null) values that must pass, default 1. */
export function mostlyOf(kwargs: Record<string, unknown>): number {
  return typeof kwargs.mostly === 'number' ? kwargs.mostly : 1;
}

/** One expectation's result from its facts. */
export function expectationResult(check: PlannedCheck, facts: CheckFacts): ExpectationResult {
  const e = check.expectation;
  const config = { type: e.type, kwargs: e.kwargs, ...(e.meta ? { meta: e.meta } : {}) };
  const s = check.spec;
  const noException = { raised_exception: false, exception_message: null };
  if (s.kind === 'invalid') {
    return {
      success: false,
      expectation_config: config,
      result: {},
      exception_info: { raised_exception: true, exception_message: s.message },
    };
  }
  if (s.kind === 'table') {
    const judged = s.judge({ columns: facts.columns ?? [], rowCount: facts.elementCount });
    return {
      success: judged.success,
      expectation_config: config,
      result: { observed_value: judged.observed },
      exception_info: noException,
    };
  }
  if (s.kind === 'aggregate') {
    return {
      success: s.judge(facts.observed),
      expectation_config: config,
      result: { observed_value: facts.observed ?? null },
      exception_info: noException,
    };
  }
  const n = facts.elementCount;
  const nonNull = facts.nonNull ?? n;
  const unexpected = facts.unexpected ?? 0;
  const missing = n - nonNull;
  const countsNulls = s.kind === 'map' && s.countNulls === true;
  // Nulls are outside the denominator, except when the expectation is about nulls (GX).
  const denominator = countsNulls ? n : nonNull;
  const success = denominator === 0 || (denominator - unexpected) / denominator >= mostlyOf(e.kwargs);
  const result: ExpectationResult['result'] = {
    element_count: n,
    unexpected_count: unexpected,
    unexpected_percent: pct(unexpected, denominator),
    partial_unexpected_list: (facts.samples ?? []).map((x) => x.value),
    partial_unexpected_index_list: (facts.samples ?? []).map((x) => x.row),
  };
  if (!countsNulls) {
    Object.assign(result, {
      missing_count: missing,
      missing_percent: pct(missing, n),
      unexpected_percent_total: pct(unexpected, n),
      unexpected_percent_nonmissing: pct(unexpected, nonNull),
    });
  }
  return { success, expectation_config: config, result, exception_info: noException };
}

/** The suite-level result, as GX's ExpectationSuiteValidationResult. */
export function validationResult(results: ExpectationResult[]): ValidationResult {
  const ok = results.filter((r) => r.success).length;
  return {
    success: ok === results.length,
    statistics: {
      evaluated_expectations: results.length,
      successful_expectations: ok,
      unsuccessful_expectations: results.length - ok,
      success_percent: results.length ? (100 * ok) / results.length : null,
    },
    results,
  };
}

export type Locator = (path: JsonPath) => { line: number; column: number } | undefined;

/** One finding per failed expectation, at the contract line that declared it. */
export function resultFindings(
  checks: readonly PlannedCheck[],
  results: readonly ExpectationResult[],
  file: string,
  locate: Locator,
): Finding[] {
  const declaredColumns = new Set(
    checks
      .filter((c) => c.expectation.type === 'expect_column_to_exist')
      .map((c) => String(c.expectation.kwargs.column)),
  );
  const findings: Finding[] = [];
  checks.forEach((check, i) => {
    const r = results[i]!;
    if (r.success) return;
    const s = check.spec;
    // A missing column is reported once, by its expect_column_to_exist, not by every check on it.
    if (
      s.kind === 'invalid' &&
      s.missingColumn !== undefined &&
      declaredColumns.has(s.missingColumn) &&
      check.expectation.type !== 'expect_column_to_exist'
    )
      return;
    const where = locate(check.expectation.path) ?? {};
    findings.push({
      rule: `data/${check.expectation.type}`,
      severity: severityOf(check),
      message: messageOf(check, r),
      file,
      ...where,
      hint: hintOf(check, r),
    });
  });
  return findings;
}

function severityOf(check: PlannedCheck): Severity {
  const s = check.expectation.meta?.severity ?? check.expectation.kwargs.severity;
  return s === 'warning' || s === 'notice' ? s : 'error';
}

function subject(check: PlannedCheck): string {
  const k = check.expectation.kwargs;
  if (typeof k.column === 'string') return `column '${k.column}'`;
  if (Array.isArray(k.column_list)) return `columns (${k.column_list.join(', ')})`;
  return 'table';
}

function messageOf(check: PlannedCheck, r: ExpectationResult): string {
  const s = check.spec;
  if (s.kind === 'invalid') return `${check.expectation.type}: ${s.message}`;
  const what = `${subject(check)} ${'describe' in s ? s.describe : ''}`.trim();
  if (s.kind === 'table' || s.kind === 'aggregate')
    return `${what}: observed ${JSON.stringify(r.result.observed_value)}`;
  const u = r.result.unexpected_count ?? 0;
  const p = r.result.unexpected_percent;
  const rows = r.result.partial_unexpected_index_list ?? [];
  const values = (r.result.partial_unexpected_list ?? []).slice(0, 5).map((v) => JSON.stringify(v));
  const mostly = mostlyOf(check.expectation.kwargs);
  const share =
    p === null || p === undefined
      ? ''
      : ` (${p.toFixed(2)}%${mostly < 1 ? `, mostly ${mostly} allows ${(100 * (1 - mostly)).toFixed(2)}%` : ''})`;
  const at = rows.length ? `; rows ${rows.slice(0, 10).join(', ')}${u > rows.length ? ' …' : ''}` : '';
  return `${what}: ${u} unexpected value${u === 1 ? '' : 's'}${share}${at}${values.length ? `; e.g. ${values.join(', ')}` : ''}`;
}

function hintOf(check: PlannedCheck, r: ExpectationResult): string {
  if (check.spec.kind === 'invalid')
    return r.exception_info.exception_message?.includes('unsupported')
      ? 'Use one of the supported Great Expectations names (docs/data.md).'
      : 'Fix the expectation in the contract.';
  return 'Fix the data (row numbers count data rows after the header), or change the expectation if the data is right.';
}
