/** Experiment names (SPEC §6): `{project}-{type}-{YYYYMMDD}`, then `-2`, `-3` … the same UTC day; tag `exp/{name}`. */
import { UserError } from '../errors.js';

/** The tag namespace of experiments. */
export const TAG_PREFIX = 'exp/';

/** The tag of an experiment name. */
export function tagOf(name: string): string {
  return `${TAG_PREFIX}${name}`;
}

/** The experiment name of a tag (or the name itself when it has no `exp/` prefix). */
export function nameOf(tagOrName: string): string {
  const bare = tagOrName.replace(/^refs\/tags\//, '');
  return bare.startsWith(TAG_PREFIX) ? bare.slice(TAG_PREFIX.length) : bare;
}

/** `YYYYMMDD` of a date in UTC (a run just after midnight in Tokyo still counts for the UTC day). */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10).replaceAll('-', '');
}

/**
 * Why a project or type word cannot be part of a tag name, or undefined when it can. Mirrors
 * `git check-ref-format` (no control characters, space, `~^:?*[\`, `..`, `@{`, leading `.` or `-`,
 * trailing `.` or `.lock`) and also refuses `/`, which would nest the name.
 */
export function refusedNamePart(part: string): string | undefined {
  if (part === '') return 'it is empty';
  const bad = /[\x00-\x20\x7f~^:?*[\\/]/.exec(part);
  if (bad) return `git refuses the character ${JSON.stringify(bad[0])} in tag names`;
  if (part.includes('..')) return "git refuses '..' in tag names";
  if (part.includes('@{')) return "git refuses '@{' in tag names";
  if (part.startsWith('.') || part.startsWith('-')) return `a tag name part cannot start with '${part[0]}'`;
  if (part.endsWith('.') || part.endsWith('.lock')) return "a tag name cannot end with '.' or '.lock'";
  return undefined;
}

/** Throws a UserError naming the option when a project or type cannot be used in a tag name. */
export function assertNamePart(what: 'project' | 'type', part: string): void {
  const why = refusedNamePart(part);
  if (why) {
    throw new UserError(`the experiment ${what} '${part}' cannot be used in a tag name: ${why}`, {
      hint:
        what === 'project'
          ? 'set `project:` in .github/mlops.yml to letters, digits, `-`, `_` or `.`'
          : 'use letters, digits, `-`, `_` or `.` in --type',
    });
  }
}

/** The base name of the day, before any `-N` suffix. */
export function baseName(project: string, type: string, date: Date): string {
  return `${project}-${type}-${utcDay(date)}`;
}

/** The n-th name of the day: the first has no suffix, later ones `-2`, `-3` …. */
export function nthName(base: string, n: number): string {
  return n <= 1 ? base : `${base}-${n}`;
}

/** The number of a name of the day (1 for the base, N for `-N`), or undefined when it is not one. */
export function numberOf(base: string, name: string): number | undefined {
  if (name === base) return 1;
  if (!name.startsWith(`${base}-`)) return undefined;
  const rest = name.slice(base.length + 1);
  return /^[1-9]\d*$/.test(rest) && Number(rest) >= 2 ? Number(rest) : undefined;
}

/** The first free name of the day after every name already taken (locally or on the remote). */
export function nextName(base: string, taken: Iterable<string>): string {
  let highest = 0;
  for (const name of taken) highest = Math.max(highest, numberOf(base, name) ?? 0);
  return nthName(base, highest + 1);
}
