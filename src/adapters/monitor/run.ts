/**
 * One monitoring run for a model and stage, shared by `mlops monitor` and actions/monitor: gather the
 * facts (registry, release assets, DuckDB), judge them (src/core/monitor), fire retraining dispatches
 * outside their cool-down, bring the alert issue up to date, and notify the webhook.
 */
import { readFile } from 'node:fs/promises';
import type { MlopsConfig } from '../../core/config/types.js';
import { driftOptionsFromConfig } from '../../core/drift/select.js';
import { isProfile } from '../../core/data/profile.js';
import { UserError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import { alertMarker, rollbackCommand, type DispatchRecord } from '../../core/monitor/alert.js';
import { alertSeverity, monitorFindings } from '../../core/monitor/evaluate.js';
import { parseMetricsFile } from '../../core/monitor/metrics-file.js';
import { monitorPolicy } from '../../core/monitor/policy.js';
import { monitorReport, retrainCandidates } from '../../core/monitor/report.js';
import { dispatchPayload, planRetraining, scheduleDue, type RetrainCandidate, type RetrainPlan } from '../../core/monitor/retrain.js';
import type { MetricFacts, MonitorFacts } from '../../core/monitor/types.js';
import { renderMarkdown } from '../../core/report/markdown.js';
import type { Report } from '../../core/report/model.js';
import { Engine } from '../duckdb/engine.js';
import type { GitHubClient } from '../github/client.js';
import type { Identity } from '../github/identity.js';
import { Git } from '../git.js';
import { readRegistry } from '../registry/tags.js';
import { ALERT_LABEL, recordedDispatches, syncAlert, type AlertAction } from './alerts.js';
import { localInput } from './inputs.js';
import { measureBatch, type Reference } from './measure.js';
import { fireDispatch, postWebhook } from './notify.js';
import { newDataVersions, numbers, releaseReference, signatureAt, stageVersion, type ReleaseReference } from './reference.js';

export interface MonitorRun {
  root: string;
  config: MlopsConfig;
  model: string;
  stage: string;
  /** Repository path or http(s) URL of the batch of inputs and predictions. */
  batch: string;
  groundTruth?: string;
  business?: string;
  system?: string;
  /** A reference data file or profile JSON; default the profile asset of the version's release. */
  reference?: string;
  referenceAsset?: string;
  /** Recorded evaluation metrics (JSON); default the release's metrics.json. */
  metrics?: string;
  /** Data card or contract whose expectations the batch must meet. */
  contract?: string;
  idColumn?: string;
  labelColumn?: string;
  predictionColumn?: string;
  scoreColumn?: string;
  github?: { client: GitHubClient; repo: { owner: string; repo: string }; identity: Identity };
  event: { name: string; payload: Record<string, unknown> };
  /** The workflow run (`GITHUB_RUN_ID`), which names this run's section and dispatch records. */
  run: string;
  now: Date;
  webhookUrl?: string;
  tempDir: string;
}

export interface MonitorOutcome {
  report: Report;
  severity?: 'critical' | 'warning';
  alert?: { action: AlertAction; number?: number; url?: string };
  dispatched: RetrainCandidate[];
}

/** Runs the whole monitoring step; see the module comment. */
export async function monitorModel(o: MonitorRun): Promise<MonitorOutcome> {
  if (!o.config.models.some((m) => m.name === o.model)) throw new UserError(`no model '${o.model}' in .github/mlops.yml`, { file: '.github/mlops.yml', hint: `configured models: ${o.config.models.map((m) => m.name).join(', ') || 'none'}` });
  if (!o.config.stages.includes(o.stage)) throw new UserError(`no stage '${o.stage}' in .github/mlops.yml`, { file: '.github/mlops.yml', hint: `stages: ${o.config.stages.join(', ')}` });
  const notes: Finding[] = [];
  const git = new Git(o.root);
  const state = await readRegistry(git);
  const version = stageVersion(state, o.model, o.stage);
  if (!version) notes.push({ rule: 'monitor/no-version', severity: 'notice', message: `the registry has no version of ${o.model} in ${o.stage}; monitoring without its release`, hint: 'promote a version (its release holds the reference profile and metrics), or pass the reference and metrics files' });
  const release: ReleaseReference = version && o.github ? await releaseReference(o.github.client, o.github.repo, version.tag, o.referenceAsset) : {};
  const signature = version ? await signatureAt(git, o.config, o.model, version.commit) : undefined;
  const reference = await referenceOf(o, release, version?.tag);
  if (!reference) notes.push({ rule: 'monitor/no-reference', severity: 'notice', message: 'no reference profile or file: drift was not measured', hint: `attach a profile (\`mlops data profile\`) to the version's release as profile.json, or pass a reference` });
  const unreadable: Finding[] = [];
  const recorded = o.metrics ? await attempt(unreadable, async () => numbers(await readJson(o, o.metrics!))) : release.metrics;
  const facts = await gather(o, reference, recorded, signature, version?.version);
  facts.input.unshift(...unreadable);
  const findings = [...notes, ...monitorFindings(facts, monitorPolicy(o.config, o.stage))];
  const candidates = [...retrainCandidates(facts, findings), ...otherCauses(o, state, version?.registeredAt)];
  const marker = alertMarker(o.model, o.stage);
  const label = o.config.monitoring.alert.labels[0] ?? ALERT_LABEL;
  const records = o.github ? await recordedDispatches(o.github.client, o.github.repo, o.github.identity, marker, label) : [];
  const settings = { triggers: o.config.retraining.triggers, cooldownHours: o.config.retraining.cooldown_hours, now: o.now, run: o.run };
  const plan = offline(planRetraining(candidates, settings, records), !o.github);
  const fired = await fire(o, plan, version?.version);
  const report = monitorReport(facts, findings, plan);
  const severity = alertSeverity(findings);
  const outcome: MonitorOutcome = { report, severity, dispatched: plan.fire };
  if (!o.github) return outcome;
  const when = `${o.now.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const text = severity ? `### ${when} · run ${o.run}\n\n${renderMarkdown(report, { maxChars: 20_000 }).replace(/^## .*\n\n/, '')}` : `Healthy again at ${when} (run ${o.run}): no breach in \`${facts.batch.file}\`. Closing.`;
  const head = { runbook: o.config.monitoring.alert.runbook, rollback: rollbackCommand(o.model, o.stage) };
  const alert = await syncAlert({ ...o.github, model: o.model, stage: o.stage, marker, labels: o.config.monitoring.alert.labels, assignees: o.config.monitoring.alert.assignees, head, run: o.run, severity, text, fired });
  outcome.alert = alert;
  if (o.webhookUrl && ['opened', 'reopened', 'updated', 'closed'].includes(alert.action)) await notify(o, report, alert, head, findings);
  return outcome;
}

async function gather(o: MonitorRun, reference: Reference | undefined, recorded: Record<string, number> | undefined, signature: Awaited<ReturnType<typeof signatureAt>>, version: string | undefined): Promise<MonitorFacts> {
  const batch = await localInput(o.root, o.batch, o.tempDir);
  const groundTruth = o.groundTruth ? await localInput(o.root, o.groundTruth, o.tempDir) : undefined;
  const problems: Finding[] = [];
  // The contract engine (its schema, the expectation compiler) loads only for a run given a contract.
  const contract = o.contract ? await attempt(problems, async () => (await import('../duckdb/dataset.js')).readContractFile(o.root, o.contract!)) : undefined;
  const engine = await Engine.open({ memoryLimit: process.env.MLOPS_DUCKDB_MEMORY || '2GB' });
  let measured;
  try {
    measured = await measureBatch(engine, {
      root: o.root,
      batch,
      reference,
      groundTruth,
      idColumn: o.idColumn || 'id',
      labelColumn: o.labelColumn || 'label',
      predictionColumn: o.predictionColumn || signature?.outputs[0]?.name || 'prediction',
      scoreColumn: o.scoreColumn,
      signature,
      recorded,
      contract,
      drift: driftOptionsFromConfig(o.config.drift),
    });
  } finally {
    engine.close();
  }
  const business = o.business ? await attempt(problems, () => metricsFile(o, o.business!)) : undefined;
  const system = o.system ? await attempt(problems, () => metricsFile(o, o.system!)) : undefined;
  return { ...measured, input: [...problems, ...measured.input], target: { model: o.model, stage: o.stage, version }, business, system };
}

async function referenceOf(o: MonitorRun, release: ReleaseReference, tag: string | undefined): Promise<Reference | undefined> {
  if (o.reference) {
    const file = await localInput(o.root, o.reference, o.tempDir);
    if (file.path.toLowerCase().endsWith('.json')) {
      const value = await readJson(o, file.path, file.display).catch(() => undefined);
      if (isProfile(value)) return { kind: 'profile', profile: value, display: file.display };
    }
    return { kind: 'file', ...file };
  }
  return release.profile ? { kind: 'profile', profile: release.profile.profile, display: `release ${tag}: ${release.profile.name}` } : undefined;
}

async function readJson(o: MonitorRun, file: string, display = file): Promise<unknown> {
  const local = await localInput(o.root, file, o.tempDir);
  let text: string;
  try {
    text = await readFile(local.path, 'utf8');
  } catch {
    throw new UserError(`file not found: ${display}`, { file: display, hint: 'check the path (relative to the repository root)' });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError(`${display} is not valid JSON: ${(error as Error).message}`, { file: display });
  }
}

async function metricsFile(o: MonitorRun, value: string): Promise<MetricFacts> {
  const file = await localInput(o.root, value, o.tempDir);
  let text: string;
  try {
    text = await readFile(file.path, 'utf8');
  } catch {
    throw new UserError(`file not found: ${file.display}`, { file: file.display, hint: 'check the path (relative to the repository root)' });
  }
  return { file: file.display, values: parseMetricsFile(text, file.display) };
}

/** Runs a read whose UserError becomes an input finding, so one bad file does not stop the other checks. */
async function attempt<T>(findings: Finding[], read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    findings.push({ rule: 'monitor/unreadable', severity: 'error', message: error.message, file: error.file, line: error.line, hint: error.hint });
    return undefined;
  }
}

