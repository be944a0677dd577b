import { describe, expect, test } from '@jest/globals';
import { formatMessage, parseMessage } from '../../../src/core/experiments/message.js';
import type { ExperimentRecord } from '../../../src/core/experiments/record.js';
import { compareReport, historyChart, keyMetrics, showReport } from '../../../src/core/experiments/report.js';

const exp = (name: string, metrics: Record<string, number | string>, params = {}) => ({
  name,
  metrics,
  params,
});

describe('experiment reports', () => {
  test('key metrics: configured first, then ones with a known direction, then the rest, at most three', () => {
    const c = exp('c', { epoch: 3, custom: 1, loss: 0.2, accuracy: 0.9, label: 'x' });
    expect(keyMetrics(c, { custom: { higher_is_better: true } })).toEqual(['custom', 'loss', 'accuracy']);
  });

  test('the chart is a mermaid xychart with a table fallback holding the same numbers', () => {
    const chart = historyChart([exp('a', { acc: 0.7 }), exp('b', { acc: 0.8 })], ['acc']);
    expect(chart).toEqual({
      kind: 'chart',
      mermaid:
        'xychart-beta\n  title "acc over the last 2 experiments"\n  x-axis ["1", "2"]\n  line [0.7, 0.8]',
      fallback: {
        headers: ['#', 'experiment', 'acc'],
        rows: [
          ['1', 'a', '0.7'],
          ['2', 'b', '0.8'],
        ],
      },
    });
    expect(historyChart([exp('a', { acc: 0.7 })], ['acc'])).toBeUndefined();
  });

  test('a regression is a notice naming the metric and both values', () => {
    const report = compareReport({
      candidate: exp('new', { loss: 0.4 }),
      baseline: exp('old', { loss: 0.3 }),
      baselineLabel: 'experiment',
      history: [],
      directions: {},
    });
    expect(report.findings).toEqual([
      {
        rule: 'experiment/metric-regressed',
        severity: 'notice',
        message: 'loss is worse than old: 0.3 → 0.4',
      },
    ]);
    expect(report.summary).toBe('0 metrics better, 1 worse, 0 params changed');
  });

  test('show of a truncated record says where the full record is', () => {
    const record = {
      schemaVersion: 1,
      name: 'p-t-20260101',
      project: 'p',
      type: 't',
      created: '2026-01-01T00:00:00.000Z',
      author: { name: 'a' },
      params: {},
      metrics: { acc: 1 },
      datasets: [],
      code: { commit: 'a'.repeat(40), dirty: false },
      environment: {
        os: { platform: 'linux', release: '6', arch: 'x64' },
        runtimes: {},
        runner: { kind: 'local' },
        lockfiles: [],
      },
      seeds: [],
      artifacts: [],
      fingerprint: 'f'.repeat(64),
    } as ExperimentRecord;
    const stub = parseMessage(formatMessage(record, 500).message).record!;
    const text = JSON.stringify(showReport(stub).blocks);
    expect(text).toContain('the full record is the release asset `experiment.json`');
  });
});
