/** `--from-dvc`, `--from-mlflow DIR`, `--from-wandb DIR`: read runs where DVC, MLflow and W&B wrote them. */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../core/errors.js';
import {
  dvcMetricFiles,
  dvcOuts,
  dvcParams,
  mlflowMetric,
  pickParams,
  wandbConfig,
  wandbSummary,
} from '../../core/experiments/imports.js';
import type { DatasetRef, ExperimentRecord, MetricPoint, Scalar } from '../../core/experiments/record.js';
import { parseValues, yamlOrThrow } from '../../core/experiments/values.js';
import type { Git } from '../git.js';
import { insideRoot } from '../fs/inside.js';
import { insideRepo } from './files.js';

/** What an import contributes to a record. */
export interface Imported {
  params: Record<string, Scalar>;
  metrics: Record<string, Scalar>;
  metricHistory?: Record<string, MetricPoint[]>;
  datasets?: DatasetRef[];
  tags?: Record<string, string>;
  source: NonNullable<ExperimentRecord['source']>;
}

async function readText(absolute: string, shown: string, what: string): Promise<string> {
  try {
    return await readFile(absolute, 'utf8');
  } catch {
    throw new UserError(`${what} '${shown}' does not exist or cannot be read`, { file: shown });
  }
}

async function readYaml(absolute: string, shown: string): Promise<unknown> {
  return yamlOrThrow(await readText(absolute, shown, 'file'), shown);
}

/** DVC: the params and metrics `dvc.yaml` names (in `dir`), and the data `.dvc` files track. */
export async function importDvc(git: Git, root: string, dir: string): Promise<Imported> {
  const base = await insideRepo(root, dir, '.', 'folder');
  const rel = (p: string) => path.posix.join(base.relative, p).replace(/^\.\//, '');
  const dvcYaml = await readYaml(path.join(base.absolute, 'dvc.yaml'), rel('dvc.yaml'));
  const params: Record<string, Scalar> = {};
  for (const use of dvcParams(dvcYaml)) {
    const text = await readText(
      insideRoot(root, rel(use.file), rel('dvc.yaml')), // refused unread when dvc.yaml points out of the repository
      rel(use.file),
      'params file named in dvc.yaml',
    );
    Object.assign(params, pickParams(parseValues(text, rel(use.file)), use.keys));
  }
  const metrics: Record<string, Scalar> = {};
  for (const file of dvcMetricFiles(dvcYaml)) {
    const text = await readText(
      insideRoot(root, rel(file), rel('dvc.yaml')),
      rel(file),
      'metrics file named in dvc.yaml (run `dvc repro` first?)',
    );
    Object.assign(metrics, parseValues(text, rel(file)));
  }
  const listed = await git.run(
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ':(glob)**/*.dvc'],
    { allowFailure: true },
  );
  const datasets: DatasetRef[] = [];
  for (const file of listed.stdout.split('\0').filter(Boolean).sort()) {
    const folder = path.posix.dirname(file);
    for (const out of dvcOuts(await readYaml(insideRoot(root, file, file), file))) {
      const data = path.posix.join(folder === '.' ? '' : folder, out.path);
      datasets.push({
        name: data,
        ...(out.md5 ? { version: out.md5 } : {}),
        card: file,
        files: [{ ...out, path: data }],
      });
    }
  }
  return { params, metrics, datasets, source: { tool: 'dvc', path: rel('dvc.yaml') } };
}

async function isFile(p: string): Promise<boolean> {
  return stat(p).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** Every file below a folder as `[relative name with /, absolute path]` (MLflow keys may contain `/`). */
async function filesBelow(dir: string, prefix = ''): Promise<Array<[string, string]>> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: Array<[string, string]> = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesBelow(abs, `${prefix}${e.name}/`)));
    else if (e.isFile()) out.push([`${prefix}${e.name}`, abs]);
  }
  return out;
}

