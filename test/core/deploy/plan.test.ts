import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { loadCrdValidator } from '../../../src/adapters/deploy/crd.js';
import { inferenceService, k8sName } from '../../../src/core/deploy/kserve.js';
import { planDeployment, type DeployRequest } from '../../../src/core/deploy/plan.js';
import type { DeployStrategy } from '../../../src/core/config/types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const crdFile = path.resolve(root, '../shared/corpus/kserve/serving.kserve.io_inferenceservices.yaml');
const request: DeployRequest = { model: 'churn', version: '1.3.0', stage: 'production', previous: '1.2.0' };
const plan = (strategy: DeployStrategy, steps: number[] = []) => planDeployment(request, { strategy, steps });
const summary = (strategy: DeployStrategy, steps?: number[]) => plan(strategy, steps).steps.map((s) => `${s.action}:${s.slot}:${s.traffic}`);

describe('deployment plans', () => {
  it('direct replaces the version and checks it under full traffic', () => {
    expect(summary('direct')).toEqual(['deploy:primary:100', 'check:primary:100']);
  });

  it('canary moves traffic in steps with a health check after each, then promotes', () => {
    expect(summary('canary', [10, 50, 100])).toEqual([
      'deploy:canary:10',
      'check:canary:10',
      'traffic:canary:50',
      'check:canary:50',
      'switch:primary:100',
      'check:primary:100',
      'retire:canary:0',
    ]);
  });

  it('blue-green deploys to the idle slot, checks, then switches and keeps the old slot', () => {
    const p = planDeployment({ ...request, liveSlot: 'green' }, { strategy: 'blue-green', steps: [] });
    expect(p.steps.map((s) => `${s.action}:${s.slot}:${s.traffic}`)).toEqual(['deploy:blue:0', 'check:blue:0', 'switch:blue:100', 'check:blue:100']);
    expect(p.rollback).toMatchObject({ slot: 'green', version: '1.2.0' });
  });

  it('shadow never moves live traffic', () => {
    const p = plan('shadow');
    expect(p.steps.every((s) => s.traffic === 0)).toBe(true);
    expect(p.steps.map((s) => s.action)).toContain('compare');
  });

  it('ab splits by the first step and ends with a decision', () => {
    expect(summary('ab', [30])).toEqual(['deploy:b:30', 'check:b:30', 'decide:b:30']);
  });

  it('rejects canary steps that do not end at 100, do not increase, or leave (0, 100]', () => {
    expect(() => plan('canary', [10, 50])).toThrow(/must end at 100, got 10 → 50/);
    expect(() => plan('canary', [50, 10, 100])).toThrow(/steps must increase/);
    expect(() => plan('canary', [0, 100])).toThrow(/must be in \(0, 100\]/);
    expect(() => plan('canary', [])).toThrow(/at least one traffic step/);
  });

  it('rejects an unknown strategy with the list of known ones', () => {
    expect(() => plan('rainbow' as DeployStrategy)).toThrow(/unknown deployment strategy 'rainbow'/);
  });
});

describe('KServe manifests', () => {
  const options = { name: k8sName('Churn_Model'), namespace: 'ml', modelFormat: 'sklearn', storageUri: 's3://models/{model}/{version}', model: 'churn', version: '1.3.0' };

  it('names objects as Kubernetes requires', () => {
    expect(k8sName('Churn_Model')).toBe('churn-model');
    expect(k8sName('data/9x')).toBe('data-9x');
  });

  it('sets canaryTrafficPercent only below full traffic', () => {
    const canary = inferenceService(options, { action: 'traffic', traffic: 10 });
    expect(canary).toMatchObject({ spec: { predictor: { canaryTrafficPercent: 10, model: { storageUri: 's3://models/churn/1.3.0' } } } });
    const full = inferenceService(options, { action: 'switch', traffic: 100 }) as { spec: { predictor: object } };
    expect(full.spec.predictor).not.toHaveProperty('canaryTrafficPercent');
  });

  it("validates against KServe's published InferenceService CRD, and the validator catches mistakes", async () => {
    const crd = await loadCrdValidator(crdFile);
    expect(crd).toMatchObject({ group: 'serving.kserve.io', kind: 'InferenceService', versions: ['v1beta1'] });
    for (const traffic of [10, 50, 100]) expect(crd.validate(inferenceService(options, { action: 'traffic', traffic }))).toEqual([]);
    const broken = inferenceService(options, { action: 'traffic', traffic: 10 }) as { spec: { predictor: Record<string, unknown> } };
    broken.spec.predictor.canaryTrafficPercent = 'ten';
    broken.spec.predictor.modelz = {};
    expect(crd.validate(broken as unknown as Record<string, unknown>)).toEqual(
      expect.arrayContaining([expect.stringMatching(/canaryTrafficPercent: must be integer/), expect.stringMatching(/unknown field 'modelz'/)]),
    );
    expect(crd.validate({ apiVersion: 'serving.kserve.io/v1alpha9', kind: 'InferenceService' })[0]).toMatch(/does not serve version 'v1alpha9'/);
  });
});
