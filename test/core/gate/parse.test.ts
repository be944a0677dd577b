import { describe, expect, it } from '@jest/globals';
import { parseGateSnapshot } from '../../../src/core/gate/parse.js';
import { snapshot } from './snapshot-fixture.js';

describe('gate snapshot files', () => {
  it('accepts the fixture snapshot, extra REST fields included', () => {
    const s = snapshot((x) => Object.assign(x.pullRequest, { html_url: 'https://github.com/acme/ml/pull/7', labels: [] }));
    const { snapshot: parsed, findings } = parseGateSnapshot(JSON.stringify(s, null, 2), 'snap.json');
    expect(findings).toEqual([]);
    expect(parsed?.pullRequest.number).toBe(7);
  });

  it('names the line of a wrong value', () => {
    const text = JSON.stringify(snapshot((x) => (x.reviews = [{ id: 1, user: { login: 'a' }, state: 'LGTM', commit_id: null }])), null, 2);
    const { snapshot: parsed, findings } = parseGateSnapshot(text, 'snap.json');
    expect(parsed).toBeUndefined();
    const line = text.split('\n').findIndex((l) => l.includes('"LGTM"')) + 1;
    expect(findings[0]).toMatchObject({ severity: 'error', file: 'snap.json', line });
  });

  it('reports broken JSON with its line instead of throwing', () => {
    const { findings } = parseGateSnapshot('{\n  "repository": "a/b",\n  oops\n}', 'snap.json');
    expect(findings[0]).toMatchObject({ severity: 'error', file: 'snap.json' });
  });
});
