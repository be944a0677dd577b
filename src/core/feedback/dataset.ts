/**
 * The feedback dataset: JSON Lines, one row per reported case or ground-truth label (schemas/
 * feedback.schema.json). Rows are keyed by `id`, so merging the same feedback twice adds nothing, and
 * written with a fixed key order, so the same rows always give the same bytes.
 */
import { UserError } from '../errors.js';

export interface FeedbackRow {
  /** `issue-{number}` for an issue, `gt-{batch digest}-{id}` for a ground-truth row. */
  id: string;
  source: 'issue' | 'ground_truth';
  model: string;
  version: string | null;
  prediction_id: string | null;
  input: unknown;
  predicted: string | null;
  /** The correct output. */
  label: string;
  comment: string | null;
  reporter: string | null;
  /** ISO 8601. */
  reported_at: string;
  issue: number | null;
  /** The ground-truth file a row came from. */
  batch: string | null;
}

const KEYS: Array<keyof FeedbackRow> = ['id', 'source', 'model', 'version', 'prediction_id', 'input', 'predicted', 'label', 'comment', 'reporter', 'reported_at', 'issue', 'batch'];

/** Parses the dataset; a line that is not a JSON object with an `id` is a UserError naming it. */
export function parseFeedback(text: string, file: string): FeedbackRow[] {
  const rows: FeedbackRow[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new UserError(`${file}:${i + 1} is not JSON: ${(error as Error).message}`, { file, line: i + 1, hint: 'Each line of a JSON Lines file is one JSON object.' });
    }
    if (!value || typeof value !== 'object' || typeof (value as { id?: unknown }).id !== 'string') {
      throw new UserError(`${file}:${i + 1} is not a feedback row (no string \`id\`)`, { file, line: i + 1, hint: 'See schemas/feedback.schema.json.' });
    }
    rows.push(value as FeedbackRow);
  });
  return rows;
}

/** Existing rows, then the incoming rows whose id is new (in their order). */
export function mergeFeedback(existing: readonly FeedbackRow[], incoming: readonly FeedbackRow[]): { rows: FeedbackRow[]; added: FeedbackRow[] } {
  const seen = new Set(existing.map((r) => r.id));
  const added: FeedbackRow[] = [];
  for (const row of incoming) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    added.push(row);
  }
  return { rows: [...existing, ...added], added };
}

/** The JSON Lines text, one row per line in the schema's key order. */
export function renderFeedback(rows: readonly FeedbackRow[]): string {
  return rows.map((r) => JSON.stringify(Object.fromEntries([...KEYS.filter((k) => k in r).map((k) => [k, r[k]]), ...Object.entries(r).filter(([k]) => !KEYS.includes(k as keyof FeedbackRow))]))).join('\n') + (rows.length ? '\n' : '');
}
