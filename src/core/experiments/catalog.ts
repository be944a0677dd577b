/** The experiments known to a repository, as listed from its tags: cheap fields first, records parsed on demand. */
import type { ParsedMessage } from './message.js';
import { parseMessage, typeFromSummary } from './message.js';
import { sinceDay } from './names.js';

/** One experiment tag; `message` is only read when a record is needed (see recordOf). */
export interface ExperimentEntry {
  name: string;
  tag: string;
  commit: string;
  /** Tagger date, ISO 8601. */
  date: string;
  tagger: string;
  summary: string;
  type?: string;
  message?: string;
}

/** An entry from the fields `for-each-ref` gives, the type read from the summary line. */
export function entryOf(fields: Omit<ExperimentEntry, 'type'>): ExperimentEntry {
  return { ...fields, type: typeFromSummary(fields.summary) };
}

/** Filters by type and by UTC day (`--since`, as selectRefs), newest first. */
export function selectEntries(
  entries: readonly ExperimentEntry[],
  filter: { type?: string; since?: string } = {},
): ExperimentEntry[] {
  const since = filter.since ? sinceDay(filter.since) : undefined;
  const day = (e: ExperimentEntry) => new Date(e.date).toISOString().slice(0, 10).replaceAll('-', '');
  return entries
    .filter((e) => (!filter.type || e.type === filter.type) && (!since || day(e) >= since))
    .sort(newestFirst);
}

/** Newest first by tag date, then by name (so `-10` comes after `-9` on the same second). */
export function newestFirst(a: ExperimentEntry, b: ExperimentEntry): number {
  return Date.parse(b.date) - Date.parse(a.date) || b.name.localeCompare(a.name, 'en', { numeric: true });
}

const parsed = new WeakMap<ExperimentEntry, ParsedMessage>();

/** The parsed message of an entry, parsed once and only when asked (list never needs it). */
export function recordOf(entry: ExperimentEntry): ParsedMessage {
  let result = parsed.get(entry);
  if (!result) {
    result = parseMessage(entry.message ?? entry.summary);
    parsed.set(entry, result);
  }
  return result;
}
