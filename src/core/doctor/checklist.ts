/**
 * `mlops doctor`: grades a repository against the standard's implementation checklist (SPEC §1,
 * issue #9). Each item says what evidence was found and the next step; the score is the share of
 * the checklist met (a partial item counts half), like a scorecard (OpenSSF Scorecard's 0-10 per check).
 */
import { STANDARD_FOLDERS } from '../init/plan.js';
import type { CardFact, RepoFacts } from './facts.js';
import { hasLockfile, requirements, unapproved } from './frameworks.js';

export type ItemStatus = 'pass' | 'partial' | 'fail';

export interface DoctorItem {
  id: string;
  title: string;
  status: ItemStatus;
  /** What was found, one short line each. */
  evidence: string[];
  /** The next step (absent when the item passes). */
  next?: string;
}

export interface DoctorResult {
  items: DoctorItem[];
  /** 0-100: passed items plus half of the partial ones, over all items. */
  score: number;
}

/** Status from how many of the item's conditions hold. */
const statusOf = (met: number, of: number): ItemStatus => (met >= of ? 'pass' : met > 0 ? 'partial' : 'fail');

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The workflows whose text matches (a reusable workflow or an action of ours, or the CLI command). */
function workflowsUsing(facts: RepoFacts, pattern: RegExp): string[] {
  return Object.entries(facts.workflows)
    .filter(([, text]) => pattern.test(text))
    .map(([file]) => file);
}

const evidenceOf = (files: string[], what: string) => (files.length ? `${what}: ${files.join(', ')}` : `no workflow ${what.replace(/^workflow /, '')}`);

function item(id: string, title: string, checks: Array<[boolean, string, string]>, next: string): DoctorItem {
  const met = checks.filter(([ok]) => ok).length;
  const status = statusOf(met, checks.length);
  return { id, title, status, evidence: checks.map(([ok, yes, no]) => (ok ? yes : no)), ...(status === 'pass' ? {} : { next }) };
}

function structure(f: RepoFacts): DoctorItem {
  const present = STANDARD_FOLDERS.filter((d) => f.files.some((p) => p.startsWith(`${d}/`)) || f.config.models.some((m) => m.path.split('/')[0] === d));
  return item('structure', 'Project structure', [
    [f.configFile !== undefined, `configuration ${f.configFile}`, 'no .github/mlops.yml'],
    [f.configFile !== undefined && f.configErrors === 0, 'the configuration is valid', `the configuration has ${plural(f.configErrors, 'error')}`],
    [present.length >= 4, `standard folders: ${present.join(', ')}`, `standard folders present: ${present.join(', ') || 'none'} of ${STANDARD_FOLDERS.join(', ')}`],
  ], 'run `mlops init` (it writes only what is missing), then `mlops validate`');
}

function experiments(f: RepoFacts): DoctorItem {
  const tags = f.tags.filter((t) => t.startsWith('exp/'));
  const flows = workflowsUsing(f, /record-experiment|mlops-experiment\.yml|mlops experiment record/);
  const params = f.files.filter((p) => /(^|\/)params\.(ya?ml|json)$/.test(p));
  return item('experiments', 'Experiment tracking and reproducibility', [
    [tags.length > 0, `${plural(tags.length, 'experiment tag')} (exp/…)`, 'no experiment tags (exp/…)'],
    [flows.length > 0, evidenceOf(flows, 'workflow recording experiments'), 'no workflow recording experiments'],
    [params.length > 0, `parameters in ${params.slice(0, 3).join(', ')}`, 'no params.yaml or params.json'],
  ], 'record each training run with `mlops experiment record` or the mlops-experiment workflow, with its params file');
}

const dataCards = (f: RepoFacts) => f.cards.filter((c) => c.kind === 'data');
const modelCards = (f: RepoFacts) => f.cards.filter((c) => c.kind === 'model');
const clean = (c: CardFact) => c.errorRules.length === 0;

