import { describe, expect, it } from '@jest/globals';
import { evaluateGate } from '../../../src/core/gate/evaluate.js';
import { applyDefaults } from '../../../src/core/config/defaults.js';
import { type PromotionPolicy, defaultPolicy, policyFromConfig } from '../../../src/core/gate/policy.js';
import type { GateSnapshot } from '../../../src/core/gate/snapshot.js';
import { review, snapshot } from './snapshot-fixture.js';

const approved = (change: (s: GateSnapshot) => void = () => {}) =>
  snapshot((s) => {
    s.reviews = [review('alice', 'APPROVED'), review('bob', 'APPROVED')];
    change(s);
  });
const condition = (s: GateSnapshot, policy: PromotionPolicy, id: string) => evaluateGate(s, policy).conditions.find((c) => c.id === id);
const production = defaultPolicy('production');

describe('gate: stage order and evidence', () => {
  it('passes the fixture as given (the baseline every case below changes one thing of)', () => {
    expect(evaluateGate(approved(), production).conditions.filter((c) => !c.met)).toEqual([]);
  });

  it('refuses a production PR for a version that staging does not hold', () => {
    const s = approved((x) => {
      x.registry.push({ ...x.registry[0]!, name: 'churn@v1.2.0', commit: '3'.repeat(40), date: '2025-03-05T00:00:00Z' });
      x.candidates[0]!.version = 'v1.2.0';
    });
    expect(condition(s, production, 'stage-order')).toMatchObject({ met: false, detail: 'churn v1.2.0 is not in staging (staging holds v1.1.0)' });
  });

  it('lets a rollback return production to a version it held before, whatever staging holds and however it scores', () => {
    const s = approved((x) => {
      x.registry.push({ ...x.registry[0]!, name: 'churn#production#3', commit: '2'.repeat(40), date: '2025-03-05T00:00:00Z' });
      x.candidates[0] = { ...x.candidates[0]!, version: 'v1.0.0', evaluation: { source: 'experiment', ref: 'exp/a', metrics: { auc: 0.8 } }, baseline: { source: 'release', ref: 'churn@v1.1.0', metrics: { auc: 0.91 } } };
    });
    const policy = { ...production, metrics: { auc: { min: 0.75, maxRegression: 0.005 } } };
    expect(condition(s, policy, 'stage-order')?.met).toBe(true);
    expect(condition(s, policy, 'metrics')?.met).toBe(true);
  });

  it('waits for the soak time in staging', () => {
    const soak = { ...production, soakHours: 24 * 14 };
    expect(condition(approved(), soak, 'soak')).toMatchObject({ met: false, detail: expect.stringMatching(/has been in staging for 204\.0 h of 336 h/) });
    expect(condition(approved(), { ...production, soakHours: 24 }, 'soak')?.met).toBe(true);
  });

  it('flags metrics edited in the PR', () => {
    const s = approved((x) => x.files.push({ filename: 'models/churn/metrics.json', status: 'modified' }));
    expect(condition(s, production, 'evidence')).toMatchObject({ met: false, detail: 'models/churn/metrics.json (modified) is evaluation evidence' });
    expect(evaluateGate(s, production).pass).toBe(false);
  });

  it('accepts evidence the PR carries over unchanged from the registered commit', () => {
    const s = approved((x) => {
      x.files.push({ filename: 'models/churn/metrics.json', status: 'modified' }, { filename: 'models/churn/SHA256SUMS', status: 'modified' });
      x.edited = ['models/churn/SHA256SUMS'];
    });
    expect(condition(s, production, 'evidence')).toMatchObject({ met: false, detail: 'models/churn/SHA256SUMS (modified) is evaluation evidence' });
  });

  it('refuses an unregistered or deprecated model version', () => {
    const s = approved((x) => (x.candidates[0]!.version = 'v9.0.0'));
    expect(condition(s, production, 'candidates')).toMatchObject({ met: false, detail: 'churn v9.0.0 is not registered' });
    const d = approved((x) => x.registry.push({ ...x.registry[0]!, name: 'churn@deprecated', date: '2025-03-09T00:00:00Z' }));
    expect(condition(d, production, 'candidates')?.detail).toBe('churn is deprecated');
  });
});

