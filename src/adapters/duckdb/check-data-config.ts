/**
 * What `.github/mlops.yml` asks the check-data action to run besides contracts: each dataset's drift
 * pair (`datasets[].drift`) and the fairness predictions (`fairness.predictions`), resolved to
 * repository files. A configured file that is missing or leaves the repository is a finding on the
 * line of its key, so one bad path neither hides the other checks nor crashes the action.
 */
import { existsSync } from 'node:fs';
import { CONFIG_PATHS, type DatasetEntry, type FairnessConfig } from '../../core/config/index.js';
import { isUserError, UserError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import { formatPath } from '../../core/schema/path.js';
import { locate, type JsonPath } from '../../core/yaml/index.js';
import type { LoadedConfig } from '../fs/config.js';
import { insideRoot } from '../fs/inside.js';

/** A reference/current pair to compare; `dataset` names the configured dataset it belongs to. */
export interface DriftPair {
  dataset?: string;
  reference: string;
  current: string;
}

/** Everything `mlops fairness` needs, with the same names and meaning as its options. */
export interface FairnessSource {
  predictions: string;
  label: string;
  prediction: string;
  sensitive: string[];
  /** The positive label(s); undefined: 1 / true / yes (DEFAULT_POSITIVE). */
  positive?: string[];
}

/** Action inputs that replace parts of `fairness` (each falls back to the config). */
export interface FairnessOverrides {
  predictions?: string;
  label?: string;
  prediction?: string;
  sensitive?: string[];
  positiveLabel?: string;
}

interface Resolved<T> {
  value?: T;
  findings: Finding[];
}

const isGlob = (p: string): boolean => /[*?[]/.test(p);

/** The drift pairs of the given datasets that configure `drift`, each file checked on disk. */
export function configuredDrift(
  root: string,
  loaded: LoadedConfig,
  datasets: readonly DatasetEntry[],
): { pairs: DriftPair[]; findings: Finding[] } {
  const pairs: DriftPair[] = [];
  const findings: Finding[] = [];
  for (const d of datasets) {
    if (!d.drift) continue;
    const index = yamlIndex(loaded, d.name);
    const at = (key: string): JsonPath => ['datasets', index, 'drift', key];
    const what = `the drift of dataset \`${d.name}\` was not measured`;
    const reference = configuredFile(root, loaded, d.drift.reference, at('reference'), what);
    const current = configuredFile(root, loaded, d.drift.current, at('current'), what);
    findings.push(...reference.findings, ...current.findings);
    if (reference.value && current.value)
      pairs.push({ dataset: d.name, reference: reference.value, current: current.value });
  }
  return { pairs, findings };
}

/**
 * Where the dataset sits in the YAML list: an invalid entry before it is dropped from the parsed
 * config (with its own finding), so the config's index can be off.
 */
function yamlIndex(loaded: LoadedConfig, name: string): number {
  const raw: unknown = loaded.source?.doc.toJS();
  const list = (raw as { datasets?: unknown } | undefined)?.datasets;
  const index = Array.isArray(list)
    ? list.findIndex((d) => (d as { name?: unknown } | null)?.name === name)
    : -1;
  return index < 0 ? loaded.config.datasets.findIndex((d) => d.name === name) : index;
}

/**
 * The fairness assessment to run: `fairness.predictions` (or the `predictions` override) with its
 * columns; undefined when neither names a predictions file. Overrides are action inputs, already
 * checked to stay inside the workspace.
 */
export function configuredFairness(
  root: string,
  loaded: LoadedConfig,
  overrides: FairnessOverrides = {},
): Resolved<FairnessSource> {
  const f: FairnessConfig = loaded.config.fairness;
  const file = overrides.predictions
    ? { value: overrides.predictions, findings: [] }
    : f.predictions
      ? configuredFile(root, loaded, f.predictions, ['fairness', 'predictions'], 'fairness was not assessed')
      : undefined;
  if (!file?.value) return { findings: file?.findings ?? [] };
  const label = overrides.label || f.label;
  const prediction = overrides.prediction || f.prediction;
  const sensitive = overrides.sensitive?.length ? overrides.sensitive : f.sensitive_features;
  const missing = [
    label ? '' : 'the true-label column (`fairness.label`, or the `fairness-label` input)',
    prediction
      ? ''
      : 'the predicted-label column (`fairness.prediction`, or the `fairness-prediction` input)',
    sensitive.length
      ? ''
      : 'the sensitive columns (`fairness.sensitive_features`, or the `fairness-sensitive-features` input)',
  ].filter(Boolean);
  if (missing.length) {
    const message = `fairness of ${file.value} cannot be assessed: ${missing.join('; ')} ${missing.length === 1 ? 'is' : 'are'} not set`;
    const hint =
      'Name the columns as `mlops fairness` takes them: label, prediction, sensitive_features (optionally positive_label).';
    // An input names the file: the inputs are what to fix. Otherwise the config (the schema already
    // requires label and prediction with predictions, so this is an empty sensitive_features list).
    if (overrides.predictions) throw new UserError(`input 'fairness-predictions': ${message}`, { hint });
    return {
      findings: [
        configFinding(loaded, ['fairness', 'sensitive_features'], {
          rule: 'fairness/incomplete',
          message,
          hint,
        }),
      ],
    };
  }
  const positive = overrides.positiveLabel ?? f.positive_label;
  return {
    value: {
      predictions: file.value,
      label: label!,
      prediction: prediction!,
      sensitive,
      positive: positive === undefined ? undefined : [String(positive)],
    },
    findings: [],
  };
}

/** A repository file named by the config key at `key`: its path, or a finding on the key's line. */
function configuredFile(
  root: string,
  loaded: LoadedConfig,
  rel: string,
  key: JsonPath,
  consequence: string,
): Resolved<string> {
  const name = formatPath(key);
  let full: string;
  try {
    full = insideRoot(root, rel, configFile(loaded));
  } catch (error) {
    if (!isUserError(error)) throw error;
    return {
      findings: [
        configFinding(loaded, key, {
          rule: 'config/path-outside-repo',
          message: `\`${name}\` is \`${rel}\`, which leads outside the repository; ${consequence}`,
          hint: 'Use a path relative to the repository root that stays inside it (no `..` out of it, no symlink out of it).',
        }),
      ],
    };
  }
  if (!isGlob(rel) && !existsSync(full))
    return {
      findings: [
        configFinding(loaded, key, {
          rule: 'config/missing-file',
          message: `\`${name}\` names ${rel}, which does not exist; ${consequence}`,
          hint: 'Commit the file, or fix the path (relative to the repository root).',
        }),
      ],
    };
  return { value: rel.replaceAll('\\', '/'), findings: [] };
}

function configFile(loaded: LoadedConfig): string {
  return loaded.file ?? CONFIG_PATHS[0];
}

/** An error on the config file, at the value of `key` when the YAML source is known. */
function configFinding(
  loaded: LoadedConfig,
  key: JsonPath,
  f: Pick<Finding, 'rule' | 'message' | 'hint'>,
): Finding {
  const where = loaded.source ? locate(loaded.source, key, { at: 'value' }) : {};
  return { severity: 'error', ...f, file: configFile(loaded), ...where };
}

/** A finding for a data file the engine could not use (missing column, empty file, bad format). */
export function unusableFinding(error: UserError, fallback: { file: string; rule: string }): Finding {
  return {
    rule: fallback.rule,
    severity: 'error',
    message: error.message,
    file: error.file ?? fallback.file,
    line: error.line,
    hint: error.hint,
  };
}
