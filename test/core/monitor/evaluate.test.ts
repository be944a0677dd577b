import { describe, expect, it } from '@jest/globals';
import { datasetDrift, type ColumnDrift } from '../../../src/core/drift/column.js';
import { defaultConfig } from '../../../src/core/config/defaults.js';
import { alertSeverity, breaches, monitorFindings } from '../../../src/core/monitor/evaluate.js';
import { monitorPolicy } from '../../../src/core/monitor/policy.js';
import { monitorReport, retrainCandidates } from '../../../src/core/monitor/report.js';
import type { MonitorFacts, MonitorPolicy } from '../../../src/core/monitor/types.js';

const policy = (over: Partial<MonitorPolicy> = {}): MonitorPolicy => ({ ...monitorPolicy(defaultConfig('churn'), 'production'), ...over });
const facts = (over: Partial<MonitorFacts> = {}): MonitorFacts => ({ target: { model: 'churn', stage: 'production' }, batch: { file: 'batch.csv', rows: 100 }, input: [], ...over });
const column = (name: string, drifted: boolean): ColumnDrift => ({ column: name, kind: 'numerical', test: 'ks', testLabel: 'K-S p_value', score: drifted ? 0.001 : 0.5, threshold: 0.05, drifted, referenceRows: 100, currentRows: 100 });

describe('monitorFindings', () => {
  it('is healthy when nothing was measured to be wrong', () => {
    const findings = monitorFindings(facts(), policy());

    expect(findings).toEqual([]);
    expect(alertSeverity(findings)).toBeUndefined();
  });

  it('raises dataset drift as a warning at the alerting share, and single columns only as notices', () => {
    const one = datasetDrift([column('a', true), column('b', false), column('c', false)]);
    const two = datasetDrift([column('a', true), column('b', true), column('c', false)]);

    const quiet = monitorFindings(facts({ drift: { reference: 'train.csv', fromProfile: false, features: one } }), policy());
    const loud = monitorFindings(facts({ drift: { reference: 'train.csv', fromProfile: false, features: two } }), policy());

    expect(quiet.map((f) => [f.rule, f.severity])).toEqual([['monitor/drift-column', 'notice']]);
    expect(breaches(quiet)).toEqual([]);
    expect(loud.filter((f) => f.rule === 'monitor/drift')).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('against train.csv') })]);
    expect(alertSeverity(loud)).toBe('warning');
  });

  it('uses monitoring.thresholds.drift_share instead of the drift section when given', () => {
    const one = datasetDrift([column('a', true), column('b', false), column('c', false)]);

    const findings = monitorFindings(facts({ drift: { reference: 'r', fromProfile: false, features: one } }), policy({ driftShare: 0.3 }));

    expect(findings.some((f) => f.rule === 'monitor/drift')).toBe(true);
  });

  it('reports a drop beyond the tolerance against the recorded evaluation as critical degradation', () => {
    const performance = { source: 'truth.csv', rows: 400, metrics: { accuracy: 0.6, log_loss: 0.7 }, recorded: { accuracy: 0.685, log_loss: 0.6 } };

    const findings = monitorFindings(facts({ performance }), policy());

    expect(findings.map((f) => [f.rule, f.message])).toEqual([
      ['monitor/degradation', 'accuracy is 0.6000 on 400 labelled rows, 0.0850 worse than the recorded 0.6850 (tolerance 0.05)'],
      ['monitor/degradation', 'log_loss is 0.7000 on 400 labelled rows, 0.1000 worse than the recorded 0.6000 (tolerance 0.05)'],
    ]);
    expect(alertSeverity(findings)).toBe('critical');
  });

  it('tolerates drops within the tolerance and takes a metric\'s own tolerance first', () => {
    const performance = { source: 't', rows: 10, metrics: { accuracy: 0.64 }, recorded: { accuracy: 0.685 } };

    expect(monitorFindings(facts({ performance }), policy())).toEqual([]);
    expect(monitorFindings(facts({ performance }), policy({ tolerance: { default: 0.05, perMetric: { accuracy: 0.01 } } }))).toHaveLength(1);
  });

  it('checks business metrics and system metrics against their bounds', () => {
    const findings = monitorFindings(
      facts({ business: { file: 'kpi.json', values: { conversion: 0.01 } }, system: { file: 'sys.json', values: { latency_p95_ms: 900, error_rate: 0.001 } } }),
      policy({ business: { conversion: { min: 0.02 }, revenue: { min: 1 } }, system: { latency_p95_ms: 500, error_rate: 0.01 } }),
    );

    expect(findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      ['monitor/business', 'error', 'conversion is 0.0100, below the minimum 0.02'],
      ['monitor/business-missing', 'notice', 'revenue is not in kpi.json'],
      ['monitor/system', 'error', 'latency_p95_ms is 900, above the maximum 500'],
    ]);
  });

  it('warns about columns with more missing values than allowed', () => {
    const findings = monitorFindings(facts({ missing: { age: 0.2, plan: 0 } }), policy({ missingShare: 0.05 }));

    expect(findings.map((f) => f.message)).toEqual(["column 'age' is 20.0% missing (limit 5.0%)"]);
  });
});

describe('retrainCandidates', () => {
  it('names drift and degradation with their evidence', () => {
    const features = datasetDrift([column('a', true), column('b', true)]);
    const f = facts({ drift: { reference: 'r', fromProfile: true, features }, performance: { source: 't', rows: 5, metrics: { accuracy: 0.5 }, recorded: { accuracy: 0.7 } } });

    const candidates = retrainCandidates(f, monitorFindings(f, policy()));

    expect(candidates).toEqual([
      { cause: 'drift', key: 'drift', evidence: expect.objectContaining({ drifted_columns: ['a', 'b'], share: 1 }) },
      { cause: 'degradation', key: 'degradation', evidence: { source: 't', rows: 5, metrics: [{ metric: 'accuracy', recorded: 0.7, current: 0.5 }] } },
    ]);
  });
});

describe('monitorReport', () => {
  it('lists every check with its status, and what was not measured', () => {
    const features = datasetDrift([column('a', true), column('b', true)]);
    const f = facts({ drift: { reference: 'r', fromProfile: false, features } });

    const report = monitorReport(f, monitorFindings(f, policy()));

    const overview = report.blocks.find((b) => b.kind === 'table');
    expect(overview).toEqual({ kind: 'table', table: { headers: ['check', 'status'], rows: [['input', 'ok'], ['drift', 'breach (warning)'], ['performance', 'not measured'], ['data quality', 'not measured'], ['business metrics', 'not measured'], ['system metrics', 'not measured']] } });
    expect(report.summary).toBe('Warning: drift');
  });
});
