/** Argument parsing and report printing shared by every `mlops` command. */
import { parseArgs } from 'node:util';
import { UsageError } from '../core/errors.js';
import { shouldFail } from '../core/finding.js';
import { renderJson, renderMarkdown, renderText, type Report } from '../core/report/index.js';
import type { CommandContext } from './command.js';

export type Values = Record<string, string | boolean | Array<string | boolean> | undefined>;
export type OptionSpec = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** Parses strictly (every command also takes `--json`); a bad option is a usage error (exit 2) naming the usage line. */
export function parse(args: string[], options: OptionSpec, usage: string): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' }, ...options }, allowPositionals: true, strict: true });
    return { values: values as Values, positionals };
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify.*$/s, ''), usage.split('\n')[0]);
  }
}

export const str = (v: Values, key: string): string | undefined => (typeof v[key] === 'string' ? (v[key] as string) : undefined);
export const list = (v: Values, key: string): string[] => (Array.isArray(v[key]) ? (v[key] as unknown[]).map(String) : []);
export const bool = (v: Values, key: string): boolean => v[key] === true;

/** A required option, else a usage error. */
export function need(v: Values, key: string, usage: string): string {
  const value = str(v, key);
  if (!value) throw new UsageError(`--${key} is required`, usage.split('\n')[0]);
  return value;
}

/** Exactly `count` positional arguments, else a usage error. */
export function positionalArgs(positionals: string[], count: number, usage: string): string[] {
  if (positionals.length !== count) throw new UsageError(`expected ${count} argument${count === 1 ? '' : 's'}, got ${positionals.length}`, usage.split('\n')[0]);
  return positionals;
}

/** Prints the report (text, or JSON with optional extra data) and returns the exit code: 1 when it has error findings. */
export function printReport(ctx: CommandContext, report: Report, json: boolean, extra?: unknown): number {
  if (json) {
    const base = JSON.parse(renderJson(report)) as Record<string, unknown>;
    ctx.stdout(`${JSON.stringify(extra === undefined ? base : { ...base, data: extra }, null, 2)}\n`);
  } else {
    ctx.stdout(renderText(report));
  }
  return shouldFail(report.findings, 'error') ? 1 : 0;
}

export type Flags = Record<string, string | boolean | undefined>;

/** Parses options strictly; a bad command line is a UsageError naming the usage line. */
export function parseFlags(args: string[], options: NonNullable<OptionSpec>, usage: string, positionals: [number, number]): { flags: Flags; rest: string[] } {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify.*$/s, ''), usage.split('\n')[0]);
  }
  const [min, max] = positionals;
  if (parsed.positionals.length < min || parsed.positionals.length > max)
    throw new UsageError(`expected ${min === max ? min : `${min} to ${max}`} argument(s), got ${parsed.positionals.length}`, usage.split('\n')[0]);
  return { flags: parsed.values as Flags, rest: parsed.positionals };
}

/** Prints a report as text, JSON or Markdown and returns the exit code its findings give. */
export function printReportAs(ctx: CommandContext, report: Report, format: 'text' | 'json' | 'markdown'): number {
  if (format !== 'markdown') return printReport(ctx, report, format === 'json');
  ctx.stdout(renderMarkdown(report));
  return shouldFail(report.findings, 'error') ? 1 : 0;
}
