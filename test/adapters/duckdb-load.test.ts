import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  DUCKDB_VERSION,
  duckdbCacheKey,
  duckdbEntry,
  duckdbInstallDir,
  loadDuckDB,
  npmInstallDuckDB,
} from '../../src/adapters/duckdb/load.js';
import { tempDir } from '../helpers/repo.js';

describe('DuckDB installed on demand in actions', () => {
  it('pins the same version the project installs', () => {
    const pkg = JSON.parse(readFileSync('node_modules/@duckdb/node-api/package.json', 'utf8')) as {
      version: string;
    };
    expect(DUCKDB_VERSION).toBe(pkg.version);
  });

  it('keys the cache by OS, architecture and version', () => {
    expect(duckdbCacheKey('linux', 'x64', '1.5.6-r.1')).toBe('mlops-duckdb-linux-x64-1.5.6-r.1');
    expect(duckdbCacheKey('darwin', 'arm64', '1.5.6-r.1')).not.toBe(
      duckdbCacheKey('linux', 'arm64', '1.5.6-r.1'),
    );
  });

  it('installs into the runner tool cache and imports from there', () => {
    const dir = duckdbInstallDir({ RUNNER_TOOL_CACHE: '/opt/hostedtoolcache' }, 'x64', '1.5.6-r.1');
    expect(dir).toBe(path.join('/opt/hostedtoolcache', 'mlops-duckdb', '1.5.6-r.1', 'x64'));
    expect(duckdbEntry(dir)).toBe(path.join(dir, 'node_modules/@duckdb/node-api/lib/index.js'));
  });

  it('says why when there is no tool cache to install into', () => {
    expect(() => duckdbInstallDir({})).toThrow(/RUNNER_TOOL_CACHE is not set/);
  });

  it('turns a failed npm install into a clear error', async () => {
    // given npm that cannot reach any registry (offline mode, empty cache)
    const dir = tempDir('mlops-duckdb-install-');
    const env = { ...process.env, npm_config_offline: 'true', npm_config_cache: path.join(dir, 'cache') };
    // when / then
    await expect(npmInstallDuckDB(path.join(dir, 'tool'), { env, version: '1.5.6-r.1' })).rejects.toThrow(
      /could not install DuckDB 1\.5\.6-r\.1 into .*: /,
    );
  });

  it('uses the DuckDB from node_modules when it is there', async () => {
    const duckdb = await loadDuckDB({});
    expect(typeof duckdb.DuckDBInstance.create).toBe('function');
  });
});
