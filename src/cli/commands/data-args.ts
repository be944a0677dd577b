/** Helpers shared by the data, drift, fairness and evaluate commands (argument parsing itself is ../args.ts). */
import path from 'node:path';
import { Engine } from '../../adapters/duckdb/engine.js';
import { str, type Values } from '../args.js';

/** Comma-separated values of an option (`--sensitive sex,age`), repeated or not. */
export function commaList(v: Values, key: string): string[] {
  const raw = Array.isArray(v[key]) ? (v[key] as unknown[]).map(String) : str(v, key) ? [str(v, key)!] : [];
  return raw
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A data path given on the command line, resolved against the working directory (URLs as they are). */
export function dataPath(cwd: string, p: string): string {
  return /^https?:\/\//i.test(p) || path.isAbsolute(p) ? p : path.resolve(cwd, p);
}

/** Runs `fn` with an engine that is always closed. Memory limit from MLOPS_DUCKDB_MEMORY (default 2GB). */
export async function withEngine<T>(env: NodeJS.ProcessEnv, fn: (engine: Engine) => Promise<T>): Promise<T> {
  const engine = await Engine.open({ memoryLimit: env.MLOPS_DUCKDB_MEMORY || '2GB' });
  try {
    return await fn(engine);
  } finally {
    engine.close();
  }
}
