/**
 * Experiments known from their tag names alone: `{project}-{type}-{YYYYMMDD}[-N]` says the type, the
 * UTC day and the order within the day, so listing needs no tag object read (`for-each-ref` reads
 * names from packed-refs at the speed of a plain `git for-each-ref`).
 */
import { UserError } from '../errors.js';
import { TAG_PREFIX } from './naming.js';

/** An experiment as its tag name describes it. */
export interface ExperimentRef {
  name: string;
  tag: string;
  type?: string;
  /** `YYYYMMDD` (UTC). */
  day?: string;
  /** 1 for the first of the day, N for `-N`. */
  number: number;
}

const GENERIC = /^(.+)-([^-]+)-(\d{8})(?:-([1-9]\d*))?$/;

/**
 * Reads a name; with the project known the type may contain `-` (`churn-train-eval-20260304`),
 * otherwise the type is the word before the day.
 */
export function refOf(name: string, project?: string): ExperimentRef {
  const tag = `${TAG_PREFIX}${name}`;
  if (project && name.startsWith(`${project}-`)) {
    const m = /^(.+)-(\d{8})(?:-([1-9]\d*))?$/.exec(name.slice(project.length + 1));
    if (m) return { name, tag, type: m[1], day: m[2], number: m[3] ? Number(m[3]) : 1 };
  }
  const m = GENERIC.exec(name);
  if (!m) return { name, tag, number: 1 };
  return { name, tag, type: m[2], day: m[3], number: m[4] ? Number(m[4]) : 1 };
}

/** Newest first: by day, then by number within the day (names without a day last). */
export function newestRefFirst(a: ExperimentRef, b: ExperimentRef): number {
  // Plain comparisons, not localeCompare: this sorts 10,000 names on every `list`.
  const day = cmp(b.day ?? '', a.day ?? '');
  return day || b.number - a.number || cmp(a.name, b.name);
}

function cmp(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** `--since` as a UTC day `YYYYMMDD` (an instant counts from its day). */
export function sinceDay(text: string): string {
  const value = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(value))
    throw new UserError(`--since '${text}' is not a date`, {
      hint: 'use YYYY-MM-DD (UTC) or an ISO 8601 instant',
    });
  return new Date(value).toISOString().slice(0, 10).replaceAll('-', '');
}

/** Filters by type and by day (`--since`), newest first. */
export function selectRefs(
  refs: readonly ExperimentRef[],
  filter: { type?: string; since?: string } = {},
): ExperimentRef[] {
  const since = filter.since ? sinceDay(filter.since) : undefined;
  return refs
    .filter(
      (r) => (!filter.type || r.type === filter.type) && (!since || (r.day !== undefined && r.day >= since)),
    )
    .sort(newestRefFirst);
}
