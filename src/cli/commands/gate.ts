/** `mlops gate …`: dry-run the promotion gate on a snapshot, or take a snapshot of a PR. */
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Git } from '../../adapters/git.js';
import { fetchGateSnapshot } from '../../adapters/registry/snapshot.js';
import { defaultConfig } from '../../core/config/index.js';
import { UserError } from '../../core/errors.js';
import { evaluateGate } from '../../core/gate/evaluate.js';
import { MAX_SNAPSHOT_BYTES, parseGateSnapshot } from '../../core/gate/parse.js';
import { policyFromConfig } from '../../core/gate/policy.js';
import { gateReport } from '../../core/gate/report.js';
import type { Command, CommandContext } from '../command.js';
import { parseFlags, printReportAs } from '../args.js';
import { githubFromEnv, openRepo } from './registry-io.js';

const evaluateUsage = `usage: mlops gate evaluate --input SNAPSHOT.json [--json]

Evaluates the promotion gate on a snapshot (schemas/gate-snapshot.schema.json) with the policy of the
snapshot's stage from .github/mlops.yml (the defaults outside a repository). Prints every condition:
met or unmet, and what would satisfy it. Exit code 0 when the gate passes, 1 when it blocks.
`;

const evaluate: Command = {
  name: 'gate evaluate',
  summary: 'dry-run the promotion gate on a PR snapshot',
  usage: evaluateUsage,
  async run(args, ctx) {
    const { flags } = parseFlags(args, { input: { type: 'string' }, json: { type: 'boolean' } }, evaluateUsage, [0, 0]);
    if (typeof flags.input !== 'string') throw new UserError('--input SNAPSHOT.json is required', { hint: evaluateUsage.split('\n')[0] });
    const file = path.resolve(ctx.cwd, flags.input);
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) throw new UserError(`${flags.input} is not a readable file`, { file: flags.input });
    if (info.size > MAX_SNAPSHOT_BYTES) throw new UserError(`${flags.input} is larger than ${MAX_SNAPSHOT_BYTES} bytes`, { file: flags.input });
    const { snapshot, findings } = parseGateSnapshot(await readFile(file, 'utf8'), flags.input);
    if (!snapshot) {
      const report = { purpose: 'promotion', title: 'Gate snapshot is invalid', findings, blocks: [] };
      printReportAs(ctx, report, flags.json ? 'json' : 'text');
      return 1;
    }
    const config = await configNear(ctx);
    return printReportAs(ctx, gateReport(evaluateGate(snapshot, policyFromConfig(config, snapshot.stage))), flags.json ? 'json' : 'text');
  },
};

const snapshotUsage = `usage: mlops gate snapshot --pr N [--repo OWNER/NAME] [--remote NAME] [--output FILE]

Takes the snapshot the gate decides on for pull request N: the PR, its commits, reviews, changed files,
reviewers' permissions, team memberships, CODEOWNERS, push activity (GitHub REST responses as they
come), the registry tags and the promoted versions' evidence. Needs GITHUB_TOKEN.
`;

const snapshot: Command = {
  name: 'gate snapshot',
  summary: 'fetch a gate snapshot of a PR (GitHub REST shapes) as JSON',
  usage: snapshotUsage,
  async run(args, ctx) {
    const { flags } = parseFlags(args, { pr: { type: 'string' }, repo: { type: 'string' }, remote: { type: 'string' }, output: { type: 'string' } }, snapshotUsage, [0, 0]);
    const pr = Number(flags.pr);
    if (!Number.isInteger(pr) || pr < 1) throw new UserError('--pr N (a pull request number) is required', { hint: snapshotUsage.split('\n')[0] });
    const github = await githubFromEnv(ctx.env, flags.repo as string | undefined);
    if (!github) throw new UserError('GITHUB_TOKEN is not set', { hint: 'export GITHUB_TOKEN with read access to the repository' });
    const { git, config } = await openRepo(ctx);
    const snap = await fetchGateSnapshot({ ...github, pr, git, config, policy: (stage) => policyFromConfig(config, stage), remote: flags.remote as string | undefined });
    const text = `${JSON.stringify(snap, null, 2)}\n`;
    if (typeof flags.output === 'string') {
      await writeFile(path.resolve(ctx.cwd, flags.output), text);
    } else ctx.stdout(text);
    return 0;
  },
};

/** The configuration of the repository around cwd (its errors stop the command), or the defaults outside one. */
async function configNear(ctx: CommandContext) {
  const inside = await new Git(ctx.cwd).root().then(
    () => true,
    () => false,
  );
  return inside ? (await openRepo(ctx)).config : defaultConfig();
}

/** Every `mlops gate` command. */
export const gateCommands: Command[] = [evaluate, snapshot];
