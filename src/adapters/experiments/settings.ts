/** What experiments take from `.github/mlops.yml`: the project name, metric directions and models. */
import type { DirectionConfig } from '../../core/experiments/compare.js';
import type { Finding } from '../../core/finding.js';
import { loadConfig } from '../fs/config.js';

export interface ExperimentSettings {
  /** `project:` in the config, else the repository folder's name (see projectName). */
  project: string;
  directions: DirectionConfig;
  models: Array<{ name: string; path: string; card?: string }>;
  findings: Finding[];
}

/** Reads the settings of the repository at `root` (defaults when there is no config). */
export async function experimentSettings(root: string): Promise<ExperimentSettings> {
  const { config, findings } = await loadConfig(root);
  return { project: config.project, directions: config.evaluation.metrics, models: config.models, findings };
}
