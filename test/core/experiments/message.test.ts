import { describe, expect, test } from '@jest/globals';
import {
  formatMessage,
  isStub,
  parseMessage,
  summaryLine,
  typeFromSummary,
} from '../../../src/core/experiments/message.js';
import type { ExperimentRecord } from '../../../src/core/experiments/record.js';
import { canonicalJson, fingerprintOf } from '../../../src/core/experiments/record.js';

const record: ExperimentRecord = {
  schemaVersion: 1,
  name: 'churn-train-20260304',
  project: 'churn',
  type: 'train',
  created: '2026-03-04T10:00:00.000Z',
  author: { name: 'Ada' },
  params: { lr: 0.1 },
  metrics: { accuracy: 0.912345678, loss: 0.3, f1: 0.8, auc: 0.9 },
  datasets: [],
  code: { commit: 'abcdef0123456789abcdef0123456789abcdef01', dirty: false },
  environment: {
    os: { platform: 'linux', release: '6', arch: 'x64' },
    runtimes: {},
    runner: { kind: 'local' },
    lockfiles: [],
  },
  seeds: [1],
  artifacts: [],
  fingerprint: 'f'.repeat(64),
};

describe('experiment tag messages', () => {
  test('the first line is a human summary with three metrics, then a blank line and the JSON', () => {
    const { message, truncated } = formatMessage(record);
    expect(truncated).toBe(false);
    expect(message.split('\n')[0]).toBe(
      'churn-train-20260304: train experiment at abcdef0; accuracy=0.912346, loss=0.3, f1=0.8',
    );
    expect(message.split('\n')[1]).toBe('');
    expect(parseMessage(message).record).toEqual(record);
  });

  test('a dirty commit is marked in the summary, and the type is read back from it', () => {
    const line = summaryLine({ ...record, code: { ...record.code, dirty: true } });
    expect(line).toContain('at abcdef0+dirty');
    expect(typeFromSummary(line)).toBe('train');
  });

  test('over the limit the tag holds a stub with the digest of the full record', () => {
    const { message, truncated } = formatMessage(record, 600);
    const parsed = parseMessage(message).record!;
    expect(truncated).toBe(true);
    expect(Buffer.byteLength(message)).toBeLessThanOrEqual(600);
    expect(isStub(parsed)).toBe(true);
    expect(parsed).toMatchObject({
      name: record.name,
      fingerprint: record.fingerprint,
      record: { asset: 'experiment.json' },
    });
  });

  test('when even the metrics do not fit, the stub drops them', () => {
    const parsed = parseMessage(formatMessage(record, 300).message).record!;
    expect(parsed.metrics).toBeUndefined();
  });

  test('foreign or damaged messages are reported, not thrown', () => {
    expect(parseMessage('just a tag').problem).toBe('the tag message holds no experiment record');
    expect(parseMessage('x\n\n{"broken"').problem).toMatch(/not valid JSON/);
    expect(parseMessage('x\n\n{"a":1}').problem).toBe(
      'the JSON in the tag message is not an experiment record',
    );
  });
});

describe('fingerprints', () => {
  test('ignore name, time, author and machine, but not the GitHub run', () => {
    const { name: _n, created: _c, author: _a, fingerprint: _f, ...content } = record;
    const other = {
      ...content,
      environment: { ...content.environment, os: { platform: 'darwin', release: '23', arch: 'arm64' } },
    };
    expect(fingerprintOf(other)).toBe(fingerprintOf(content));
    const rerun = {
      ...content,
      environment: {
        ...content.environment,
        runner: { kind: 'github-actions' as const, runId: '7', runAttempt: '2' },
      },
    };
    const attempt1 = {
      ...content,
      environment: {
        ...content.environment,
        runner: { kind: 'github-actions' as const, runId: '7', runAttempt: '1' },
      },
    };
    expect(fingerprintOf(rerun)).toBe(fingerprintOf(attempt1));
    expect(fingerprintOf({ ...content, metrics: { accuracy: 0.5 } })).not.toBe(fingerprintOf(content));
  });

  test('do not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: 1, c: 2 } })).toBe('{"a":{"c":2,"d":1},"b":1}');
  });
});
