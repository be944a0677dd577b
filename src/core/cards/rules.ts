/** Every card rule: stable id, default severity per profile, and the fix hint shown with each finding. */
import type { Finding, Severity } from '../finding.js';
import type { Profile } from './profiles.js';

export interface CardRule {
  id: string;
  /** One line for docs/cards.md. */
  summary: string;
  severity: Severity | Record<Profile, Severity>;
  hint?: string;
}

const rules: CardRule[] = [
  { id: 'card/binary', summary: 'The card is a binary file.', severity: 'error' },
  { id: 'card/encoding', summary: 'The card is not valid UTF-8.', severity: 'error' },
  { id: 'card/unreadable', summary: 'The card could not be read (missing, a folder, or too large).', severity: 'error' },
  { id: 'card/front-matter-delimiter', summary: 'The first line looks like a front matter delimiter but is not exactly `---`.', severity: 'warning' },
  { id: 'card/front-matter-unclosed', summary: 'Front matter opened with `---` is never closed.', severity: 'warning' },
  { id: 'card/front-matter-not-at-start', summary: 'Front matter is preceded by blank lines.', severity: 'notice' },
  { id: 'card/no-metadata', summary: 'The card has no YAML front matter.', severity: 'warning', hint: 'start the card with a `---` line, YAML metadata, and a closing `---` line' },
  { id: 'card/missing-key', summary: 'A key the standard profile requires (name, version, owners, risk) is missing.', severity: 'error' },
  { id: 'card/legacy-key', summary: 'A legacy Hub key (`languages`, `licenses`, per-config mappings) that newer tools ignore.', severity: 'notice' },
  { id: 'card/unknown-key', summary: 'A key that looks like a misspelt known key (`licence`, `model_index`).', severity: 'warning' },
  { id: 'card/license-other', summary: '`license: other` without `license_name` and `license_link`.', severity: 'warning', hint: 'add `license_name: <id>` and `license_link: LICENSE.md` (Hub convention for custom licenses)' },
  { id: 'card/missing-section', summary: 'A required section is missing.', severity: 'error' },
  { id: 'card/empty-section', summary: 'A required section is present but empty.', severity: 'error' },
  { id: 'card/placeholder', summary: 'A template placeholder is left in (`[More Information Needed]`, `TODO`, `TBD`, `{{ … }}`, empty table rows).', severity: { standard: 'error', huggingface: 'warning' } },
  { id: 'card/empty-body', summary: 'The card has metadata but no text.', severity: 'warning', hint: 'describe the model or data below the front matter' },
  { id: 'card/duplicate-name', summary: 'Two cards of the same kind declare the same name.', severity: 'error' },
  { id: 'card/released-version-changed', summary: 'The content of an already released version changed.', severity: 'error', hint: 'bump the version' },
  { id: 'card/version-regressed', summary: 'The version is lower than one already released.', severity: 'error', hint: 'versions only go up: use a version above the latest release' },
  { id: 'card/file-path', summary: 'A declared data file path leaves the repository (`..`, absolute, or a symlink).', severity: 'error', hint: 'declare paths relative to the card folder, inside the repository' },
  { id: 'card/file-missing', summary: 'A declared data file does not exist.', severity: 'error', hint: 'commit the file, or fix its `path` (relative to the card folder)' },
  { id: 'card/file-sha256', summary: 'A data file\'s SHA-256 differs from the card.', severity: 'error' },
  { id: 'card/file-bytes', summary: 'A data file\'s size differs from the card.', severity: 'error' },
  { id: 'card/file-rows', summary: 'A data file\'s row count differs from the card.', severity: 'error' },
  { id: 'card/file-undeclared-digest', summary: 'A data file has no `sha256`, so changes cannot be detected.', severity: 'warning' },
  { id: 'card/columns', summary: 'Declared columns differ from the file header.', severity: 'error' },
  { id: 'card/column-type', summary: 'Sampled values do not fit a declared column type.', severity: 'error' },
  { id: 'card/columns-unchecked', summary: 'Columns of a file format read elsewhere (Parquet: `mlops data check`).', severity: 'notice', hint: 'run `mlops data check` with the data card to check Parquet columns' },
  { id: 'card/data-immutable', summary: 'A file listed under a released data version changed.', severity: 'error', hint: 'bump the version' },
  { id: 'card/dataset-unresolved', summary: 'A referenced dataset has no data card in the repository.', severity: { standard: 'warning', huggingface: 'notice' } },
  { id: 'card/dataset-version', summary: 'A referenced dataset version is neither the card\'s version nor a released one.', severity: 'error' },
  { id: 'card/experiment-missing', summary: 'The referenced experiment tag does not exist.', severity: 'error' },
  { id: 'card/experiment-pending', summary: 'An experiment is referenced but no experiments are recorded yet.', severity: 'notice' },
  { id: 'card/metric-mismatch', summary: 'A model-index metric differs from the experiment\'s recorded metric.', severity: 'error' },
  { id: 'card/pr-diff-unavailable', summary: 'The files a pull request changed could not be listed (shallow clone), so every card was checked.', severity: 'notice' },
  { id: 'card/metric-unrecorded', summary: 'A model-index metric is not in the experiment record.', severity: 'warning' },
];

const byId = new Map(rules.map((r) => [r.id, r]));

/** All card rules, for documentation. */
export function cardRules(): readonly CardRule[] {
  return rules;
}

/** The default severity of a rule under a profile (schema and YAML rules are errors unless listed). */
export function defaultSeverity(rule: string, profile: Profile): Severity {
  const r = byId.get(rule);
  if (!r) return 'error';
  return typeof r.severity === 'string' ? r.severity : r.severity[profile];
}

/** A finding of a known rule with its default severity and hint, overridable per call. */
export function finding(rule: string, profile: Profile, file: string, message: string, extra: Partial<Finding> = {}): Finding {
  const r = byId.get(rule);
  const f: Finding = { rule, severity: defaultSeverity(rule, profile), message, file, ...extra };
  if (!f.hint && r?.hint) f.hint = r.hint;
  return f;
}

/** Severity overrides from `.github/mlops.yml` (`cards.severity`): `off` drops the rule's findings. */
export type SeverityOverrides = Readonly<Record<string, Severity | 'off'>>;

/** Applies overrides by exact rule id or by prefix (`card/metadata` covers `card/metadata/enum`). */
export function applySeverities(findings: readonly Finding[], overrides: SeverityOverrides = {}): Finding[] {
  const keys = Object.keys(overrides).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return [...findings];
  const out: Finding[] = [];
  for (const f of findings) {
    const key = keys.find((k) => f.rule === k || f.rule.startsWith(`${k}/`));
    const level = key ? overrides[key] : undefined;
    if (level === 'off') continue;
    out.push(level ? { ...f, severity: level } : f);
  }
  return out;
}
