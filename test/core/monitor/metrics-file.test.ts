import { describe, expect, it } from '@jest/globals';
import { parseMetricsFile } from '../../../src/core/monitor/metrics-file.js';

describe('parseMetricsFile', () => {
  it('reads JSON objects, flattening nested keys with dots', () => {
    expect(parseMetricsFile('{"conversion": 0.03, "revenue": {"eur": 120}, "note": "x"}', 'kpi.json')).toEqual({ conversion: 0.03, 'revenue.eur': 120 });
  });

  it('reads metric,value rows and wide CSV logs (the last row is the newest)', () => {
    expect(parseMetricsFile('metric,value\nconversion,0.03\nchurn_rate,0.1\n', 'kpi.csv')).toEqual({ conversion: 0.03, churn_rate: 0.1 });
    expect(parseMetricsFile('latency_p95_ms,error_rate\n120,0.01\n180,0.02\n', 'sys.csv')).toEqual({ latency_p95_ms: 180, error_rate: 0.02 });
  });

  it('names the line of a value that is not a number', () => {
    expect(() => parseMetricsFile('metric,value\nconversion,high\n', 'kpi.csv')).toThrow(expect.objectContaining({ file: 'kpi.csv', line: 2 }));
    expect(() => parseMetricsFile('', 'kpi.csv')).toThrow('kpi.csv is empty');
  });
});
