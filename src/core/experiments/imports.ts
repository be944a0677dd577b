/**
 * Pure readers for the files DVC, MLflow and Weights & Biases write, so teams can record the runs
 * they already track. File access lives in src/adapters/experiments/importers.ts.
 */
import type { MetricPoint, Scalar } from './record.js';
import { flatten } from './values.js';

/** A params file and the keys a DVC stage uses from it (all keys when `keys` is undefined). */
export interface DvcParamsUse {
  file: string;
  keys?: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * The params a `dvc.yaml` names: stage `params:` entries are either keys of `params.yaml` (`train.lr`)
 * or `{file: [keys]}` / `{file: null}` (the whole file), as in DVC's dvc.yaml reference.
 */
export function dvcParams(dvcYaml: unknown): DvcParamsUse[] {
  const uses = new Map<string, Set<string> | undefined>();
  const add = (file: string, keys: string[] | undefined) => {
    if (keys === undefined || (uses.has(file) && uses.get(file) === undefined)) uses.set(file, undefined);
    else uses.set(file, new Set([...(uses.get(file) ?? []), ...keys]));
  };
  const stages = isRecord(dvcYaml) && isRecord(dvcYaml.stages) ? Object.values(dvcYaml.stages) : [];
  for (const entry of stages.flatMap((s) => (isRecord(s) && Array.isArray(s.params) ? s.params : []))) {
    if (typeof entry === 'string') add('params.yaml', [entry]);
    else if (isRecord(entry))
      for (const [file, keys] of Object.entries(entry))
        add(file, Array.isArray(keys) ? keys.map(String) : undefined);
  }
  // Top-level `params:` (DVC 3, e.g. written by DVCLive) lists whole params files.
  const topLevel = isRecord(dvcYaml) && Array.isArray(dvcYaml.params) ? dvcYaml.params : [];
  for (const file of topLevel) if (typeof file === 'string') add(file, undefined);
  return [...uses].map(([file, keys]) => (keys ? { file, keys: [...keys].sort() } : { file }));
}

/** The metrics files a `dvc.yaml` names: top-level `metrics:` and every stage's `metrics:` outputs. */
export function dvcMetricFiles(dvcYaml: unknown): string[] {
  if (!isRecord(dvcYaml)) return [];
  const entries: unknown[] = Array.isArray(dvcYaml.metrics) ? [...dvcYaml.metrics] : [];
  if (isRecord(dvcYaml.stages)) {
    for (const s of Object.values(dvcYaml.stages))
      if (isRecord(s) && Array.isArray(s.metrics)) entries.push(...s.metrics);
  }
  const files = entries.flatMap((e) => (typeof e === 'string' ? [e] : isRecord(e) ? Object.keys(e) : []));
  return [...new Set(files)];
}

/** The flattened params selected by dotted keys (a key selects itself and everything below it). */
export function pickParams(
  all: Record<string, Scalar>,
  keys: readonly string[] | undefined,
): Record<string, Scalar> {
  if (!keys) return all;
  return Object.fromEntries(
    Object.entries(all).filter(([k]) => keys.some((key) => k === key || k.startsWith(`${key}.`))),
  );
}

/** The data a `.dvc` file tracks (`outs: [{md5, size, path}]`, paths relative to the `.dvc` file). */
export function dvcOuts(dvcFile: unknown): Array<{ path: string; md5?: string; bytes?: number }> {
  if (!isRecord(dvcFile) || !Array.isArray(dvcFile.outs)) return [];
  return dvcFile.outs.filter(isRecord).flatMap((o) =>
    typeof o.path === 'string'
      ? [
          {
            path: o.path,
            ...(typeof o.md5 === 'string' ? { md5: o.md5 } : {}),
            ...(typeof o.size === 'number' ? { bytes: o.size } : {}),
          },
        ]
      : [],
  );
}

/**
 * An MLflow file-store metric file: one `timestamp value step` line per logged value. The value is
 * the one MLflow reports as latest: highest step, then latest timestamp (MLflow's `latest_metrics`).
 */
export function mlflowMetric(text: string): { value: Scalar; history: MetricPoint[] } | undefined {
  const history: MetricPoint[] = [];
  for (const line of text.split('\n')) {
    const [timestamp, value, step] = line.trim().split(/\s+/);
    if (timestamp === undefined || value === undefined || timestamp === '') continue;
    history.push({ step: Number(step ?? 0), value: Number(value), timestamp: Number(timestamp) });
  }
  history.sort((a, b) => a.step - b.step || (a.timestamp ?? 0) - (b.timestamp ?? 0));
  const last = history.at(-1);
  if (!last) return undefined;
  return { value: Number.isFinite(last.value) ? last.value : String(last.value), history };
}

/** W&B `config.yaml`: every key holds `{desc, value}` (or `{value}`); `_wandb` and `wandb_version` are W&B's own. */
export function wandbConfig(config: unknown): Record<string, Scalar> {
  if (!isRecord(config)) return {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(config)) {
    if (k === '_wandb' || k === 'wandb_version') continue;
    out[k] = isRecord(v) && 'value' in v ? v.value : v;
  }
  return flatten(out);
}

/** W&B `wandb-summary.json`: the final logged values; keys starting with `_` are W&B bookkeeping. */
export function wandbSummary(summary: unknown): Record<string, Scalar> {
  if (!isRecord(summary)) return {};
  return flatten(Object.fromEntries(Object.entries(summary).filter(([k]) => !k.startsWith('_'))));
}

/** Seeds named in params (`seed`, `random_seed`, `random_state` at any depth), when none were given. */
export function seedsFromParams(params: Record<string, Scalar>): number[] {
  const seeds = Object.entries(params)
    .filter(([k]) => /(^|\.)(seed|random_seed|random_state)$/i.test(k))
    .map(([, v]) => Number(v))
    .filter((v) => Number.isInteger(v));
  return [...new Set(seeds)];
}
