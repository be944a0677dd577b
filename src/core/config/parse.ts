/** Reads `.github/mlops.yml` text into a usable MlopsConfig plus findings; never throws on bad input. */
import schema from '../../generated/validators/mlops-config.js';
import type { Finding } from '../finding.js';
import { pruneInvalid } from '../schema/prune.js';
import { validateAgainstSchema } from '../schema/validate.js';
import { parseYaml, type YamlSource } from '../yaml/parse.js';
import { applyDefaults, type RawConfig } from './defaults.js';
import { checkSemantics } from './semantic.js';
import type { MlopsConfig } from './types.js';

/** The configuration schema (draft 2020-12), for editors and other validators. */
export const configSchema: object = schema;
/** Where the configuration lives, relative to the repository root (`.yaml` is accepted too). */
export const CONFIG_PATHS = ['.github/mlops.yml', '.github/mlops.yaml'] as const;
/** A config is a few kilobytes; 128 KiB is 40 times the complete example in docs and keeps a hostile file near a second of parsing. */
export const MAX_CONFIG_BYTES = 128 * 1024;
/** More findings than this are one mistake repeated; the rest are summarised in one finding. */
const MAX_FINDINGS = 200;

export interface ParsedConfig {
  config: MlopsConfig;
  findings: Finding[];
  /** The parsed YAML, to locate a key's line in findings raised later (a configured file that is missing). */
  source?: YamlSource;
}

/**
 * Parses and validates config text. Invalid parts become findings and are replaced by their
 * defaults, so callers can always go on with `config`. `project` defaults the project name
 * (the repository folder name).
 */
export function parseConfig(
  text: string,
  file: string = CONFIG_PATHS[0],
  opts: { project?: string } = {},
): ParsedConfig {
  const parsed = parseYaml(text, file, {
    expect: 'mapping',
    maxBytes: MAX_CONFIG_BYTES,
    rulePrefix: 'config',
  });
  const findings = [...parsed.findings];
  findings.push(
    ...validateAgainstSchema(schema, parsed.value, parsed.source, { rulePrefix: 'config', file }),
  );
  const raw = (pruneInvalid(schema, parsed.value) ?? {}) as RawConfig;
  const config = applyDefaults(raw, opts.project ?? 'project');
  findings.push(...checkSemantics(raw, config.stages, file, parsed.source));
  return { config, findings: capped(findings, file), source: parsed.source };
}

function capped(findings: Finding[], file: string): Finding[] {
  if (findings.length <= MAX_FINDINGS) return findings;
  const rest = findings.length - MAX_FINDINGS;
  const summary: Finding = {
    rule: 'config/too-many-findings',
    severity: 'error',
    message: `${rest} more findings in ${file} are not listed`,
    file,
    hint: 'Fix the findings listed and validate again.',
  };
  return [...findings.slice(0, MAX_FINDINGS), summary];
}
