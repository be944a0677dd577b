import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runContract } from '../../src/adapters/duckdb/check.js';
import { Engine } from '../../src/adapters/duckdb/engine.js';
import { openSource } from '../../src/adapters/duckdb/source.js';
import { normaliseContract } from '../../src/core/data/contract.js';
import { tempDir } from '../helpers/repo.js';

let engine: Engine;
beforeAll(async () => {
  engine = await Engine.open({ memoryLimit: '256MB', threads: 1 });
});
afterAll(() => engine.close());

describe('one engine, several files', () => {
  it('reports the malformed rows of each file only for that file', async () => {
    const dir = tempDir('mlops-reuse-');
    writeFileSync(path.join(dir, 'a.csv'), 'x,y\n1,2\n3\n');
    writeFileSync(path.join(dir, 'b.csv'), 'x,y\n1,2\n4,5\n');
    const contract = normaliseContract({ columns: [{ name: 'x' }] }, 'c.yml');
    const a = await openSource(engine, path.join(dir, 'a.csv'), 'data0');
    await runContract(engine, a, contract);
    expect((await a.rejects()).map((f) => f.line)).toEqual([3]);
    const b = await openSource(engine, path.join(dir, 'b.csv'), 'data0');
    await runContract(engine, b, contract);
    expect(await b.rejects()).toEqual([]);
  });
});
