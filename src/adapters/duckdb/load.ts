/**
 * Where DuckDB comes from. The CLI imports `@duckdb/node-api` from node_modules. An action bundle
 * does not contain it (native, ~60 MB): on first use the exact pinned version is installed with npm
 * into the runner's tool cache, saved with @actions/cache (keyed by OS, architecture and version)
 * and restored on later runs. When none of that is possible, a UserError says why.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type * as DuckDB from '@duckdb/node-api';
import { UserError } from '../../core/errors.js';

/** The pinned DuckDB Node API version (must equal package.json's; a test checks it). */
export const DUCKDB_VERSION = '1.5.6-r.1';

export type DuckDBModule = typeof DuckDB;

let cached: Promise<DuckDBModule> | undefined;

/** The DuckDB module: from node_modules when present, else from the runner tool cache (installing it once). */
export function loadDuckDB(env: NodeJS.ProcessEnv = process.env): Promise<DuckDBModule> {
  cached ??= importLocal().catch(() => installAndImport(env));
  return cached;
}

async function importLocal(): Promise<DuckDBModule> {
  // External in scripts/build.mjs: the bundle keeps this import, resolved from node_modules at run time.
  // webpackIgnore: ncc would hoist an external into a static import, loading DuckDB (~100 ms) at start.
  return (await import(/* webpackIgnore: true */ '@duckdb/node-api')) as DuckDBModule;
}

/** Cache key for the installed engine: OS, architecture and version. */
export function duckdbCacheKey(
  platform: string = process.platform,
  arch: string = process.arch,
  version = DUCKDB_VERSION,
): string {
  return `mlops-duckdb-${platform}-${arch}-${version}`;
}

/** The tool-cache directory the engine is installed into (RUNNER_TOOL_CACHE/mlops-duckdb/<version>/<arch>). */
export function duckdbInstallDir(
  env: NodeJS.ProcessEnv,
  arch: string = process.arch,
  version = DUCKDB_VERSION,
): string {
  const base = env.RUNNER_TOOL_CACHE;
  if (!base) {
    throw new UserError(
      'DuckDB is not installed and RUNNER_TOOL_CACHE is not set, so it cannot be installed on demand',
      {
        hint: `Run inside a GitHub Actions runner, or install it yourself: npm install @duckdb/node-api@${DUCKDB_VERSION}`,
      },
    );
  }
  return path.join(base, 'mlops-duckdb', version, arch);
}

/** The module entry point inside an install directory. */
export function duckdbEntry(dir: string): string {
  return path.join(dir, 'node_modules', '@duckdb', 'node-api', 'lib', 'index.js');
}

/** Installs the pinned version with npm into `dir` (no lockfile, no scripts of ours); throws a UserError on failure. */
export async function npmInstallDuckDB(
  dir: string,
  options: { npm?: string; version?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<void> {
  const version = options.version ?? DUCKDB_VERSION;
  await mkdir(dir, { recursive: true });
  try {
    await promisify(execFile)(
      options.npm ?? 'npm',
      [
        'install',
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        '--prefix',
        dir,
        `@duckdb/node-api@${version}`,
      ],
      {
        timeout: 300_000,
        maxBuffer: 16 * 1024 * 1024,
        env: options.env ?? process.env,
      },
    );
  } catch (error) {
    const detail = (error as { stderr?: string; message?: string }).stderr || (error as Error).message;
    throw new UserError(`could not install DuckDB ${version} into ${dir}: ${firstLines(detail)}`, {
      hint: 'The data checks need DuckDB; allow the runner to reach the npm registry once (the install is cached afterwards), or preinstall @duckdb/node-api in the workflow.',
    });
  }
}

async function installAndImport(env: NodeJS.ProcessEnv): Promise<DuckDBModule> {
  const dir = duckdbInstallDir(env);
  const key = duckdbCacheKey();
  const cache = await import('@actions/cache');
  const canCache = cache.isFeatureAvailable();
  if (!existsSync(duckdbEntry(dir)) && canCache) await cache.restoreCache([dir], key).catch(() => undefined);
  if (!existsSync(duckdbEntry(dir))) {
    await npmInstallDuckDB(dir);
    if (canCache) await cache.saveCache([dir], key).catch(() => undefined);
  }
  // webpackIgnore: ncc would otherwise route this runtime path through its own require and fail.
  return (await import(/* webpackIgnore: true */ pathToFileURL(duckdbEntry(dir)).href)) as DuckDBModule;
}

function firstLines(text: string): string {
  return text.trim().split('\n').slice(0, 3).join(' ').slice(0, 400);
}
