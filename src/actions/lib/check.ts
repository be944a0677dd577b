/**
 * The root action (`action.yml`): validates the repository's MLOps files with the same validators
 * as `mlops validate`, and reports through every channel (annotations, summary, PR comment, JSON).
 */
import { validateRepository } from '../../adapters/validate.js';
import { CONFIG_PATHS } from '../../core/config/index.js';
import type { Report } from '../../core/report/model.js';
import { pullRequestBase, readContext } from './context.js';
import { clientFromInput } from './github.js';
import { booleanInput, enumInput, pathInput, stringInput } from './inputs.js';
import { publishReport } from './publish.js';

/** Reads the inputs, validates, publishes. */
export async function runCheck(): Promise<void> {
  const ctx = readContext();
  const failOn = enumInput('fail-on', ['error', 'warning', 'never'] as const, 'error');
  const comment = booleanInput('comment', true);
  const config = pathInput('config', ctx.workspace, CONFIG_PATHS[0]);
  const botLogin = stringInput('bot-login') || undefined;
  const client = clientFromInput(ctx);
  const report = await checkReport(ctx.workspace, config, pullRequestBase(ctx.payload));
  await publishReport(report, ctx, { comment, failOn, client, botLogin });
}

/** The report of the root action: `mlops validate`'s, in PR mode on pull requests (only what the PR touches). */
export async function checkReport(workspace: string, config: string = CONFIG_PATHS[0], base?: string): Promise<Report> {
  const configFile = (CONFIG_PATHS as readonly string[]).includes(config) ? undefined : config;
  const report = await validateRepository(workspace, { configFile, base, head: base ? 'HEAD' : undefined });
  return { ...report, purpose: 'check', title: 'MLOps check' };
}
