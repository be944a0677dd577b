import { describe, expect, it } from '@jest/globals';
import { newDataVersions, stageVersion } from '../../../src/adapters/monitor/reference.js';
import { defaultConfig } from '../../../src/core/config/defaults.js';
import { buildRegistryState, type RegistryTag } from '../../../src/core/registry/state.js';

const tag = (name: string, commit: string, date: string): RegistryTag => ({ name, commit, annotated: true, tagger: 'alice', taggerEmail: 'a@x.org', date, message: name });
const state = buildRegistryState([
  tag('churn@v1.0.0', 'a'.repeat(40), '2026-11-01T00:00:00Z'),
  tag('churn#production#1', 'a'.repeat(40), '2026-11-02T00:00:00Z'),
  tag('data/customers@v1.0.0', 'b'.repeat(40), '2026-10-01T00:00:00Z'),
  tag('data/customers@v1.1.0', 'c'.repeat(40), '2026-11-20T00:00:00Z'),
]);
const config = { ...defaultConfig('churn'), datasets: [{ name: 'customers', path: 'data/customers' }] };

describe('what the registry says about a stage', () => {
  it('gives the version a stage holds, with its tag and commit', () => {
    expect(stageVersion(state, 'churn', 'production')).toMatchObject({ version: 'v1.0.0', tag: 'churn@v1.0.0', commit: 'a'.repeat(40) });
    expect(stageVersion(state, 'churn', 'staging')).toBeUndefined();
  });

  it('names dataset versions registered after the model version (the new_data cause)', () => {
    expect(newDataVersions(state, config, '2026-11-01T00:00:00Z')).toEqual([{ dataset: 'customers', version: 'v1.1.0', registeredAt: '2026-11-20T00:00:00Z' }]);
    expect(newDataVersions(state, config, '2026-11-21T00:00:00Z')).toEqual([]);
  });
});
