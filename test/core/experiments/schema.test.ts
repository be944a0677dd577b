import { describe, expect, test } from '@jest/globals';
import { formatMessage, parseMessage } from '../../../src/core/experiments/message.js';
import type { ExperimentRecord } from '../../../src/core/experiments/record.js';
import { recordProblems } from '../../../src/core/experiments/schema.js';

const record: ExperimentRecord = {
  schemaVersion: 1,
  name: 'churn-train-20260304-2',
  project: 'churn',
  type: 'train',
  created: '2026-03-04T10:00:00.000Z',
  author: { name: 'Ada', email: 'ada@example.com' },
  params: { 'train.lr': 0.1, model: 'rf' },
  metrics: { accuracy: 0.9, note: 'ok', flag: true, missing: null },
  metricHistory: { accuracy: [{ step: 0, value: 0.5, timestamp: 1 }] },
  datasets: [
    {
      name: 'churn',
      version: '1.0.0',
      card: 'data/DATA_CARD.md',
      files: [
        { path: 'data/a.csv', sha256: 'a'.repeat(64), bytes: 3 },
        { path: 'data/b.xml', md5: 'abc' },
      ],
    },
  ],
  code: {
    commit: 'abcdef0123456789abcdef0123456789abcdef01',
    branch: 'main',
    dirty: true,
    diffSha256: 'b'.repeat(64),
  },
  environment: {
    os: { platform: 'linux', release: '6', arch: 'x64' },
    runtimes: { node: '24.1.0' },
    runner: { kind: 'github-actions', runId: '1' },
    lockfiles: [{ path: 'uv.lock', sha256: 'c'.repeat(64), bytes: 10 }],
  },
  seeds: [1, 2],
  artifacts: [
    { path: 'model.bin', sha256: 'd'.repeat(64), bytes: 3_000_000_000, uri: 's3://bucket/model.bin' },
  ],
  source: { tool: 'mlflow', path: 'mlruns/0/abc', runId: 'abc' },
  tags: { 'mlflow.user': 'ada' },
  fingerprint: 'e'.repeat(64),
};

describe('the experiment record schema', () => {
  test('accepts a full record and the stub a tag holds over the limit', () => {
    expect(recordProblems(record)).toEqual([]);
    expect(recordProblems(parseMessage(formatMessage(record, 700).message).record)).toEqual([]);
  });

  test('refuses a record with unknown keys, nested values or a bad commit', () => {
    expect(recordProblems({ ...record, extra: 1 })).not.toEqual([]);
    expect(recordProblems({ ...record, metrics: { a: { b: 1 } } })).not.toEqual([]);
    expect(recordProblems({ ...record, code: { commit: 'HEAD', dirty: false } })).not.toEqual([]);
    expect(recordProblems({ ...record, type: 'a/b' })).not.toEqual([]);
  });
});
