/** Action record-experiment: `mlops experiment record` from inputs; outputs name, tag, release-url, record-path. */
import path from 'node:path';
import * as core from './lib/runner.js';
import { recordExperiment } from '../adapters/experiments/record.js';
import { experimentSettings } from '../adapters/experiments/settings.js';
import { Git } from '../adapters/git.js';
import { UserError } from '../core/errors.js';
import { readContext } from './lib/context.js';
import { clientFromInput } from './lib/github.js';
import { booleanInput, listInput, pathInput, pathsInput, stringInput } from './lib/inputs.js';
import { publishReport } from './lib/publish.js';
import { runAction } from './lib/run.js';

async function run(): Promise<void> {
  const ctx = readContext();
  const cwd = path.resolve(ctx.workspace, pathInput('working-directory', ctx.workspace, '.'));
  const git = new Git(cwd);
  const root = await git.root();
  const settings = await experimentSettings(root);
  const seeds = listInput('seeds').map((s) => {
    if (!/^-?\d+$/.test(s)) throw new UserError(`input 'seeds': '${s}' is not an integer`);
    return Number(s);
  });
  const push = booleanInput('push', true);
  const client = push ? clientFromInput(ctx) : undefined;
  const rel = (name: string) =>
    pathsInput(name, ctx.workspace).map((p) => path.relative(cwd, path.join(ctx.workspace, p)));
  const optionalPath = (name: string) =>
    stringInput(name)
      ? path.relative(cwd, path.join(ctx.workspace, pathInput(name, ctx.workspace, '.')))
      : undefined;
  const outcome = await recordExperiment(
    { git, root, cwd, env: process.env },
    {
      inputs: {
        project: stringInput('project') || settings.project,
        type: stringInput('type', { required: true }),
        params: rel('params'),
        metrics: rel('metrics'),
        artifacts: rel('artifacts'),
        datasets: listInput('datasets'),
        seeds,
        note: stringInput('note') || undefined,
        allowDirty: booleanInput('allow-dirty', false),
        fromDvc: booleanInput('from-dvc', false),
        fromMlflow: optionalPath('from-mlflow'),
        fromWandb: optionalPath('from-wandb'),
        artifactStore: stringInput('artifact-store') || undefined,
      },
      remote: push ? stringInput('remote', { fallback: 'origin' }) : undefined,
      github: client && ctx.repository ? { client, repository: ctx.repository } : undefined,
      out: path.join(ctx.runnerTemp, 'mlops-experiments', 'record.json'),
    },
  );
  core.setOutput('name', outcome.saved.name);
  core.setOutput('tag', outcome.saved.tag);
  core.setOutput('release-url', outcome.release?.url ?? '');
  core.setOutput('record-path', outcome.recordPath);
  outcome.report.findings.unshift(...settings.findings);
  await publishReport(outcome.report, ctx, { comment: false, failOn: 'error' });
}

await runAction(run);
