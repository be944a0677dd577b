/** Action monitor: one model and stage on a schedule; the alert issue, retraining dispatches and webhook (SPEC §9). */
import * as core from './lib/runner.js';
import path from 'node:path';
import { loadConfig } from '../adapters/fs/config.js';
import { resolveIdentity } from '../adapters/github/identity.js';
import { Git } from '../adapters/git.js';
import { monitorModel } from '../adapters/monitor/run.js';
import { UserError } from '../core/errors.js';
import type { FailOn } from '../core/finding.js';
import { readContext } from './lib/context.js';
import { clientFromInput, runRepo } from './lib/github.js';
import { enumInput, pathInput, secretInput, stringInput } from './lib/inputs.js';
import { publishReport } from './lib/publish.js';
import { runAction } from './lib/run.js';

/** A path input inside the workspace, or an http(s) URL as it is; undefined when empty. */
function fileInput(name: string, workspace: string, required = false): string | undefined {
  const value = stringInput(name, { required });
  if (!value) return undefined;
  return /^https?:\/\//i.test(value) ? value : pathInput(name, workspace, value);
}

async function run(): Promise<void> {
  const ctx = readContext();
  const git = new Git(ctx.workspace);
  const root = await git.root();
  // The registry lives in tags; a default checkout has none.
  await git.run(['fetch', '--quiet', '--no-tags', 'origin', '+refs/tags/*:refs/tags/*'], { allowFailure: true });
  const loaded = await loadConfig(root);
  const bad = loaded.findings.find((f) => f.severity === 'error');
  if (bad) throw new UserError(bad.message, { file: bad.file, line: bad.line, column: bad.column, hint: bad.hint });
  const config = loaded.config;
  const client = clientFromInput(ctx);
  const repo = runRepo(ctx);
  const botLogin = stringInput('bot-login') || undefined;
  const github = client && repo ? { client, repo, identity: await resolveIdentity(client, { botLogin }) } : undefined;
  const secret = config.monitoring.alert.webhook_secret;
  const webhook = secretInput('webhook-url') || (secret ? process.env[secret] : undefined) || undefined;
  if (webhook) core.setSecret(webhook);
  const outcome = await monitorModel({
    root,
    config,
    model: stringInput('model', { required: true }),
    stage: stringInput('stage', { fallback: config.stages[config.stages.length - 1] }),
    batch: fileInput('batch', ctx.workspace, true)!,
    groundTruth: fileInput('ground-truth', ctx.workspace),
    business: fileInput('business-metrics', ctx.workspace),
    system: fileInput('system-metrics', ctx.workspace),
    reference: fileInput('reference', ctx.workspace),
    referenceAsset: stringInput('reference-asset') || undefined,
    metrics: fileInput('metrics', ctx.workspace),
    contract: fileInput('contract', ctx.workspace),
    idColumn: stringInput('id-column') || undefined,
    labelColumn: stringInput('label-column') || undefined,
    predictionColumn: stringInput('prediction-column') || undefined,
    scoreColumn: stringInput('score-column') || undefined,
    github,
    event: { name: ctx.eventName, payload: ctx.payload },
    run: ctx.runId ? `${ctx.runId}` : `local-${Date.now()}`,
    now: new Date(),
    webhookUrl: webhook,
    tempDir: path.join(ctx.runnerTemp, 'mlops-monitor'),
  });
  core.setOutput('severity', outcome.severity ?? 'healthy');
  core.setOutput('alert-action', outcome.alert?.action ?? 'none');
  core.setOutput('alert-issue', outcome.alert?.number ?? '');
  core.setOutput('dispatched', outcome.dispatched.map((d) => d.cause).join(','));
  const failOn = enumInput<FailOn>('fail-on', ['error', 'warning', 'never'], 'never');
  await publishReport(outcome.report, ctx, { comment: false, failOn, client, botLogin });
}

await runAction(run);
