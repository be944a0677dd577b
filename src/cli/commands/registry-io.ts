/** Plumbing shared by the repository commands (registry, gate, deploy, monitor, feedback): repository, config, GitHub from the environment. */
import type { GitHubClient } from '../../adapters/github/client.js';
import { Git } from '../../adapters/git.js';
import type { MlopsConfig } from '../../core/config/types.js';
import { UserError } from '../../core/errors.js';
import type { CommandContext } from '../command.js';

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
