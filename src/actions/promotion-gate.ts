/**
 * Action `actions/promotion-gate`: on pull_request (opened, synchronize, reopened) and
 * pull_request_review (submitted, dismissed, edited) into a release branch, takes a snapshot of the PR,
 * evaluates the stage's promotion policy (a pure function), sets the commit status `mlops/promotion`
 * on the PR head (branch protection requires it) and keeps the sticky comment with every condition.
 */
import * as core from './lib/runner.js';
import { loadConfig } from '../adapters/fs/config.js';
import { statusOf } from '../adapters/github/identity.js';
import { Git } from '../adapters/git.js';
import { stageOfBranch } from '../adapters/registry/promote.js';
import { fetchGateSnapshot } from '../adapters/registry/snapshot.js';
import { UserError } from '../core/errors.js';
import { evaluateGate } from '../core/gate/evaluate.js';
import { policyFromConfig } from '../core/gate/policy.js';
import { gateReport, gateStatus } from '../core/gate/report.js';
import { readContext } from './lib/context.js';
import { clientFromInput, runRepo } from './lib/github.js';
import { stringInput } from './lib/inputs.js';
import { publishReport } from './lib/publish.js';
import { runAction } from './lib/run.js';

async function promotionGate(): Promise<void> {
  const ctx = readContext();
  const client = clientFromInput(ctx);
  const repo = runRepo(ctx);
  if (!client || !repo) throw new UserError('the promotion gate needs the `token` input and a repository run');
  if (!ctx.prNumber) {
    core.notice(`mlops promotion gate: ${ctx.eventName} is not about a pull request; nothing to check`);
    return;
  }
  const loaded = await loadConfig(ctx.workspace);
  const bad = loaded.findings.find((f) => f.severity === 'error');
  if (bad) throw new UserError(bad.message, { file: bad.file, line: bad.line, hint: bad.hint });
  const base = String((ctx.payload.pull_request as { base?: { ref?: string } } | undefined)?.base?.ref ?? '');
  if (base && !stageOfBranch(loaded.config, base)) {
    core.notice(`mlops promotion gate: ${base} is not a release branch (${loaded.config.release_branch_prefix}{stage}); nothing to check`);
    return;
  }
  const snapshot = await fetchGateSnapshot({
    client,
    teamsClient: clientFromInput(ctx, 'teams-token'),
    repo,
    pr: ctx.prNumber,
    git: new Git(ctx.workspace),
    config: loaded.config,
    policy: (stage) => policyFromConfig(loaded.config, stage),
    remote: stringInput('remote', { fallback: 'origin' }),
  });
  const verdict = evaluateGate(snapshot, policyFromConfig(loaded.config, snapshot.stage));
  const status = gateStatus(verdict);
  try {
    // Statuses are append-only on GitHub: a rerun with the same verdict adds none, so reruns change nothing.
    const current = (await client.rest.repos.getCombinedStatusForRef({ ...repo, ref: verdict.headSha })).data.statuses.find((x) => x.context === status.context);
    if (current?.state !== status.state || current.description !== status.description)
      await client.rest.repos.createCommitStatus({ ...repo, sha: verdict.headSha, ...status, target_url: ctx.runUrl });
  } catch (error) {
    // A fork PR's token is read-only: report the verdict through the other channels and say why.
    if (statusOf(error) !== 403) throw error;
    core.warning(`cannot set the ${status.context} status (403: the token is read-only, as on fork PRs); the verdict is ${status.state}`);
  }
  const report = gateReport(verdict);
  await publishReport(report, ctx, { comment: true, failOn: 'never', client, botLogin: stringInput('bot-login') || undefined });
  core.setOutput('passed', String(verdict.pass));
  core.setOutput('stage', verdict.stage);
  core.setOutput('verdict', JSON.stringify(verdict));
}

await runAction(promotionGate);
