import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { mergeFeedback, parseFeedback, renderFeedback, type FeedbackRow } from '../../../src/core/feedback/dataset.js';

const row = (id: string, label = '1'): FeedbackRow => ({ id, source: 'issue', model: 'churn', version: null, prediction_id: 'C1', input: null, predicted: '0', label, comment: null, reporter: 'alice', reported_at: '2026-11-27T08:00:00Z', issue: Number(id.split('-')[1]), batch: null });

describe('the feedback dataset', () => {
  it('adds only rows whose id is new, so merging twice adds nothing', () => {
    const first = mergeFeedback([row('issue-1')], [row('issue-1', '0'), row('issue-2')]);
    const second = mergeFeedback(first.rows, [row('issue-2')]);

    expect(first.added.map((r) => r.id)).toEqual(['issue-2']);
    expect(first.rows.map((r) => r.label)).toEqual(['1', '1']);
    expect(second.added).toEqual([]);
  });

  it('writes the same bytes for the same rows, and reads them back', () => {
    const text = renderFeedback([row('issue-1'), row('issue-2')]);

    expect(renderFeedback(parseFeedback(text, 'f.jsonl'))).toBe(text);
    expect(text.split('\n')[0]).toMatch(/^\{"id":"issue-1","source":"issue","model":"churn",/);
  });

  it('writes rows that follow schemas/feedback.schema.json', () => {
    const Ajv = Ajv2020 as unknown as typeof Ajv2020.default;
    const ajv = new Ajv({ strict: false });
    (addFormats as unknown as (a: unknown) => void)(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync('schemas/feedback.schema.json', 'utf8')) as object);
    const gt: FeedbackRow = { ...row('issue-1'), id: 'gt-0123456789ab-C1', source: 'ground_truth', issue: null, reporter: null, batch: 'truth.csv' };

    expect(validate(row('issue-3'))).toBe(true);
    expect(validate(gt)).toBe(true);
    expect(validate({ ...row('issue-3'), id: 'nope' })).toBe(false);
  });

  it('names the line that is not JSON', () => {
    expect(() => parseFeedback('{"id":"issue-1"}\nnot json\n', 'f.jsonl')).toThrow(expect.objectContaining({ file: 'f.jsonl', line: 2 }));
  });
});
