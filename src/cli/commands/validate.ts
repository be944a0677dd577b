/** `mlops validate [PATH...] [--base REV] [--json]`: checks the repository's MLOps files and prints the findings. */
import { Git } from '../../adapters/git.js';
import { validateRepository } from '../../adapters/validate.js';
import { isUserError } from '../../core/errors.js';
import { bool, parse, printReport, str } from '../args.js';
import type { Command, CommandContext } from '../command.js';

const usage = `usage: mlops validate [PATH...] [--base REV] [--config FILE] [--json]

Checks the repository's MLOps files: the configuration (.github/mlops.yml) and the model and data
cards (every card, the cards under PATH..., or with --base only the cards changed since REV and
the cards whose data changed). Exit code 0 when clean, 1 when there are findings of severity
error, 2 on usage errors.

options:
  --base REV      PR mode: only what changed between REV and HEAD
  --config FILE   the configuration file (default .github/mlops.yml)
  --json          print the report as JSON
`;

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check .github/mlops.yml and the model and data cards, and print the findings',
  usage,
  async run(args: string[], ctx: CommandContext): Promise<number> {
    const { values, positionals } = parse(args, { base: { type: 'string' }, config: { type: 'string' } }, usage);
    const root = await repositoryRoot(ctx.cwd);
    const base = str(values, 'base');
    const report = await validateRepository(root, {
      paths: positionals.length ? positionals : undefined,
      base,
      head: base ? 'HEAD' : undefined,
      configFile: str(values, 'config'),
    });
    return printReport(ctx, report, bool(values, 'json'));
  },
};

/** The git repository root above cwd; a plain folder is validated as it is. */
async function repositoryRoot(cwd: string): Promise<string> {
  try {
    return await new Git(cwd).root();
  } catch (error) {
    if (isUserError(error)) return cwd;
    throw error;
  }
}
