/** Argument parsing and output shared by the data, drift, fairness and evaluate commands. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Engine } from '../../adapters/duckdb/engine.js';
import { UsageError } from '../../core/errors.js';
import { shouldFail } from '../../core/finding.js';
import { renderJson, renderText, type Report } from '../../core/report/index.js';
import type { CommandContext } from '../command.js';

export type Values = Record<string, string | boolean | Array<string | boolean> | undefined>;
type Spec = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** Parses strictly; a bad option is a usage error (exit 2) naming the command's usage line. */
export function parse(
  args: string[],
  options: Spec,
  usage: string,
): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { json: { type: 'boolean' }, ...options },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Values, positionals };
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify.*$/s, ''), usage.split('\n')[0]);
  }
}

export const str = (v: Values, key: string): string | undefined =>
  typeof v[key] === 'string' ? (v[key] as string) : undefined;
export const list = (v: Values, key: string): string[] =>
  Array.isArray(v[key]) ? (v[key] as unknown[]).map(String) : [];

/** A required option, else a usage error. */
export function need(v: Values, key: string, usage: string): string {
  const value = str(v, key);
  if (!value) throw new UsageError(`--${key} is required`, usage.split('\n')[0]);
  return value;
}

/** Comma-separated values of an option (`--sensitive sex,age`), repeated or not. */
export function commaList(v: Values, key: string): string[] {
  const raw = Array.isArray(v[key]) ? (v[key] as unknown[]).map(String) : str(v, key) ? [str(v, key)!] : [];
  return raw
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Prints the report (text or JSON) and returns the exit code: 1 when it has error findings. */
export function print(ctx: CommandContext, report: Report, json: boolean, extra?: unknown): number {
  if (json) {
    const base = JSON.parse(renderJson(report)) as Record<string, unknown>;
    ctx.stdout(`${JSON.stringify(extra === undefined ? base : { ...base, data: extra }, null, 2)}\n`);
  } else {
    ctx.stdout(renderText(report));
  }
  return shouldFail(report.findings, 'error') ? 1 : 0;
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
