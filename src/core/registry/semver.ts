/** Semantic versions (semver.org 2.0.0), the grammar GTO accepts after the `v` of a version tag. */

export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
  build: string;
}

// The regular expression published on semver.org, the same one GTO embeds in its tag grammar.
export const SEMVER_SOURCE =
  '(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?';
const SEMVER_RE = new RegExp(`^${SEMVER_SOURCE}$`);

const parsed = new Map<string, SemVer | undefined>();

/** Parses `1.2.3`, `v1.2.3-rc.1+build`; undefined when it is not semver. Memoised: registries sort the same versions often. */
export function parseSemver(text: string): SemVer | undefined {
  if (parsed.has(text)) return parsed.get(text);
  if (parsed.size > 100_000) parsed.clear();
  const value = parseUncached(text);
  parsed.set(text, value);
  return value;
}

function parseUncached(text: string): SemVer | undefined {
  const m = SEMVER_RE.exec(text.startsWith('v') ? text.slice(1) : text);
  if (!m) return undefined;
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    prerelease: m[4] ? m[4].split('.') : [],
    build: m[5] ?? '',
  };
}

/** Orders two versions by semver precedence (build metadata ignored); invalid versions sort first. */
export function compareSemver(a: string, b: string): number {
  const x = parseSemver(a);
  const y = parseSemver(b);
  if (!x || !y) return x ? 1 : y ? -1 : a.localeCompare(b);
  return x.major - y.major || x.minor - y.minor || x.patch - y.patch || comparePrerelease(x.prerelease, y.prerelease);
}

function comparePrerelease(a: string[], b: string[]): number {
  if (!a.length || !b.length) return b.length - a.length; // a release outranks its pre-releases
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const p = a[i];
    const q = b[i];
    if (p === undefined || q === undefined) return p === undefined ? -1 : 1;
    const pn = /^\d+$/.test(p);
    const qn = /^\d+$/.test(q);
    if (pn && qn && Number(p) !== Number(q)) return Number(p) - Number(q);
    if (pn !== qn) return pn ? -1 : 1;
    if (p !== q) return p < q ? -1 : 1;
  }
  return 0;
}

/** The kind of bump from `from` to `to`: major, minor, patch, prerelease, or none/down when it does not go up. */
export function bumpKind(from: string, to: string): 'major' | 'minor' | 'patch' | 'prerelease' | 'none' | 'down' {
  const c = compareSemver(to, from);
  if (c === 0) return 'none';
  if (c < 0) return 'down';
  const x = parseSemver(from);
  const y = parseSemver(to);
  if (!x || !y) return 'major';
  if (y.major !== x.major) return 'major';
  if (y.minor !== x.minor) return 'minor';
  if (y.patch !== x.patch) return 'patch';
  return 'prerelease';
}
