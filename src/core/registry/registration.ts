/**
 * Which card versions to register, and whether each bump fits the change: versions only go up, and a
 * changed `signature` needs a major bump (semver: an incompatible interface change). A minor or patch
 * bump should say why in a "Changelog"/"Changes" section of the card.
 */
import { canonicalJson } from '../experiments/record.js';
import type { Finding } from '../finding.js';
import { bumpKind, compareSemver, parseSemver } from './semver.js';
import type { RegistryState } from './state.js';
import { isValidArtifactName } from './tags.js';

/** What a model or data card declares, read at the commit being registered. */
export interface DeclaredVersion {
  /** `churn` or `data/iris`. */
  artifact: string;
  kind: 'model' | 'data';
  /** As written in the card (`1.2.0` or `v1.2.0`). */
  version: string;
  cardPath: string;
  /** Line of the `version` key. */
  line?: number;
  /** The card's `signature` (models). */
  signature?: unknown;
  /**
   * True when the card has a section that explains the change. Read only for versions not registered
   * yet (the others need no reason); absent counts as not explained.
   */
  explainsChange?: boolean;
}

/** The signature of the highest registered version, read from its card, per artifact. */
export type PreviousSignatures = Record<string, unknown>;

export interface RegistrationPlan {
  /** Versions to tag and release, as `v{semver}`. */
  register: Array<DeclaredVersion & { tagVersion: string }>;
  findings: Finding[];
}

/** Decides, for every declared version, whether it is new and allowed. */
export function planRegistrations(declared: DeclaredVersion[], state: RegistryState, previous: PreviousSignatures = {}): RegistrationPlan {
  const plan: RegistrationPlan = { register: [], findings: [] };
  for (const d of declared) {
    const at = { file: d.cardPath, line: d.line };
    if (!isValidArtifactName(d.artifact)) {
      plan.findings.push({ rule: 'registry/invalid-name', severity: 'error', message: `'${d.artifact}' cannot be a registry name`, ...at, hint: 'use letters, digits, `-`, `_` and `/`, starting and ending with a letter or digit (GTO names)' });
      continue;
    }
    if (!parseSemver(d.version)) {
      plan.findings.push({ rule: 'registry/invalid-version', severity: 'error', message: `version '${d.version}' of ${d.artifact} is not semver`, ...at, hint: 'write MAJOR.MINOR.PATCH, e.g. 1.2.0' });
      continue;
    }
    const tagVersion = d.version.startsWith('v') ? d.version : `v${d.version}`;
    const known = state.artifacts[d.artifact]?.versions ?? [];
    if (isRegistered(state, d.artifact, d.version)) continue; // nothing to do
    const highest = [...known].sort((a, b) => compareSemver(b.version, a.version))[0];
    if (highest) {
      const kind = bumpKind(highest.version, tagVersion);
      if (kind === 'down') {
        plan.findings.push({ rule: 'registry/version-not-increasing', severity: 'error', message: `${d.artifact} ${tagVersion} is lower than the registered ${highest.version}`, ...at, hint: `versions only go up: use a version above ${highest.version}` });
        continue;
      }
      if (d.kind === 'model' && d.artifact in previous && !sameJson(previous[d.artifact], d.signature) && kind !== 'major') {
        plan.findings.push({ rule: 'registry/signature-needs-major', severity: 'error', message: `${d.artifact} changes its signature from ${highest.version} but ${tagVersion} is only a ${kind} bump`, ...at, hint: `a changed signature breaks callers: bump the major version (v${(parseSemver(highest.version)?.major ?? 0) + 1}.0.0)` });
        continue;
      }
      if (kind !== 'major' && !d.explainsChange)
        plan.findings.push({ rule: 'registry/bump-unexplained', severity: 'notice', message: `${d.artifact} ${tagVersion} is a ${kind} bump without a "Changelog" section saying why`, ...at, hint: 'add a `## Changelog` section: what changed and why it is a minor or patch change' });
    }
    plan.register.push({ ...d, tagVersion });
  }
  return plan;
}

/** True when `version` (as a card writes it, `1.2.0` or `v1.2.0`) is already registered for `artifact`. */
export function isRegistered(state: RegistryState, artifact: string, version: string): boolean {
  if (!parseSemver(version)) return false;
  const tagVersion = version.startsWith('v') ? version : `v${version}`;
  return (state.artifacts[artifact]?.versions ?? []).some((v) => compareSemver(v.version, tagVersion) === 0);
}

/** Structural equality of two JSON-like values (key order ignored). */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}
