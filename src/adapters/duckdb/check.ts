/** Runs a DataContract against a data source: one aggregate pass, then duplicates and samples where needed. */
import { checkSpec } from '../../core/data/catalog.js';
import type { DataContract } from '../../core/data/contract.js';
import {
  aggregateQuery,
  duplicateCountQuery,
  sampleQuery,
  type PlannedCheck,
} from '../../core/data/plan.js';
import {
  expectationResult,
  validationResult,
  type CheckFacts,
  type ValidationResult,
} from '../../core/data/results.js';
import type { Engine } from './engine.js';
import { engineError, type DataSource } from './source.js';

/** Compiles the contract against the source's columns. */
export function planContract(contract: DataContract, source: DataSource): PlannedCheck[] {
  return contract.expectations.map((expectation, index) => ({
    index,
    expectation,
    spec: checkSpec(expectation, source.columns),
  }));
}

/** Validates the source against the contract; results are in GX's shape, in contract order. */
export async function runContract(
  engine: Engine,
  source: DataSource,
  contract: DataContract,
): Promise<{ checks: PlannedCheck[]; validation: ValidationResult; rows: number }> {
  const checks = planContract(contract, source);
  try {
    const touchAll = source.scanView !== source.view ? source.columns.map((c) => c.name) : [];
    const agg = aggregateQuery(source.scanView, checks, touchAll, source.columns.map((c) => c.name));
    const row = (await engine.all(agg.sql, agg.params))[0] ?? {};
    const elementCount = Number(row.n ?? 0);
    const columns = source.columns.map((c) => c.name);
    const facts: CheckFacts[] = [];
    for (const c of checks) {
      const f: CheckFacts = { elementCount, columns };
      if (c.spec.kind === 'map') {
        f.nonNull = Number(row[`nn${c.index}`]);
        f.unexpected = Number(row[`u${c.index}`]);
      } else if (c.spec.kind === 'aggregate') {
        f.observed = row[`a${c.index}`] ?? null;
      } else if (c.spec.kind === 'unique') {
        const q = duplicateCountQuery(source.view, c.spec.columns);
        const d = (await engine.all(q.sql, q.params))[0] ?? {};
        f.unexpected = Number(d.u ?? 0);
        f.nonNull = Number(d.nn ?? 0);
      }
      facts.push(f);
    }
    const results = [];
    for (const [i, c] of checks.entries()) {
      let r = expectationResult(c, facts[i]!);
      if (!r.success && (r.result.unexpected_count ?? 0) > 0) {
        facts[i]!.samples = await samples(engine, source, c);
        r = expectationResult(c, facts[i]!);
      }
      results.push(r);
    }
    return { checks, validation: validationResult(results), rows: elementCount };
  } catch (error) {
    throw engineError(error, source.displayPath);
  }
}

async function samples(
  engine: Engine,
  source: DataSource,
  check: PlannedCheck,
): Promise<Array<{ row: number; value: unknown }>> {
  const q = sampleQuery(source.view, check.spec, source.columns.map((c) => c.name));
  if (!q) return [];
  const rows = await engine.all(q.sql, q.params);
  return rows.map((r) => ({ row: Number(r[q.row]), value: r.v ?? null }));
}
