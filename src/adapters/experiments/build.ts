/** Assembling a record from the command line or action inputs: files, imports, code, environment, who and when. */
import { seedsFromParams } from '../../core/experiments/imports.js';
import type { DatasetRef, ExperimentRecord, Scalar } from '../../core/experiments/record.js';
import { fingerprintOf } from '../../core/experiments/record.js';
import type { Finding } from '../../core/finding.js';
import type { Git } from '../git.js';
import { MAX_ASSET_BYTES } from '../github/releases.js';
import { codeVersion } from './code.js';
import { resolveDatasets } from './datasets.js';
import { detectEnvironment } from './environment.js';
import { hashArtifacts, insideRepo, readValuesFile } from './files.js';
import type { Imported } from './importers.js';
import { importDvc, importMlflow, importWandb } from './importers.js';
import type { DraftRecord } from './save.js';

/** Everything `experiment record` and the record-experiment action accept. */
export interface RecordInputs {
  project: string;
  type: string;
  params: string[];
  metrics: string[];
  artifacts: string[];
  datasets: string[];
  seeds: number[];
  note?: string;
  allowDirty: boolean;
  fromDvc?: boolean;
  fromMlflow?: string;
  fromWandb?: string;
  /** External storage for artifacts over GitHub's 2 GiB asset limit (`s3://bucket/prefix`, `https://…`). */
  artifactStore?: string;
  /** The time of the record (tests pin it). */
  now?: Date;
}

/** Where the run happened: repository, working folder, environment variables. */
export interface RecordContext {
  git: Git;
  root: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** Builds the draft record and the warnings about it (no seeds, unpinned requirements, dataset versions). */
export async function buildDraft(
  ctx: RecordContext,
  inputs: RecordInputs,
): Promise<{ draft: DraftRecord; findings: Finding[] }> {
  const findings: Finding[] = [];
  const imported = await runImports(ctx, inputs);
  const params: Record<string, Scalar> = {};
  const metrics: Record<string, Scalar> = {};
  for (const i of imported) {
    Object.assign(params, i.params);
    Object.assign(metrics, i.metrics);
  }
  for (const f of inputs.params) Object.assign(params, await readValuesFile(ctx.root, ctx.cwd, f, 'params'));
  for (const f of inputs.metrics)
    Object.assign(metrics, await readValuesFile(ctx.root, ctx.cwd, f, 'metrics'));
  const artifacts = await hashArtifacts(ctx.root, ctx.cwd, inputs.artifacts, {
    maxBytes: MAX_ASSET_BYTES,
    store: inputs.artifactStore,
  });
  const { datasets, findings: datasetFindings } = await resolveDatasets(
    ctx.git,
    ctx.root,
    ctx.cwd,
    inputs.datasets,
  );
  findings.push(...datasetFindings);
  const outputs = [...artifacts.map((a) => a.path), ...(await relativePaths(ctx, inputs.metrics))];
  const code = await codeVersion(ctx.git, ctx.root, { allowDirty: inputs.allowDirty, outputs, env: ctx.env });
  const { environment, findings: envFindings } = await detectEnvironment(ctx.git, ctx.root, ctx.env);
  findings.push(...envFindings);
  const seeds = inputs.seeds.length ? inputs.seeds : seedsFromParams(params);
  if (seeds.length === 0) {
    findings.push({
      rule: 'experiment/no-seed',
      severity: 'warning',
      message: 'no random seed was recorded, so the run cannot be repeated exactly',
      hint: 'pass --seed N for every seed the run sets (or a `seed` param)',
    });
  }
  const merged = mergeImports(imported, datasets);
  const content = {
    schemaVersion: 1 as const,
    project: inputs.project,
    type: inputs.type,
    ...(inputs.note ? { note: inputs.note } : {}),
    params,
    metrics,
    ...merged,
    code,
    environment,
    seeds,
    artifacts,
  };
  const draft: DraftRecord = {
    ...content,
    created: (inputs.now ?? new Date()).toISOString(),
    author: await authorOf(ctx),
    fingerprint: fingerprintOf(content),
  };
  return { draft, findings };
}

async function runImports(ctx: RecordContext, inputs: RecordInputs): Promise<Imported[]> {
  const out: Imported[] = [];
  if (inputs.fromDvc) out.push(await importDvc(ctx.git, ctx.root, ctx.cwd));
  if (inputs.fromMlflow) out.push(await importMlflow(ctx.root, ctx.cwd, inputs.fromMlflow));
  if (inputs.fromWandb) out.push(await importWandb(ctx.root, ctx.cwd, inputs.fromWandb));
  return out;
}

function mergeImports(
  imported: Imported[],
  datasets: DatasetRef[],
): Pick<ExperimentRecord, 'datasets' | 'metricHistory' | 'source' | 'tags'> {
  const history = Object.assign({}, ...imported.map((i) => i.metricHistory ?? {}));
  const tags = Object.assign({}, ...imported.map((i) => i.tags ?? {}));
  const source = imported[0]?.source;
  return {
    datasets: [...datasets, ...imported.flatMap((i) => i.datasets ?? [])],
    ...(Object.keys(history).length ? { metricHistory: history } : {}),
    ...(source ? { source } : {}),
    ...(Object.keys(tags).length ? { tags } : {}),
  };
}

async function relativePaths(ctx: RecordContext, files: string[]): Promise<string[]> {
  return Promise.all(
    files.map(async (f) => (await insideRepo(ctx.root, ctx.cwd, f, 'metrics file')).relative),
  );
}

/** Who: the GitHub actor on a runner, else git's configured identity. */
async function authorOf(ctx: RecordContext): Promise<ExperimentRecord['author']> {
  if (ctx.env.GITHUB_ACTIONS === 'true' && ctx.env.GITHUB_ACTOR) return { name: ctx.env.GITHUB_ACTOR };
  const get = async (key: string) =>
    (await ctx.git.run(['config', key], { allowFailure: true })).stdout.trim();
  const name = ctx.env.GIT_AUTHOR_NAME || (await get('user.name')) || ctx.env.USER || 'unknown';
  const email = ctx.env.GIT_AUTHOR_EMAIL || (await get('user.email'));
  return { name, ...(email ? { email } : {}) };
}
