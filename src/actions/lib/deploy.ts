/**
 * actions/deploy: deploys (or rolls back) one model in one stage inside the job's GitHub Environment,
 * with the same code as `mlops deploy run|rollback`; the timeline goes to the job summary.
 */
import path from 'node:path';
import * as core from './runner.js';
import { runDeployment } from '../../adapters/deploy/run.js';
import { loadConfig } from '../../adapters/fs/config.js';
import { UserError } from '../../core/errors.js';
import { readContext } from './context.js';
import { clientFromInput, runRepo } from './github.js';
import { booleanInput, stringInput } from './inputs.js';
import { publishReport } from './publish.js';

/** Reads the inputs, deploys, publishes the timeline, sets the outputs. */
export async function runDeploy(): Promise<void> {
  const ctx = readContext();
  const model = stringInput('model', { required: true });
  const stage = stringInput('stage', { required: true });
  const version = stringInput('version') || undefined;
  const rollback = booleanInput('rollback', false);
  const client = clientFromInput(ctx);
  const repo = runRepo(ctx);
  if (!client || !repo)
    throw new UserError(
      'actions/deploy needs the `token` input and GITHUB_REPOSITORY: deployments are recorded on GitHub',
    );
  const { config, findings } = await loadConfig(ctx.workspace);
  const broken = findings.find((f) => f.severity === 'error');
  if (broken)
    throw new UserError(broken.message, { file: broken.file, line: broken.line, hint: broken.hint });
  const run = await runDeployment({
    repo: ctx.workspace,
    config,
    model,
    stage,
    version,
    rollback,
    github: { client, repo, runId: ctx.runId, logUrl: ctx.runUrl },
    artifactsDir: path.join(ctx.runnerTemp, 'mlops-artifacts', `${model.replaceAll('/', '-')}-${stage}`),
    remote: 'origin',
    log: (line) => core.info(line),
  });
  core.setOutput('status', run.result.status);
  core.setOutput('version', run.plan.version);
  core.setOutput('serving', run.result.serving ?? '');
  core.setOutput('rolled-back', String(run.result.rolledBack));
  if (run.result.deploymentId !== undefined) core.setOutput('deployment-id', String(run.result.deploymentId));
  await publishReport(run.report, ctx, { comment: false, failOn: 'error', client });
}
