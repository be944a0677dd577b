import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { normaliseContract } from '../../src/core/data/contract.js';
import { runContract } from '../../src/adapters/duckdb/check.js';
import { Engine } from '../../src/adapters/duckdb/engine.js';
import { openSource } from '../../src/adapters/duckdb/source.js';
import { tempDir } from '../helpers/repo.js';

let engine: Engine;
let dir: string;
beforeAll(async () => {
  engine = await Engine.open({ memoryLimit: '256MB', threads: 1 });
  dir = tempDir('mlops-duckdb-');
});
afterAll(() => engine.close());

function file(name: string, text: string | Buffer): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

async function check(name: string, csv: string | Buffer, contract: unknown) {
  const source = await openSource(engine, file(name, csv), name.replace(/\W/g, '_'));
  const c = normaliseContract(contract, 'contract.yml');
  const out = await runContract(engine, source, c);
  return { ...out, rejects: await source.rejects() };
}

const people =
  'id,age,email,country\n1,34,a@x.org,FR\n2,-3,b@x.org,DE\n3,,c-at-x.org,FR\n4,230,d@x.org,XX\n5,41,,DE\n';

describe('running a data contract on DuckDB', () => {
  it('counts unexpected values with GX semantics and row numbers', async () => {
    // given ages outside [0, 120] on rows 2 and 4, one null age (out of the denominator)
    const { validation } = await check('people.csv', people, {
      expectations: [{ expect_column_values_to_be_between: { column: 'age', min_value: 0, max_value: 120 } }],
    });
    // when / then
    const r = validation.results[0]!;
    expect(r.success).toBe(false);
    expect(r.result).toMatchObject({
      element_count: 5,
      missing_count: 1,
      unexpected_count: 2,
      unexpected_percent: 50,
    });
    expect(r.result.partial_unexpected_list).toEqual(['-3', '230']);
    expect(r.result.partial_unexpected_index_list).toEqual([2, 4]);
  });

  it('reads data whose columns carry the names of its own added columns, with the right row numbers', async () => {
    // Columns named like the row number and the shared numeric casts the queries add: those are renamed.
    const csv = '__mlops_row,__mlops_number0,__mlops_number_2_,x\n9,5,1,a\n9,-1,2,b\n7,7,3,a\n';
    const { validation } = await check('clash.csv', csv, {
      expectations: [
        { expect_column_values_to_be_between: { column: '__mlops_number0', min_value: 0, max_value: 10 } },
        { expect_column_values_to_be_between: { column: '__mlops_row', min_value: 8, max_value: 10 } },
        { expect_column_values_to_be_unique: { column: '__mlops_row' } },
        { expect_column_mean_to_be_between: { column: '__mlops_number_2_', min_value: 2, max_value: 2 } },
      ],
    });
    const [range, rows, unique, mean] = validation.results;
    expect(range?.result).toMatchObject({
      unexpected_count: 1,
      partial_unexpected_list: ['-1'],
      partial_unexpected_index_list: [2],
    });
    expect(rows?.result).toMatchObject({
      unexpected_count: 1,
      partial_unexpected_list: ['7'],
      partial_unexpected_index_list: [3],
    });
    expect(unique?.result).toMatchObject({ unexpected_count: 2, partial_unexpected_index_list: [1, 2] });
    expect(mean).toMatchObject({ success: true, result: { observed_value: 2 } });
  });

  it('passes with mostly when the share of good non-null values is high enough', async () => {
    const { validation } = await check('people2.csv', people, {
      expectations: [
        {
          type: 'expect_column_values_to_be_in_set',
          kwargs: { column: 'country', value_set: ['FR', 'DE'], mostly: 0.8 },
        },
      ],
    });
    expect(validation.results[0]).toMatchObject({
      success: true,
      result: { unexpected_count: 1, unexpected_percent: 20 },
    });
  });

  it('counts nulls against not_be_null over every row', async () => {
    const { validation } = await check('people3.csv', people, {
      columns: [{ name: 'email', required: true }],
    });
    const notNull = validation.results.find(
      (r) => r.expectation_config.type === 'expect_column_values_to_not_be_null',
    )!;
    expect(notNull.result).toMatchObject({
      element_count: 5,
      unexpected_count: 1,
      unexpected_percent: 20,
      partial_unexpected_index_list: [5],
    });
  });

  it('uses search semantics for GX regexes and full match for Frictionless patterns', async () => {
    const { validation } = await check('people4.csv', people, {
      columns: [{ name: 'country', constraints: { pattern: '[A-Z]' } }],
      expectations: [{ expect_column_values_to_match_regex: { column: 'country', regex: '[A-Z]' } }],
    });
    const [, pattern, regex] = validation.results;
    expect(pattern!.result.unexpected_count).toBe(5);
    expect(regex!.result.unexpected_count).toBe(0);
  });

  it('counts every duplicate, as GX does', async () => {
    const { validation } = await check('dups.csv', 'k\na\nb\na\nc\na\nb\n\n', {
      expectations: [{ expect_column_values_to_be_unique: { column: 'k' } }],
    });
    expect(validation.results[0]!.result).toMatchObject({
      unexpected_count: 5,
      partial_unexpected_index_list: [1, 2, 3, 5, 6],
    });
  });

  it('checks Frictionless types value by value and a compound primary key', async () => {
    const { validation } = await check(
      'types.csv',
      'a,b,d,flag\n1,x,2024-01-31,true\n1.5,x,2024-02-30,yes\n7,y,not a date,0\n',
      {
        columns: [
          { name: 'a', type: 'integer' },
          { name: 'd', type: 'date' },
          { name: 'flag', type: 'boolean' },
        ],
        primaryKey: ['b', 'flag'],
      },
    );
    const typed = validation.results.filter(
      (r) => r.expectation_config.type === 'expect_column_values_to_be_of_type',
    );
    expect(typed.map((r) => r.result.partial_unexpected_index_list)).toEqual([[2], [2, 3], [2]]);
    expect(validation.results.at(-1)).toMatchObject({ success: true });
  });

  it('computes aggregate and table expectations', async () => {
    const { validation } = await check('agg.csv', 'x\n1\n2\n3\n4\n', {
      expectations: [
        { expect_column_mean_to_be_between: { column: 'x', min_value: 2, max_value: 3 } },
        { expect_column_stdev_to_be_between: { column: 'x', max_value: 1 } },
        { expect_table_row_count_to_be_between: { min_value: 5 } },
        { expect_table_columns_to_match_set: { column_set: ['x'] } },
      ],
    });
    expect(validation.results.map((r) => [r.success, r.result.observed_value])).toEqual([
      [true, 2.5],
      [false, Math.sqrt(5 / 3)],
      [false, 4],
      [true, ['x']],
    ]);
  });

  it('treats a column named like SQL as a name and contract values as parameters', async () => {
    const name = '"; DROP TABLE x; --';
    const csv = `"${name.replaceAll('"', '""')}",b\n"a'b",1\n"'; DROP TABLE y; --",2\n`;
    const { validation } = await check('inject.csv', csv, {
      columns: [{ name, constraints: { enum: ["a'b"] } }],
      expectations: [{ expect_column_values_to_match_regex: { column: name, regex: "'; DROP" } }],
    });
    expect(validation.results.map((r) => r.result.unexpected_count)).toEqual([undefined, 1, 1]);
    expect(validation.results[0]!.success).toBe(true);
  });

  it('reports ragged rows and invalid UTF-8 with line and column instead of failing', async () => {
    const bad = Buffer.concat([
      Buffer.from('a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(',12\n'),
    ]);
    const { validation, rejects } = await check('ragged.csv', bad, {
      columns: [{ name: 'b', required: true }],
    });
    expect(validation.results[1]!.result).toMatchObject({ element_count: 1, unexpected_count: 0 });
    expect(rejects.map((f) => [f.line, f.column, f.rule])).toEqual([
      [3, 2, 'data/malformed-row'],
      [4, 4, 'data/malformed-row'],
      [5, 2, 'data/malformed-row'],
    ]);
    expect(rejects[2]!.message).toMatch(/utf-8|unicode/i);
  });

  it('reads gzip-compressed CSV and JSON Lines', async () => {
    const gz = file('g.csv.gz', gzipSync('x\n1\n2\n'));
    const jl = file('g.jsonl', '{"x": 1}\n{"x": null}\n');
    const contract = normaliseContract({ columns: [{ name: 'x', required: true }] }, 'c.yml');
    const a = await runContract(engine, await openSource(engine, gz, 'gz'), contract);
    const b = await runContract(engine, await openSource(engine, jl, 'jl'), contract);
    expect(a.validation.success).toBe(true);
    expect(b.validation.results[1]!.result.unexpected_count).toBe(1);
  });

  it('reads zstd-compressed CSV, Parquet and several files by glob', async () => {
    // given files written by DuckDB itself in each format
    await engine.run(
      `COPY (SELECT range AS x FROM range(3)) TO '${path.join(dir, 'z.csv.zst')}' (FORMAT csv, HEADER, COMPRESSION zstd)`,
    );
    await engine.run(
      `COPY (SELECT range AS x FROM range(4)) TO '${path.join(dir, 'p.parquet')}' (FORMAT parquet)`,
    );
    file('part-1.csv', 'x\n1\n2\n');
    file('part-2.csv', 'x\n3\n');
    const contract = normaliseContract({ columns: [{ name: 'x', type: 'integer' }] }, 'c.yml');
    // when
    const rows = async (input: string, view: string) =>
      (await runContract(engine, await openSource(engine, input, view), contract)).rows;
    // then
    expect(await rows(path.join(dir, 'z.csv.zst'), 'zst')).toBe(3);
    expect(await rows(path.join(dir, 'p.parquet'), 'pq')).toBe(4);
    expect(await rows(path.join(dir, 'part-*.csv'), 'glob')).toBe(3);
  });

  it('refuses an empty file and an https URL without httpfs with a clear error', async () => {
    await expect(openSource(engine, file('empty.csv', ''), 'empty')).rejects.toThrow(/is empty/);
    await expect(openSource(engine, 'https://example.org/data.csv', 'remote')).rejects.toThrow(
      /httpfs extension, which is not installed/,
    );
  });

  it('handles a header-only file and a wrong type in every row', async () => {
    // given a header without rows
    const empty = await check('header.csv', 'a,b\n', {
      columns: [{ name: 'a', required: true }],
      expectations: [{ expect_table_row_count_to_be_between: { min_value: 1 } }],
    });
    expect(empty.validation.results.map((r) => r.success)).toEqual([true, true, false]);
    // given a number column holding text in every row
    const wrong = await check(
      'wrong.csv',
      `n\n${Array.from({ length: 50 }, (_, i) => `v${i}`).join('\n')}\n`,
      { columns: [{ name: 'n', type: 'number' }] },
    );
    expect(wrong.validation.results[1]!.result).toMatchObject({
      unexpected_count: 50,
      unexpected_percent: 100,
    });
    expect(wrong.validation.results[1]!.result.partial_unexpected_index_list).toHaveLength(20);
  });

  it('checks a file with 10,000 columns', async () => {
    const wideEngine = await Engine.open({ memoryLimit: '1GB', threads: 1 });
    const names = Array.from({ length: 10_000 }, (_, i) => `c${i}`);
    const wideFile = file('wide.csv', `${names.join(',')}\n${names.map((_, i) => i).join(',')}\n`);
    const source = await openSource(wideEngine, wideFile, 'wide');
    const wide = await runContract(
      wideEngine,
      source,
      normaliseContract(
        {
          columns: [{ name: 'c9999', type: 'integer', constraints: { maximum: 5 } }],
          expectations: [{ expect_table_column_count_to_equal: { value: 10_000 } }],
        },
        'c.yml',
      ),
    );
    wideEngine.close();
    expect(wide.validation.results.map((r) => r.success)).toEqual([true, true, false, true]);
  });

  it('reads a field with an unbalanced quote without crashing, as a finding on its row', async () => {
    // given a lone quote in a file without other quoting: DuckDB's sniffer reads it as a literal
    const lone = await check('quote.csv', 'a,b\n1,"open\n2,x\n', {
      columns: [{ name: 'b', constraints: { pattern: '[a-z]+' } }],
    });
    expect(lone.validation.results[1]!.result).toMatchObject({
      unexpected_count: 1,
      partial_unexpected_list: ['"open'],
      partial_unexpected_index_list: [1],
    });
    // given an unterminated quote in a file that quotes elsewhere: the sniffer drops quoting, every row is kept
    const quoted = await check('quote2.csv', 'a,b\n1,"ok"\n2,"open\n3,x\n', {
      columns: [{ name: 'b', constraints: { pattern: '[a-z]+' } }],
    });
    expect(quoted.validation.results[1]!.result).toMatchObject({
      element_count: 3,
      partial_unexpected_index_list: [1, 2],
    });
  });
});
