import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { FEEDBACK_FIELDS, FEEDBACK_LABEL, feedbackRow, parseIssueForm } from '../../../src/core/feedback/form.js';

/** An issue body as GitHub renders the form: `### label`, a blank line, the answer or `_No response_`. */
const rendered = (answers: Record<string, string>) => FEEDBACK_FIELDS.map((f) => `### ${f.label}\n\n${answers[f.id] ?? '_No response_'}`).join('\n\n');
const issue = (body: string) => ({ number: 12, body, author: 'alice', createdAt: '2026-11-27T08:00:00Z', url: 'https://github.com/o/r/issues/12' });

describe('the model-feedback issue form', () => {
  it('has the labels and ids the parser reads, and the label the action looks for', () => {
    const form = parse(readFileSync('templates/ISSUE_TEMPLATE/model-feedback.yml', 'utf8')) as { labels: string[]; body: Array<{ id?: string; attributes: { label?: string }; validations?: { required?: boolean } }> };
    const fields = form.body.filter((b) => b.id).map((b) => ({ id: b.id, label: b.attributes.label, required: b.validations?.required ?? false }));

    expect(fields).toEqual(FEEDBACK_FIELDS.map((f) => ({ ...f })));
    expect(form.labels).toEqual([FEEDBACK_LABEL]);
  });

  it('reads the answers back, dropping empty ones and unwrapping the rendered JSON block', () => {
    const body = rendered({ model: 'churn', prediction_id: 'C10001', input: '```json\n{"age": 44}\n```', label: '0' });

    expect(parseIssueForm(body)).toEqual({ model: 'churn', prediction_id: 'C10001', input: '{"age": 44}', label: '0' });
  });

  it('turns a complete report into a row keyed by the issue', () => {
    const { row, problems } = feedbackRow(issue(rendered({ model: 'churn', prediction_id: 'C10001', input: '```json\n{"age": 44}\n```', predicted: '1', label: '0' })), ['churn']);

    expect(problems).toEqual([]);
    expect(row).toEqual({ id: 'issue-12', source: 'issue', model: 'churn', version: null, prediction_id: 'C10001', input: { age: 44 }, predicted: '1', label: '0', comment: null, reporter: 'alice', reported_at: '2026-11-27T08:00:00Z', issue: 12, batch: null });
  });

  it('says what is missing instead of recording an incomplete report', () => {
    const { row, problems } = feedbackRow(issue(rendered({ model: 'fraud' })), ['churn']);

    expect(row).toBeUndefined();
    expect(problems).toEqual([
      '**Correct output** is empty',
      'give the **Prediction or request id** or the **Input**, so the case can be found again',
      "**Model** 'fraud' is not one of: churn",
    ]);
  });
});
