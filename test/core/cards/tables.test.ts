import { describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { countRows, parseCsv, sampleTable } from '../../../src/adapters/fs/card-tables.js';
import { tempDir } from '../../helpers/repo.js';

const file = (name: string, content: string | Buffer): string => {
  const p = path.join(tempDir(), name);
  writeFileSync(p, content);
  return p;
};

describe('row counts streamed in 1 MiB chunks', () => {
  test('CSV rows exclude the header, blank lines, and newlines inside quoted fields', async () => {
    expect(await countRows(file('a.csv', 'a,b\n1,"two\nlines"\n\n3,4'), 'csv')).toBe(2);
  });

  test('a quoted field spanning a chunk boundary is one row', async () => {
    const filler = 'x'.repeat(1024 * 1024 - 10);
    const csv = `a,b\n1,"${filler}\nstill the same field"\n2,3\n`;
    expect(await countRows(file('big.csv', csv), 'csv')).toBe(2);
  });

  test('3 MiB of plain rows counts every row', async () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `${i},value-${i}`).join('\n');
    expect(await countRows(file('many.csv', `id,v\n${rows}\n`), 'csv')).toBe(200_000);
  });

  test('JSON Lines count non-blank lines; TSV has no quoting', async () => {
    expect(await countRows(file('a.jsonl', '{"a":1}\n\n{"a":2}\n'), 'jsonl')).toBe(2);
    expect(await countRows(file('a.tsv', 'a\tb\n"x\ty\n'), 'tsv')).toBe(1);
  });
});

describe('samples', () => {
  test('CSV header and rows follow RFC 4180 quoting, with a BOM and CRLF', async () => {
    const sample = await sampleTable(file('a.csv', '\uFEFFid,name\r\n1,"a ""b"", c"\r\n'), 'csv');
    expect(sample).toEqual({ header: ['id', 'name'], rows: [['1', 'a "b", c']] });
  });

  test('JSON Lines header is the union of keys in first-seen order; bad lines are empty records', async () => {
    const sample = await sampleTable(file('a.jsonl', '{"a":1}\nnot json\n{"b":true,"a":2}\n'), 'jsonl');
    expect(sample).toEqual({ header: ['a', 'b'], rows: [[1, undefined], [undefined, undefined], [2, true]] });
  });

  test('parseCsv keeps empty fields', () => {
    expect(parseCsv('a,,c\n,\n')).toEqual([['a', '', 'c'], ['', '']]);
  });
});
