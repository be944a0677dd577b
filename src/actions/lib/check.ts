/**
 * The root action (`action.yml`): validates the repository's MLOps files with the same validators
 * as `mlops validate`, and reports through every channel (annotations, summary, PR comment, JSON).
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  validateConfigFile,
  validationReport,
  validators,
  type ValidationResult,
} from '../../cli/commands/validate.js';
import { CONFIG_PATHS, MAX_CONFIG_BYTES, parseConfig } from '../../core/config/index.js';
import { UserError } from '../../core/errors.js';
import type { Report } from '../../core/report/model.js';
import { tooLargeFinding } from '../../core/yaml/parse.js';
import { readContext } from './context.js';
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
  const report = await checkReport(ctx.workspace, config);
  await publishReport(report, ctx, { comment, failOn, client, botLogin });
}

/** The report of the root action: `mlops validate`'s findings under the title of the check. */
export async function checkReport(workspace: string, config: string = CONFIG_PATHS[0]): Promise<Report> {
  const results: ValidationResult[] = [];
  for (const validator of validators) {
    const custom = validator === validateConfigFile && !(CONFIG_PATHS as readonly string[]).includes(config);
    results.push(custom ? await validateConfigAt(workspace, config) : await validator(workspace));
  }
  return { ...validationReport(results), purpose: 'check', title: 'MLOps check' };
}

/**
 * A configuration at a path of the user's choosing (the `config` input). The default paths go
 * through loadConfig; this reads the named file with the same guards: inside the workspace, a
 * regular file, at most MAX_CONFIG_BYTES.
 */
async function validateConfigAt(workspace: string, file: string): Promise<ValidationResult> {
  const root = await realpath(workspace);
  const target = await realpath(path.join(root, file)).catch(() => {
    throw new UserError(`the configuration file ${file} (input 'config') does not exist`, {
      hint: `create it, or leave the input out to use ${CONFIG_PATHS[0]}`,
    });
  });
  const rel = path.relative(root, target);
  const info = await stat(target);
  if (rel.startsWith('..') || path.isAbsolute(rel) || !info.isFile()) {
    throw new UserError(`${file} (input 'config') is not a regular file in the repository`, { file });
  }
  if (info.size > MAX_CONFIG_BYTES)
    return { checked: [file], findings: [tooLargeFinding(file, info.size, MAX_CONFIG_BYTES, 'config')] };
  const { findings } = parseConfig(await readFile(target, 'utf8'), file, { project: path.basename(root) });
  return { checked: [file], findings };
}
