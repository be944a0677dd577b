/** `mlops init [--dry-run]`: brings a repository to the standard, writing only what is missing. */
import { loadConfig } from '../../adapters/fs/config.js';
import { existsIn, projectAssets, writeMissing } from '../../adapters/init/apply.js';
import { loadTemplates } from '../../adapters/init/templates.js';
import { Git } from '../../adapters/git.js';
import { isUserError } from '../../core/errors.js';
import { planInit, type InitFile } from '../../core/init/plan.js';
import type { Report } from '../../core/report/model.js';
import { bool, parse, printReport } from '../args.js';
import type { Command } from '../command.js';

const usage = `usage: mlops init [--dry-run] [--json]

Brings the repository to the standard: .github/mlops.yml (naming the folders under models/ and
data/), the starter workflows in .github/workflows/, a card template for every model and dataset
without a card, the model feedback issue form, and the standard folders (data, models, scripts,
notebooks, tests, docs). Only what is missing is written; an existing file is never overwritten,
so running it again changes nothing.

options:
  --dry-run   list what would be written, write nothing
  --json      print the report as JSON
`;

export const initCommand: Command = {
  name: 'init',
  summary: 'bring the repository to the standard: config, workflows, cards, structure (only what is missing)',
  usage,
  async run(args, ctx) {
    const { values } = parse(args, { 'dry-run': { type: 'boolean' } }, usage);
    const root = await new Git(ctx.cwd).root().catch((error: unknown) => {
      if (isUserError(error)) return ctx.cwd;
      throw error;
    });
    const loaded = await loadConfig(root);
    const plan = planInit({
      exists: existsIn(root),
      project: loaded.config.project,
      ...projectAssets(root, loaded.config, loaded.file !== undefined),
      templates: loadTemplates(),
    });
    const dryRun = bool(values, 'dry-run');
    const written = dryRun ? [] : await writeMissing(root, plan);
    return printReport(ctx, initReport(plan, written, dryRun), bool(values, 'json'), { files: plan.map((f) => f.path), written });
  },
};

/** The files planned (and written), as a table. */
export function initReport(plan: readonly InitFile[], written: readonly string[], dryRun: boolean): Report {
  const summary = !plan.length
    ? 'nothing to do: the repository already has every file of the standard'
    : dryRun
      ? `${plan.length} files would be written (dry run: nothing written)`
      : `${written.length} files written; next: fill in the TODOs of the cards and run \`mlops doctor\``;
  return {
    purpose: 'init',
    title: 'mlops init',
    summary,
    findings: [],
    blocks: plan.length
      ? [{ kind: 'table', table: { headers: ['file', 'what', dryRun ? 'would be' : 'status'], rows: plan.map((f) => [`\`${f.path}\``, f.why, dryRun ? 'written' : written.includes(f.path) ? 'written' : 'already there']) } }]
      : [],
  };
}