/** Schedule and new-data causes (drift and degradation come from the findings). */
function otherCauses(o: MonitorRun, state: Awaited<ReturnType<typeof readRegistry>>, since: string | undefined): RetrainCandidate[] {
  const out: RetrainCandidate[] = [];
  if (scheduleDue(o.event.name, o.event.payload.schedule, o.config.retraining.schedule)) out.push({ cause: 'schedule', key: 'schedule', evidence: { schedule: o.config.retraining.schedule ?? o.event.payload.schedule ?? null } });
  if (since) for (const d of newDataVersions(state, o.config, since)) out.push({ cause: 'new_data', key: `new_data:${d.dataset}@${d.version}`, evidence: d });
  return out;
}

/** Without GitHub nothing is dispatched: every cause is shown as held. */
function offline(plan: RetrainPlan, isOffline: boolean): RetrainPlan {
  if (!isOffline) return plan;
  return { fire: [], held: [...plan.fire.map((candidate) => ({ candidate, why: 'not dispatched: no GitHub repository and token (dry run)' })), ...plan.held] };
}

async function fire(o: MonitorRun, plan: RetrainPlan, version: string | undefined): Promise<DispatchRecord[]> {
  const fired: DispatchRecord[] = [];
  if (!o.github) return fired;
  for (const c of plan.fire) {
    await fireDispatch(o.github.client, o.github.repo, o.config.retraining.event_type, dispatchPayload(o.model, o.stage, c, version));
    fired.push({ cause: c.cause, key: c.key, at: o.now.toISOString(), run: o.run });
  }
  return fired;
}

async function notify(o: MonitorRun, report: Report, alert: { action: AlertAction; url?: string }, head: { runbook?: string; rollback: string }, findings: Finding[]): Promise<void> {
  const lines = [`*${report.title}*: ${report.summary ?? ''} (${alert.action})`, ...(alert.url ? [alert.url] : []), ...(head.runbook ? [`Runbook: ${head.runbook}`] : []), `Rollback: \`${head.rollback}\``];
  try {
    await postWebhook(o.webhookUrl!, lines.join('\n'));
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    findings.push({ rule: 'monitor/webhook', severity: 'warning', message: error.message, hint: error.hint });
  }
}
