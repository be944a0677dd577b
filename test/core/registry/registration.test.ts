import { describe, expect, it } from '@jest/globals';
import { type DeclaredVersion, planRegistrations } from '../../../src/core/registry/registration.js';
import { buildRegistryState } from '../../../src/core/registry/state.js';

const registry = buildRegistryState([
  { name: 'churn@v1.2.0', commit: 'a', annotated: true, tagger: 't', taggerEmail: 't@x', date: '2025-01-01T00:00:00Z', message: 'r' },
]);
const signature = { inputs: [{ name: 'tenure', type: 'int' }], outputs: [{ name: 'churn', type: 'float' }] };
const card = (version: string, extra: Partial<DeclaredVersion> = {}): DeclaredVersion => ({
  artifact: 'churn',
  kind: 'model',
  version,
  cardPath: 'models/churn/MODEL_CARD.md',
  line: 3,
  signature,
  explainsChange: true,
  ...extra,
});

describe('registration plan', () => {
  it('registers a new higher version and skips one already registered', () => {
    const plan = planRegistrations([card('1.3.0'), card('1.2.0', { artifact: 'churn' })], registry, { churn: signature });
    expect(plan.register.map((r) => r.tagVersion)).toEqual(['v1.3.0']);
    expect(plan.findings).toEqual([]);
  });

  it('refuses a version that goes down', () => {
    const plan = planRegistrations([card('1.1.9')], registry, { churn: signature });
    expect(plan.register).toEqual([]);
    expect(plan.findings).toMatchObject([{ rule: 'registry/version-not-increasing', file: 'models/churn/MODEL_CARD.md', line: 3 }]);
  });

  it('needs a major bump when the signature changes', () => {
    const changed = { ...signature, inputs: [...signature.inputs, { name: 'plan', type: 'string' }] };
    const minor = planRegistrations([card('1.3.0', { signature: changed })], registry, { churn: signature });
    expect(minor.findings).toMatchObject([{ rule: 'registry/signature-needs-major', hint: expect.stringMatching(/v2\.0\.0/) }]);
    expect(planRegistrations([card('2.0.0', { signature: changed })], registry, { churn: signature }).register).toHaveLength(1);
  });

  it('notes a minor bump the card does not explain', () => {
    const plan = planRegistrations([card('1.3.0', { explainsChange: false })], registry, { churn: signature });
    expect(plan.register).toHaveLength(1);
    expect(plan.findings).toMatchObject([{ rule: 'registry/bump-unexplained', severity: 'notice' }]);
  });

  it('registers data cards under data/{name}, and rejects non-semver versions', () => {
    const plan = planRegistrations([card('2.0.0', { artifact: 'data/iris', kind: 'data' }), card('2.0', { artifact: 'data/wine', kind: 'data' })], registry);
    expect(plan.register.map((r) => `${r.artifact}@${r.tagVersion}`)).toEqual(['data/iris@v2.0.0']);
    expect(plan.findings).toMatchObject([{ rule: 'registry/invalid-version' }]);
  });
});
