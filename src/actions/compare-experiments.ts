/** Action compare-experiments: on a PR, the PR's experiments against the baseline, as the sticky comment and job summary. */
import * as core from './lib/runner.js';
import { compareMany, pullRequestExperiments } from '../adapters/experiments/pull-request.js';
import { experimentSettings } from '../adapters/experiments/settings.js';
import { Git } from '../adapters/git.js';
import { UserError } from '../core/errors.js';
import type { FailOn } from '../core/finding.js';
import { readContext } from './lib/context.js';
import { lazyClientFromInput } from './lib/lazy-client.js';
import { booleanInput, enumInput, listInput, stringInput } from './lib/inputs.js';
import { publishReport } from './lib/publish.js';
import { runAction } from './lib/run.js';

function baseRef(payload: Record<string, unknown>): string | undefined {
  const pr = payload.pull_request as { base?: { ref?: unknown } } | undefined;
  return typeof pr?.base?.ref === 'string' ? pr.base.ref : undefined;
}

async function run(): Promise<void> {
  const ctx = readContext();
  const git = new Git(ctx.workspace);
  const root = await git.root();
  const settings = await experimentSettings(root);
  const base = stringInput('base-branch') || baseRef(ctx.payload) || process.env.GITHUB_BASE_REF || 'main';
  const last = Number(stringInput('last', { fallback: '10' }));
  if (!Number.isInteger(last) || last < 1)
    throw new UserError(`input 'last' must be a positive integer, got '${stringInput('last')}'`);
  // The checkout may be shallow and without tags: fetch the experiment tags and the base branch.
  await git.run(
    [
      'fetch',
      '--quiet',
      '--no-tags',
      'origin',
      '+refs/tags/exp/*:refs/tags/exp/*',
      `+refs/heads/${base}:refs/remotes/origin/${base}`,
    ],
    { allowFailure: true },
  );
  const names = listInput('experiments');
  const candidates = names.length
    ? names
    : await pullRequestExperiments(
        git,
        ctx.headSha && (await git.resolve(ctx.headSha)) ? ctx.headSha : 'HEAD',
        base,
        settings.project,
      );
  const report = await compareMany(git, candidates, {
    baseline: stringInput('baseline', { fallback: 'main' }),
    baseBranch: base,
    last,
    directions: settings.directions,
    models: settings.models,
    model: stringInput('model') || undefined,
    project: settings.project,
    root,
  });
  report.findings.unshift(...settings.findings);
  core.setOutput('experiments', candidates.join(','));
  const failOn = enumInput<FailOn>('fail-on', ['error', 'warning', 'never'], 'error');
  await publishReport(report, ctx, {
    comment: booleanInput('comment', true),
    failOn,
    client: lazyClientFromInput(ctx),
    botLogin: stringInput('bot-login') || undefined,
  });
}

await runAction(run);
