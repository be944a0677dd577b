/** Card checks against released versions and recorded experiments (pure: tag data in, findings out). */
import type { Finding } from '../finding.js';
import { compareSemver, parseSemver } from '../registry/semver.js';
import { parseTagName } from '../registry/tags.js';
import type { Locator } from './datafiles.js';
import type { ModelIndexMetric } from './model.js';
import type { Profile } from './profiles.js';
import { finding } from './rules.js';

/** The registry artifact of a card: models are `{name}`, datasets `data/{name}` (SPEC §7, GTO grammar). */
export function artifactOf(kind: 'model' | 'data', name: string): string {
  return kind === 'data' ? `data/${name}` : name;
}

/** The version tag of a card: `{name}@v{version}` or `data/{name}@v{version}`. */
export function versionTag(kind: 'model' | 'data', name: string, version: string): string {
  return `${artifactOf(kind, name)}@v${version}`;
}

/** Registered (not deregistered) versions of an artifact among tag names, without the `v`. */
export function releasedVersions(tagNames: readonly string[], artifact: string): string[] {
  const out: string[] = [];
  for (const t of tagNames) {
    const p = parseTagName(t);
    if (p?.artifact === artifact && p.action === 'register' && p.version) out.push(p.version.slice(1));
  }
  return out.sort(compareSemver);
}

/** A version below the latest release (and not itself released) goes backwards: an error. */
export function versionRegressed(version: string, released: readonly string[], ctx: { card: string; profile: Profile; at: Locator }): Finding[] {
  if (!parseSemver(version) || released.includes(version)) return [];
  const latest = released.at(-1);
  if (!latest || compareSemver(version, latest) > 0) return [];
  return [finding('card/version-regressed', ctx.profile, ctx.card, `version ${version} is not above the latest release ${latest}`, { ...ctx.at(['version']), hint: `use a version above ${latest}` })];
}

/** Default tolerance for model-index metrics against the experiment record (cards round to 3 decimals). */
export const DEFAULT_METRIC_TOLERANCE = 1e-3;

/**
 * Each numeric model-index metric against the experiment's recorded metrics, looked up as
 * `{split}.{type}`, `{split}_{type}`, `{split}/{type}`, then `{type}` (records are flat maps).
 */
export function compareMetrics(
  metrics: readonly ModelIndexMetric[],
  recorded: Readonly<Record<string, unknown>>,
  ctx: { card: string; profile: Profile; at: Locator; experiment: string; tolerance?: number },
): Finding[] {
  const tolerance = ctx.tolerance ?? DEFAULT_METRIC_TOLERANCE;
  const out: Finding[] = [];
  for (const m of metrics) {
    const keys = m.split ? [`${m.split}.${m.type}`, `${m.split}_${m.type}`, `${m.split}/${m.type}`, m.type] : [m.type];
    const key = keys.find((k) => typeof toNumber(recorded[k]) === 'number');
    const at = ctx.at(m.path);
    if (key === undefined) {
      out.push(finding('card/metric-unrecorded', ctx.profile, ctx.card, `metric \`${m.type}\` is not recorded by ${ctx.experiment}`, { ...at, hint: `recorded metrics: ${Object.keys(recorded).slice(0, 10).join(', ') || 'none'}` }));
      continue;
    }
    const value = toNumber(recorded[key]) as number;
    if (Math.abs(value - m.value) > tolerance) {
      out.push(finding('card/metric-mismatch', ctx.profile, ctx.card, `metric \`${m.type}\` is ${m.value} in the card but ${value} in ${ctx.experiment} (\`${key}\`)`, { ...at, hint: `set the value to ${value}, or reference the experiment that produced ${m.value}` }));
    }
  }
  return out;
}

function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}