describe('gate: metrics, fairness, card, checksums, risk', () => {
  const withMetrics: PromotionPolicy = { ...production, metrics: { auc: { min: 0.85, maxRegression: 0.005 }, log_loss: { max: 0.5, higherIsBetter: false, maxRegression: 0 } } };

  it('passes thresholds and regression limits against the version in production', () => {
    expect(condition(approved(), withMetrics, 'metrics')?.met).toBe(true);
  });

  it('fails a regression beyond tolerance and says against what', () => {
    const s = approved((x) => (x.candidates[0]!.evaluation!.metrics.auc = 0.89));
    expect(condition(s, withMetrics, 'metrics')?.detail).toBe('churn auc regresses by 0.01 against churn@v1.0.0 (0.9 → 0.89), max 0.005');
    const loss = approved((x) => (x.candidates[0]!.evaluation!.metrics.log_loss = 0.32));
    expect(condition(loss, withMetrics, 'metrics')?.detail).toMatch(/log_loss regresses by 0.01/);
  });

  it('fails when the metrics are missing from the experiment record', () => {
    const s = approved((x) => delete x.candidates[0]!.evaluation);
    expect(condition(s, withMetrics, 'metrics')?.detail).toMatch(/no metrics in its experiment record or release/);
  });

  it('checks fairness thresholds', () => {
    const fair = { ...production, fairness: { demographic_parity_difference: { max: 0.03 } } };
    expect(condition(approved(), fair, 'fairness')?.detail).toBe('churn demographic_parity_difference = 0.04 > max 0.03');
  });

  it('asks one more approval and a fairness report for risk: high', () => {
    const s = approved((x) => {
      x.candidates[0]!.risk = 'high';
      x.candidates[0]!.evaluation!.fairnessReport = false;
    });
    const verdict = evaluateGate(s, production);
    expect(verdict.conditions.find((c) => c.id === 'approvals')).toMatchObject({ met: false, title: '3 approvals' });
    expect(verdict.conditions.find((c) => c.id === 'fairness')?.detail).toBe('churn is risk: high and has no fairness report');
  });

  it('requires a complete model card', () => {
    const s = approved((x) => (x.candidates[0]!.card.missing = ['Fairness and bias assessment']));
    expect(condition(s, production, 'card')?.detail).toBe('models/churn/MODEL_CARD.md: missing Fairness and bias assessment');
  });

  it('fails when an artifact does not match SHA256SUMS or is missing from it', () => {
    const s = approved((x) => {
      x.candidates[0]!.artifacts!.files[0]!.sha256 = '0'.repeat(64);
      x.candidates[0]!.artifacts!.files.push({ name: 'extra.bin', sha256: '1'.repeat(64) });
    });
    const c = condition(s, production, 'checksums');
    expect(c?.detail).toMatch(/model.pkl has sha256 000000000000…, SHA256SUMS says dddddddddddd…/);
    expect(c?.detail).toMatch(/extra.bin is not in SHA256SUMS/);
  });
});

describe('gate: teams and CODEOWNERS', () => {
  const teams = { ...production, requiredTeams: ['acme/ml-leads'] };

  it('passes a required team when a counted approver is an active member', () => {
    expect(condition(approved(), teams, 'teams')?.met).toBe(true);
  });

  it('fails, never passes, when the token cannot read org teams', () => {
    const s = approved((x) => (x.teams = { readable: false, reason: 'GET /orgs/acme/teams/ml-leads/memberships/alice returned 403', memberships: {} }));
    expect(condition(s, teams, 'teams')).toMatchObject({ met: false, detail: expect.stringMatching(/403/), fix: expect.stringMatching(/token that can read organization teams/) });
  });

  it('needs an owner of every changed path, where the last matching CODEOWNERS pattern wins', () => {
    const owners = { ...production, codeowners: true };
    expect(condition(approved(), owners, 'codeowners')?.met).toBe(true);
    const docs = approved((x) => {
      x.files.push({ filename: 'docs/guide.md', status: 'modified' });
      x.reviews = [review('alice', 'APPROVED'), review('carol', 'APPROVED')];
    });
    expect(condition(docs, owners, 'codeowners')?.detail).toBe('docs/guide.md needs @bob (.github/CODEOWNERS:2)');
  });
});

describe('policy from .github/mlops.yml', () => {
  it('reads the stage rules, metric tolerances and fairness thresholds', () => {
    const config = applyDefaults(
      {
        promotion: { production: { approvals: 3, teams: ['acme/ml-leads'], soak_hours: 48, metrics: { auc: { min: 0.8 } }, max_regression: 0.02 } },
        evaluation: { metrics: { log_loss: { higher_is_better: false, tolerance: 0.01 } } },
        fairness: { sensitive_features: ['sex'] },
      },
      'acme',
    );
    const p = policyFromConfig(config, 'production');
    expect(p).toMatchObject({ approvals: 3, requiredTeams: ['acme/ml-leads'], soakHours: 48, fromStage: 'staging' });
    expect(p.metrics).toEqual({ auc: { min: 0.8, max: undefined, maxRegression: 0.02 }, log_loss: { min: undefined, max: undefined, higherIsBetter: false, maxRegression: 0.01 } });
    expect(p.fairness).toMatchObject({ demographic_parity_difference: { max: 0.1 }, demographic_parity_ratio: { min: 0.8 } });
    expect(policyFromConfig(applyDefaults({}, 'acme'), 'dev')).toMatchObject({ fromStage: null, fairness: {} });
  });
});
