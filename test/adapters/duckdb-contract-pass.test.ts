import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runContract } from '../../src/adapters/duckdb/check.js';
import { Engine } from '../../src/adapters/duckdb/engine.js';
import { openSource } from '../../src/adapters/duckdb/source.js';
import { normaliseContract } from '../../src/core/data/contract.js';
import { tempDir } from '../helpers/repo.js';

let engine: Engine;
let dir: string;
beforeAll(async () => {
  engine = await Engine.open({ memoryLimit: '256MB', threads: 1 });
  dir = tempDir('mlops-duckdb-pass-');
});
afterAll(() => engine.close());

async function results(name: string, csv: string, contract: unknown) {
  const file = path.join(dir, name);
  writeFileSync(file, csv);
  const source = await openSource(engine, file, name.replace(/\W/g, '_'));
  const { validation } = await runContract(engine, source, normaliseContract(contract, 'c.yml'));
  return validation.results;
}

// One value per row: the single pass counts, the sample query lists; both must agree.
const values = [
  '1',
  ' 2 ',
  '+3',
  '1.0',
  '1e3',
  '0x10',
  '1_000',
  '99999999999999999999',
  'NaN',
  '-inf',
  'x',
  '',
  '2024-02-30',
  '2024-01-31',
  '2024-01-31 10:00:00',
  '10:30',
  'true',
  'yes',
  'P1D',
];
const csv = `v\n${values.map((v) => `"${v}"`).join('\n')}\n`;

describe('the single pass counts what the samples show', () => {
  it('agrees with the listed unexpected rows for every type and range check', async () => {
    // given every Frictionless type and a numeric range on the same mixed column
    const types = ['integer', 'number', 'date', 'datetime', 'time', 'boolean', 'year', 'duration'];
    const rs = await results('mixed.csv', csv, {
      expectations: [
        ...types.map((t) => ({ expect_column_values_to_be_of_type: { column: 'v', type_: t } })),
        { expect_column_values_to_be_between: { column: 'v', min_value: 0, max_value: 100 } },
        { expect_column_values_to_not_be_null: { column: 'v' } },
        { expect_column_values_to_be_null: { column: 'v' } },
      ],
    });
    // then each count equals its listed rows (all fewer than 20), and the integer test is the regex's
    for (const r of rs) expect(r.result.unexpected_count).toBe(r.result.partial_unexpected_list!.length);
    const integer = rs[0]!.result.partial_unexpected_list;
    expect(integer).not.toEqual(expect.arrayContaining(['1', ' 2 ', '+3', '99999999999999999999']));
    expect(integer).toEqual(expect.arrayContaining(['1.0', '1e3', '0x10', '1_000', 'NaN']));
    expect(rs.at(-2)!.result.unexpected_count).toBe(1);
  });

  it('counts a value that is not a number as outside a numeric set, as GX compares parsed values', async () => {
    const rs = await results('set.csv', 'n\n1\n1.0\n2\nx\n\n', {
      expectations: [
        { expect_column_values_to_be_in_set: { column: 'n', value_set: [1, 3] } },
        { expect_column_values_to_not_be_in_set: { column: 'n', value_set: [2] } },
      ],
    });
    expect(rs.map((r) => r.result.partial_unexpected_list)).toEqual([['2', 'x'], ['2']]);
    expect(rs.map((r) => r.result.unexpected_count)).toEqual([2, 1]);
  });

  it('ignores a null member of a value set: other values are still checked', async () => {
    const rs = await results('nullset.csv', 'c\nFR\nXX\n\n', {
      expectations: [{ expect_column_values_to_be_in_set: { column: 'c', value_set: ['FR', null] } }],
    });
    expect(rs[0]!.result).toMatchObject({ unexpected_count: 1, partial_unexpected_list: ['XX'] });
  });

  it('matches plain-string regexes anywhere, and plain-string patterns as the whole value', async () => {
    const rs = await results('plain.csv', 'e\na@x.org\nnope\nab\n', {
      columns: [{ name: 'e', constraints: { pattern: 'ab' } }],
      expectations: [
        { expect_column_values_to_match_regex: { column: 'e', regex: '@' } },
        { expect_column_values_to_not_match_regex: { column: 'e', regex: 'o' } },
      ],
    });
    expect(rs.slice(1).map((r) => r.result.partial_unexpected_index_list)).toEqual([
      [1, 2],
      [2, 3],
      [1, 2],
    ]);
  });
});