/** The MLflow run folder: DIR itself, or the only run below it (an `mlruns` root or an experiment folder). */
async function mlflowRunDir(dir: string, shown: string): Promise<string> {
  if (
    (await isFile(path.join(dir, 'meta.yaml'))) &&
    (await stat(path.join(dir, 'params')).catch(() => undefined))
  )
    return dir;
  const runs: string[] = [];
  for (const [name, abs] of await filesBelow(dir)) {
    if (
      name.split('/').length <= 3 &&
      name.endsWith('/meta.yaml') &&
      (await stat(path.join(path.dirname(abs), 'metrics')).catch(() => undefined))
    )
      runs.push(path.dirname(abs));
  }
  if (runs.length === 1) return runs[0]!;
  throw new UserError(
    runs.length ? `${shown} holds ${runs.length} MLflow runs` : `${shown} is not an MLflow file-store run`,
    {
      file: shown,
      hint: 'pass the run folder: mlruns/<experiment id>/<run id>',
    },
  );
}

/** MLflow file store: params, metrics (latest value and history), tags, from `mlruns/<exp>/<run>/`. */
export async function importMlflow(root: string, cwd: string, dir: string): Promise<Imported> {
  const given = await insideRepo(root, cwd, dir, 'MLflow run folder');
  const run = await mlflowRunDir(given.absolute, dir);
  const meta = (await readYaml(path.join(run, 'meta.yaml'), `${dir}/meta.yaml`)) as Record<
    string,
    unknown
  > | null;
  const params: Record<string, Scalar> = {};
  for (const [key, abs] of await filesBelow(path.join(run, 'params')))
    params[key] = (await readFile(abs, 'utf8')).trim();
  const metrics: Record<string, Scalar> = {};
  const metricHistory: Record<string, MetricPoint[]> = {};
  for (const [key, abs] of await filesBelow(path.join(run, 'metrics'))) {
    const m = mlflowMetric(await readFile(abs, 'utf8'));
    if (!m) continue;
    metrics[key] = m.value;
    metricHistory[key] = m.history;
  }
  const tags: Record<string, string> = {};
  for (const [key, abs] of await filesBelow(path.join(run, 'tags')))
    tags[key] = (await readFile(abs, 'utf8')).trim();
  const runId = typeof meta?.run_id === 'string' ? meta.run_id : path.basename(run);
  return {
    params,
    metrics,
    metricHistory,
    tags,
    source: { tool: 'mlflow', path: path.relative(root, run).split(path.sep).join('/'), runId },
  };
}

/** W&B run folder (`wandb/run-<time>-<id>`, or `wandb/` with `latest-run`): config as params, summary as metrics. */
export async function importWandb(root: string, cwd: string, dir: string): Promise<Imported> {
  let given = await insideRepo(root, cwd, dir, 'W&B run folder');
  if (!(await isFile(path.join(given.absolute, 'files', 'config.yaml')))) {
    given = await insideRepo(root, given.absolute, 'latest-run', 'W&B run folder (latest-run)').catch(() => {
      throw new UserError(`${dir} is not a W&B run folder (no files/config.yaml)`, {
        file: dir,
        hint: 'pass wandb/run-<date>_<time>-<id> or the wandb folder',
      });
    });
  }
  const files = path.join(given.absolute, 'files');
  const shown = (f: string) => `${given.relative}/files/${f}`;
  const config = await readYaml(path.join(files, 'config.yaml'), shown('config.yaml'));
  const summaryText = await readText(
    path.join(files, 'wandb-summary.json'),
    shown('wandb-summary.json'),
    'W&B summary',
  );
  let summary: unknown;
  try {
    summary = JSON.parse(summaryText);
  } catch (error) {
    throw new UserError(`${shown('wandb-summary.json')} is not valid JSON: ${(error as Error).message}`, {
      file: shown('wandb-summary.json'),
    });
  }
  const runId = /-([a-z0-9]+)$/.exec(path.basename(given.absolute))?.[1];
  return {
    params: wandbConfig(config),
    metrics: wandbSummary(summary),
    source: { tool: 'wandb', path: given.relative, ...(runId ? { runId } : {}) },
  };
}
