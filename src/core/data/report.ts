/** The report of `mlops data check` and of the check-data action: a table per data file, then findings. */
import { countFindings, type Finding } from '../finding.js';
import type { Block, Report } from '../report/model.js';
import type { PiiColumn } from './pii.js';
import type { ValidationResult } from './results.js';

export interface DataCheckSummary {
  contract: string;
  data: string;
  rows: number;
  validation: ValidationResult;
  pii: PiiColumn[];
}

const fmt = (x: number | null | undefined): string =>
  x === null || x === undefined ? '' : Number.isInteger(x) ? String(x) : x.toPrecision(4);

/** Per data file: one row per expectation (column, check, result, unexpected, example rows). */
export function dataCheckReport(checks: readonly DataCheckSummary[], findings: Finding[]): Report {
  const blocks: Block[] = [];
  for (const c of checks) {
    const s = c.validation.statistics;
    blocks.push({ kind: 'heading', text: `${c.data} against ${c.contract}`, level: 3 });
    blocks.push({
      kind: 'markdown',
      text: `${c.rows} rows; ${s.successful_expectations} of ${s.evaluated_expectations} expectations met.`,
    });
    blocks.push({
      kind: 'table',
      table: {
        headers: ['column', 'expectation', 'result', 'unexpected', '%', 'rows', 'observed'],
        align: ['left', 'left', 'center', 'right', 'right', 'left', 'left'],
        rows: c.validation.results.map((r) => {
          const k = r.expectation_config.kwargs;
          const column =
            typeof k.column === 'string'
              ? k.column
              : Array.isArray(k.column_list)
                ? k.column_list.join(', ')
                : '(table)';
          return [
            column,
            r.expectation_config.type.replace(/^expect_/, ''),
            r.exception_info.raised_exception ? 'error' : r.success ? 'pass' : 'fail',
            fmt(r.result.unexpected_count),
            fmt(r.result.unexpected_percent),
            (r.result.partial_unexpected_index_list ?? []).slice(0, 5).join(', '),
            r.result.observed_value === undefined
              ? (r.exception_info.exception_message ?? '')
              : JSON.stringify(r.result.observed_value).slice(0, 60),
          ];
        }),
      },
    });
    if (c.pii.length) {
      blocks.push({
        kind: 'table',
        table: {
          headers: ['column', 'looks like', 'share of sample'],
          rows: c.pii.map((p) => [p.column, p.kind, `${Math.round(100 * p.share)}%`]),
        },
      });
    }
  }
  const n = countFindings(findings);
  const failed = checks.reduce((a, c) => a + c.validation.statistics.unsuccessful_expectations, 0);
  return {
    purpose: 'data',
    title: 'Data contracts',
    summary: `${checks.length} data file${checks.length === 1 ? '' : 's'} checked, ${failed} expectation${failed === 1 ? '' : 's'} failed; ${n.error} errors, ${n.warning} warnings`,
    findings,
    blocks,
  };
}
