import { describe, expect, it } from '@jest/globals';
import { checkSpec } from '../../../src/core/data/catalog.js';
import { normaliseContract } from '../../../src/core/data/contract.js';
import { aggregateQuery, freeName, type PlannedCheck } from '../../../src/core/data/plan.js';

const columns = [
  { name: 'amount', type: 'VARCHAR' },
  { name: 'email', type: 'VARCHAR' },
];

function plan(contract: unknown): PlannedCheck[] {
  return normaliseContract(contract, 'c.yml').expectations.map((expectation, index) => ({
    index,
    expectation,
    spec: checkSpec(expectation, columns),
  }));
}

const occurrences = (text: string, part: string): number => text.split(part).length - 1;

describe('the single aggregate pass', () => {
  it('casts a column to a number once for all the checks that read it as one', () => {
    // given a type, a range, a numeric set and a mean on the same column
    const checks = plan({
      columns: [{ name: 'amount', type: 'number', constraints: { minimum: 0, maximum: 10 } }],
      expectations: [
        { expect_column_values_to_be_in_set: { column: 'amount', value_set: [1, 2] } },
        { expect_column_mean_to_be_between: { column: 'amount', min_value: 0 } },
      ],
    });
    // when
    const { sql } = aggregateQuery('data', checks);
    // then
    expect(occurrences(sql, 'TRY_CAST("amount" AS DOUBLE)')).toBe(1);
  });

  it('matches a regex without metacharacters as a plain string, still bound as a parameter', () => {
    const checks = plan({
      columns: [{ name: 'email', constraints: { pattern: 'n/a' } }],
      expectations: [{ expect_column_values_to_match_regex: { column: 'email', regex: '@' } }],
    });
    const { sql, params } = aggregateQuery('data', checks);
    expect(sql).not.toMatch(/regexp_/);
    expect(sql).toContain('contains("email", $');
    expect(params).toEqual(['n/a', '@']);
  });

  it('keeps the regex engine for a pattern with metacharacters', () => {
    const checks = plan({
      expectations: [{ expect_column_values_to_match_regex: { column: 'email', regex: '@x\\.org$' } }],
    });
    expect(aggregateQuery('data', checks).sql).toContain('regexp_matches("email", $1)');
  });

  it('names its added columns so that no data column has the name or starts with it', () => {
    expect(freeName('__mlops_row', ['id', 'x'])).toBe('__mlops_row');
    expect(freeName('__mlops_row', ['__mlops_row'])).toBe('__mlops_row_2_');
    expect(freeName('__mlops_number', ['__mlops_number0', '__mlops_number_2_1'])).toBe('__mlops_number_3_');
  });
});
