/** `mlops validate [--json]`: checks the repository's MLOps files and prints the findings. */
import { loadConfig } from '../../adapters/fs/config.js';
import { Git } from '../../adapters/git.js';
import { UsageError, isUserError } from '../../core/errors.js';
import { shouldFail, type Finding } from '../../core/finding.js';
import { renderJson, renderText, type Block, type Report } from '../../core/report/index.js';
import { validateCardFiles } from './cards.js';
import type { Command, CommandContext } from '../command.js';

/** What one validator checked and found; validators run in order and never throw on bad input. */
export interface ValidationResult {
  /** Repository-relative files that were read (for the summary line). */
  checked: string[];
  findings: Finding[];
  /** Report blocks of this validator (e.g. the per-card table). */
  blocks?: Block[];
}

export type Validator = (repoRoot: string) => Promise<ValidationResult>;

/** The configuration: `.github/mlops.yml` (a missing file means the defaults). */
export const validateConfigFile: Validator = async (repoRoot) => {
  const { file, findings } = await loadConfig(repoRoot);
  return { checked: file ? [file] : [], findings };
};

/** Every validator `mlops validate` runs; add one entry per kind of file (cards, contracts …). */
export const validators: Validator[] = [validateConfigFile, validateCardFiles];

const usage = `usage: mlops validate [--json]

Checks the repository's MLOps files: the configuration (.github/mlops.yml).
Exit code 0 when clean, 1 when there are findings of severity error, 2 on usage errors.

options:
  --json   print the report as JSON
`;

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check .github/mlops.yml (and the cards) and print the findings',
  usage,
  async run(args: string[], ctx: CommandContext): Promise<number> {
    const json = parseArgs(args);
    const root = await repositoryRoot(ctx.cwd);
    const results: ValidationResult[] = [];
    for (const validator of validators) results.push(await validator(root));
    const report = validationReport(results);
    ctx.stdout(json ? renderJson(report) : renderText(report));
    return shouldFail(report.findings, 'error') ? 1 : 0;
  },
};

/** The report of a validation run: all findings, and a summary naming what was checked. */
export function validationReport(results: readonly ValidationResult[]): Report {
  const checked = results.flatMap((r) => r.checked);
  return {
    purpose: 'validate',
    title: 'mlops validate',
    summary: checked.length ? `checked ${checked.join(', ')}` : 'no .github/mlops.yml: using the defaults',
    findings: results.flatMap((r) => r.findings),
    blocks: results.flatMap((r) => r.blocks ?? []),
  };
}

function parseArgs(args: string[]): boolean {
  let json = false;
  for (const arg of args) {
    if (arg === '--json') json = true;
    else throw new UsageError(`unknown argument '${arg}'`, 'usage: mlops validate [--json]');
  }
  return json;
}

/** The git repository root above cwd; a plain folder is validated as it is. */
async function repositoryRoot(cwd: string): Promise<string> {
  try {
    return await new Git(cwd).root();
  } catch (error) {
    if (isUserError(error)) return cwd;
    throw error;
  }
}
