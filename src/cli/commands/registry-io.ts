/** Plumbing shared by the `registry` and `gate` commands: arguments, repository, config, GitHub from the environment. */
import { parseArgs } from 'node:util';
import type { GitHubClient } from '../../adapters/github/client.js';
import { Git } from '../../adapters/git.js';
import type { MlopsConfig } from '../../core/config/types.js';
import { UsageError, UserError } from '../../core/errors.js';
import { shouldFail } from '../../core/finding.js';
import { type Report, renderJson, renderMarkdown, renderText } from '../../core/report/index.js';
import type { CommandContext } from '../command.js';

type Options = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;
export type Flags = Record<string, string | boolean | undefined>;

/** Parses options strictly; a bad command line is a UsageError naming the usage line. */
export function parseFlags(args: string[], options: Options, usage: string, positionals: [number, number]): { flags: Flags; rest: string[] } {
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

/**
 * The repository around cwd with its configuration (config findings of severity error stop the command).
 * The configuration reader (YAML, schema validators) and the GitHub client below are loaded when a
 * command asks for them: `registry show --json` needs neither and starts in half the time.
 */
export async function openRepo(ctx: CommandContext): Promise<{ git: Git; root: string; config: MlopsConfig }> {
  const [root, { loadConfig }] = await Promise.all([new Git(ctx.cwd).root(), import('../../adapters/fs/config.js')]);
  const loaded = await loadConfig(root);
  const bad = loaded.findings.find((f) => f.severity === 'error');
  if (bad) throw new UserError(bad.message, { file: bad.file, line: bad.line, column: bad.column, hint: bad.hint });
  return { git: new Git(root), root, config: loaded.config };
}

/** GitHub from GITHUB_TOKEN (or GH_TOKEN), GITHUB_REPOSITORY or `--repo`, and GITHUB_API_URL; undefined without a token. */
export async function githubFromEnv(env: NodeJS.ProcessEnv, repository?: string): Promise<{ client: GitHubClient; repo: { owner: string; repo: string } } | undefined> {
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token) return undefined;
  const name = repository ?? env.GITHUB_REPOSITORY;
  if (!name) throw new UserError('which GitHub repository? set GITHUB_REPOSITORY=owner/name or pass --repo owner/name');
  const { createClient, repoParams } = await import('../../adapters/github/client.js');
  return { client: createClient({ token, baseUrl: env.GITHUB_API_URL }), repo: repoParams(name) };
}

/** Prints a report as text, JSON or Markdown and returns the exit code its findings give. */
export function printReport(ctx: CommandContext, report: Report, format: 'text' | 'json' | 'markdown'): number {
  ctx.stdout(format === 'json' ? renderJson(report) : format === 'markdown' ? renderMarkdown(report) : renderText(report));
  return shouldFail(report.findings, 'error') ? 1 : 0;
}