function dataVersioning(f: RepoFacts): DoctorItem {
  const cards = dataCards(f);
  const withFiles = cards.filter((c) => c.checksummedFiles > 0 && c.version);
  return item('data-versioning', 'Data versioning', [
    [cards.length > 0, `${plural(cards.length, 'data card')}`, 'no data cards'],
    [cards.length > 0 && withFiles.length === cards.length, `${withFiles.length} of ${cards.length} declare a version and files with sha256`, 'data cards without a version or file checksums'],
    [cards.length > 0 && cards.every(clean), 'data cards pass validation (checksums match the files)', `${plural(cards.filter((c) => !clean(c)).length, 'data card')} with errors`],
  ], 'write a data card per dataset (`mlops init card data NAME`) with `version` and `files` (path, sha256, bytes, rows)');
}

function dataQuality(f: RepoFacts): DoctorItem {
  const contracts = dataCards(f).filter((c) => c.hasContract).length + f.files.filter((p) => /\.contract\.ya?ml$/.test(p)).length;
  const flows = workflowsUsing(f, /check-data|mlops-pr\.yml|mlops data check/);
  return item('data-quality', 'Data quality', [
    [contracts > 0, `${plural(contracts, 'data contract')}`, 'no data contract (a data card `schema` or *.contract.yml)'],
    [flows.length > 0, evidenceOf(flows, 'workflow checking data'), 'no workflow checking data'],
  ], 'declare the columns and expectations in the data card `schema`, and run the mlops-pr workflow on pull requests');
}

function evaluation(f: RepoFacts): DoctorItem {
  const metrics = Object.keys(f.config.evaluation.metrics);
  const models = modelCards(f);
  const highRisk = f.config.models.filter((m) => m.risk === 'high');
  const fairness = f.config.fairness.sensitive_features.length > 0;
  return item('evaluation', 'Development and evaluation standards', [
    [metrics.length > 0, `evaluation metrics: ${metrics.join(', ')}`, 'no evaluation metrics in .github/mlops.yml'],
    [models.length > 0 && models.every(clean), `${plural(models.length, 'model card')} complete (evaluation, baseline, holdout)`, models.length ? 'model cards with errors' : 'no model cards'],
    [models.length > 0 && (!highRisk.length || fairness), highRisk.length ? `fairness on ${f.config.fairness.sensitive_features.join(', ')}` : 'no high-risk model needs a fairness assessment', 'high-risk models but no fairness.sensitive_features'],
  ], 'set `evaluation.metrics` (and `fairness` for high-risk models) and complete the Evaluation section of each model card');
}

function registry(f: RepoFacts): DoctorItem {
  const names = f.config.models.map((m) => m.name);
  const versions = f.tags.filter((t) => names.some((n) => t.startsWith(`${n}@v`)));
  const stages = f.tags.filter((t) => names.some((n) => t.startsWith(`${n}#`)));
  const flows = workflowsUsing(f, /promotion-gate|actions\/register|mlops-promote\.yml/);
  return item('registry', 'Registry and versioning', [
    [versions.length > 0, `${plural(versions.length, 'version tag')} ({model}@v…)`, 'no registered versions ({model}@v…)'],
    [stages.length > 0, `${plural(stages.length, 'stage assignment')} ({model}#{stage}#N)`, 'no stage assignments yet'],
    [flows.length > 0 && Object.keys(f.config.promotion).length > 0, `promotion policy for ${Object.keys(f.config.promotion).join(', ')}; ${evidenceOf(flows, 'workflow')}`, 'no promotion policy or no promotion workflow'],
  ], 'add the mlops-promote workflow, make `mlops/promotion` a required check on release/* branches, and merge a card version to register it');
}

function deployment(f: RepoFacts): DoctorItem {
  const stages = Object.entries(f.config.deploy).filter(([, d]) => d.target).map(([stage]) => stage);
  const flows = workflowsUsing(f, /actions\/deploy|mlops-deploy\.yml/);
  return item('deployment', 'Deployment pipelines', [
    [stages.length > 0, `deploy configured for ${stages.join(', ')}`, 'no `deploy.<stage>.target` in .github/mlops.yml'],
    [flows.length > 0, evidenceOf(flows, 'deploy workflow'), 'no deploy workflow'],
  ], 'configure `deploy.<stage>` (strategy, target, health) and add the mlops-deploy workflow');
}

