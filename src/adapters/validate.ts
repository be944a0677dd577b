/**
 * What `mlops validate` and the root action check, in one place: the configuration, then the model
 * and data cards (all of them, the named paths, or in PR mode those touched between base and head).
 */
import { cardBlocks, cardsSummary } from '../core/cards/report.js';
import type { Report } from '../core/report/model.js';
import { validateCards } from './fs/cards.js';
import { loadConfig } from './fs/config.js';

export interface ValidateOptions {
  /** Cards to check (files or folders); default: every card. */
  paths?: readonly string[];
  /** PR mode: only cards touched between `base` and `head`, plus cards whose data or experiment changed. */
  base?: string;
  head?: string;
  /** The configuration file, repository-relative; default `.github/mlops.yml` (or `.yaml`). */
  configFile?: string;
}

/** Validates the repository at `root` and returns one report (purpose `validate`). */
export async function validateRepository(root: string, options: ValidateOptions = {}): Promise<Report> {
  const loaded = await loadConfig(root, { file: options.configFile });
  const cards = await validateCards(root, { paths: options.paths, base: options.base, head: options.head, config: loaded.config });
  const config = loaded.file ? `checked ${loaded.file}` : 'no .github/mlops.yml: using the defaults';
  const scope = options.base ? ` (changed since ${options.base.slice(0, 12)})` : '';
  return {
    purpose: 'validate',
    title: 'mlops validate',
    summary: `${config}; ${cardsSummary(cards.cards)}${scope}`,
    findings: [...loaded.findings, ...cards.findings],
    blocks: cardBlocks(cards.cards),
  };
}
