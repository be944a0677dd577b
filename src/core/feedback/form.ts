/**
 * The model-feedback issue form and what it becomes: GitHub renders an issue form as `### {label}`
 * headings followed by the answer (`_No response_` when left empty), so the body is read back by the
 * labels of templates/ISSUE_TEMPLATE/model-feedback.yml (a test keeps the two in step).
 */
import type { FeedbackRow } from './dataset.js';

/** The form's fields: id (the dataset column) and label (the heading GitHub renders). */
export const FEEDBACK_FIELDS = [
  { id: 'model', label: 'Model', required: true },
  { id: 'version', label: 'Model version', required: false },
  { id: 'prediction_id', label: 'Prediction or request id', required: false },
  { id: 'input', label: 'Input', required: false },
  { id: 'predicted', label: 'Predicted output', required: false },
  { id: 'label', label: 'Correct output', required: true },
  { id: 'details', label: 'What happened', required: false },
] as const;

export type FeedbackField = (typeof FEEDBACK_FIELDS)[number]['id'];

/** The label every feedback issue carries (set by the form), which the feedback action looks for. */
export const FEEDBACK_LABEL = 'model-feedback';
/** The label the action adds once the issue is a row of the dataset PR. */
export const RECORDED_LABEL = 'feedback-recorded';

/** Answers by field id; empty answers are absent. */
export function parseIssueForm(body: string): Partial<Record<FeedbackField, string>> {
  const byLabel = new Map<string, FeedbackField>(FEEDBACK_FIELDS.map((f) => [f.label.toLowerCase(), f.id]));
  const out: Partial<Record<FeedbackField, string>> = {};
  let field: FeedbackField | undefined;
  let lines: string[] = [];
  const flush = () => {
    if (!field) return;
    const value = unfence(lines.join('\n').trim());
    if (value && value !== '_No response_') out[field] = value;
  };
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = /^###\s+(.+?)\s*$/.exec(line);
    if (heading) {
      flush();
      field = byLabel.get(heading[1]!.toLowerCase());
      lines = [];
    } else lines.push(line);
  }
  flush();
  return out;
}

/** A `render:` textarea answer comes back in a code fence; the value is inside it. */
function unfence(value: string): string {
  const m = /^```[\w-]*\n([\s\S]*?)\n```$/.exec(value);
  return m ? m[1]!.trim() : value;
}

export interface FeedbackIssue {
  number: number;
  body: string;
  author?: string;
  createdAt: string;
  url: string;
}

/** The dataset row of a feedback issue, or what is missing for one. */
export function feedbackRow(issue: FeedbackIssue, models: readonly string[]): { row?: FeedbackRow; problems: string[] } {
  const a = parseIssueForm(issue.body);
  const problems: string[] = [];
  for (const f of FEEDBACK_FIELDS) if (f.required && !a[f.id]) problems.push(`**${f.label}** is empty`);
  if (!a.prediction_id && !a.input) problems.push('give the **Prediction or request id** or the **Input**, so the case can be found again');
  if (a.model && models.length && !models.includes(a.model)) problems.push(`**Model** '${a.model}' is not one of: ${models.join(', ')}`);
  if (problems.length) return { problems };
  return {
    problems,
    row: {
      id: `issue-${issue.number}`,
      source: 'issue',
      model: a.model!,
      version: a.version ?? null,
      prediction_id: a.prediction_id ?? null,
      input: a.input ? parseInput(a.input) : null,
      predicted: a.predicted ?? null,
      label: a.label!,
      comment: a.details ?? null,
      reporter: issue.author ?? null,
      reported_at: issue.createdAt,
      issue: issue.number,
      batch: null,
    },
  };
}

/** JSON inputs stay structured; anything else is kept as text. */
function parseInput(text: string): unknown {
  if (!/^[[{]/.test(text)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