function monitoring(f: RepoFacts): DoctorItem {
  const flows = workflowsUsing(f, /actions\/monitor|mlops-monitor\.yml|mlops monitor/);
  const scheduled = flows.filter((w) => /\bschedule:/.test(f.workflows[w] ?? ''));
  const t = f.config.monitoring.thresholds;
  const thresholds = Object.keys(t.metrics ?? {}).length > 0 || t.drift_share !== undefined;
  return item('monitoring', 'Monitoring and alerting', [
    [scheduled.length > 0, evidenceOf(scheduled, 'scheduled monitoring workflow'), flows.length ? 'the monitoring workflow has no schedule' : 'no monitoring workflow'],
    [thresholds, 'monitoring thresholds configured', 'no `monitoring.thresholds` (metrics or drift share)'],
  ], 'add the mlops-monitor workflow on a schedule and set `monitoring.thresholds`');
}

function feedback(f: RepoFacts): DoctorItem {
  const form = f.files.some((p) => /^\.github\/ISSUE_TEMPLATE\/[^/]*feedback[^/]*\.ya?ml$/.test(p));
  const flows = workflowsUsing(f, /actions\/feedback|mlops-feedback\.yml/);
  return item('feedback', 'Feedback loops', [
    [form, 'a feedback issue form', 'no feedback issue form in .github/ISSUE_TEMPLATE/'],
    [flows.length > 0, evidenceOf(flows, 'feedback workflow'), 'no feedback workflow'],
    [f.configFile !== undefined && f.config.retraining.triggers.length > 0, `retraining on ${f.config.retraining.triggers.join(', ')}`, 'no retraining triggers'],
  ], 'run `mlops init` for the issue form and the mlops-feedback workflow');
}

function ethics(f: RepoFacts): DoctorItem {
  const models = modelCards(f);
  const missing = models.filter((c) => c.sectionProblems.some((m) => /ethic|fairness/i.test(m)));
  return item('ethics', 'Documented ethics and risk', [
    [models.length > 0 && missing.length === 0, 'every model card documents ethical considerations (and fairness for high risk)', models.length ? `missing or empty in ${missing.map((c) => c.file).join(', ')}` : 'no model cards'],
    [f.config.models.length > 0, `risk tiers: ${f.config.models.map((m) => `${m.name} ${m.risk}`).join(', ')}`, 'no models with a risk tier in .github/mlops.yml'],
  ], 'fill in the Ethical Considerations section of each model card and give each model a `risk` tier');
}

function frameworks(f: RepoFacts): DoctorItem {
  const manifests = Object.keys(f.dependencies);
  const reqs = requirements(f.dependencies);
  const locked = hasLockfile(f.files);
  const loose = reqs.filter((r) => !r.pinned);
  const other = unapproved(reqs);
  return item('frameworks', 'Approved ML frameworks, pinned versions', [
    [manifests.length > 0, `dependency manifests: ${manifests.join(', ')}`, 'no dependency manifest (requirements.txt, pyproject.toml, environment.yml)'],
    [manifests.length > 0 && (locked || loose.length === 0), locked ? 'a lockfile pins the versions' : `${plural(reqs.length, 'requirement')}, all pinned with ==`, `unpinned: ${loose.map((r) => r.name).join(', ') || 'no manifest'}`],
    [manifests.length > 0 && other.length === 0, 'every ML framework is on the approved list', `not on the approved list (review them): ${other.join(', ')}`],
  ], 'pin every dependency to one version (`name==1.2.3`) or commit a lockfile; use approved frameworks');
}

/** Grades the repository against every item of the checklist. */
export function gradeRepository(facts: RepoFacts): DoctorResult {
  const items = [structure, experiments, dataVersioning, dataQuality, evaluation, registry, deployment, monitoring, feedback, ethics, frameworks].map((grade) => grade(facts));
  const points = items.reduce((sum, i) => sum + (i.status === 'pass' ? 1 : i.status === 'partial' ? 0.5 : 0), 0);
  return { items, score: Math.round((100 * points) / items.length) };
}
