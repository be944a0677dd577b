import { describe, expect, it } from '@jest/globals';
import { signatureAt } from '../../../src/adapters/monitor/reference.js';
import { cardCandidates, cardTextAt, readMetadata } from '../../../src/adapters/registry/card-metadata.js';
import { cardsAt } from '../../../src/adapters/registry/cards.js';
import { Git } from '../../../src/adapters/git.js';
import { defaultConfig } from '../../../src/core/config/defaults.js';
import { git, makeRepo } from '../../helpers/repo.js';

const card = (front: string, body = '# Model\n\n## Changes\n\nFirst.\n') => `---\n${front}---\n\n${body}`;
const signature = 'signature:\n  inputs:\n    - {name: tenure, type: integer}\n  outputs:\n    - {name: churn, type: boolean}\n';

/** The metadata of the first candidate card at `rev` ({} without front matter), undefined without a card. */
async function metadataAt(g: Git, rev: string, candidates: string[]): Promise<Record<string, unknown> | undefined> {
  const card = await cardTextAt(g, rev, candidates);
  return card && (await readMetadata(card.path, card.text, 'model')).metadata;
}

function repo(files: Record<string, string>): { git: Git; head: string } {
  const dir = makeRepo(files);
  return { git: new Git(dir), head: git(dir, 'rev-parse', 'HEAD').trim() };
}

describe("a card's metadata read through its front matter alone", () => {
  it('reads the same metadata as the full reader, CRLF cards included', async () => {
    const r = repo({
      'models/churn/MODEL_CARD.md': card(`name: churn\nversion: 1.2.0\nrisk: high\n${signature}`).replace(/\n/g, '\r\n'),
      'models/other/README.md': card('version: 0.1.0\nexperiment: exp/other-train-20261101-1\n'),
    });
    const config = { ...defaultConfig('p'), models: [{ name: 'churn', path: 'models/churn', risk: 'medium' as const }, { name: 'other', path: 'models/other/', risk: 'low' as const }] };
    const full = await cardsAt(r.git, config, r.head);
    for (const m of config.models) {
      const meta = await metadataAt(r.git, r.head, cardCandidates(m.path, undefined, ['MODEL_CARD.md', 'README.md']));
      const same = full.find((c) => c.artifact === m.name);
      expect(String(meta?.version)).toBe(same?.version);
      expect(meta?.signature).toEqual(same?.signature);
    }
    expect(await signatureAt(r.git, config, 'churn', r.head)).toEqual({ inputs: [{ name: 'tenure', type: 'integer' }], outputs: [{ name: 'churn', type: 'boolean' }] });
  });

  it('takes the configured card first, then MODEL_CARD.md, then README.md', async () => {
    expect(cardCandidates('models/a/', undefined, ['MODEL_CARD.md', 'README.md'])).toEqual(['models/a/MODEL_CARD.md', 'models/a/README.md']);
    expect(cardCandidates('', undefined, ['MODEL_CARD.md'])).toEqual(['MODEL_CARD.md']);
    expect(cardCandidates('models/a', 'cards/a.md', ['MODEL_CARD.md'])).toEqual(['cards/a.md']);
    const r = repo({ 'm/README.md': card('version: 2.0.0\n'), 'm/MODEL_CARD.md': card('version: 3.0.0\n') });
    expect(await metadataAt(r.git, r.head, cardCandidates('m', undefined, ['MODEL_CARD.md', 'README.md']))).toEqual({ version: '3.0.0' });
  });

  it('is undefined without a card, {} for a card without front matter', async () => {
    const r = repo({ 'm/README.md': '# No metadata\n' });
    expect(await metadataAt(r.git, r.head, ['m/MODEL_CARD.md'])).toBeUndefined();
    expect(await metadataAt(r.git, r.head, ['m/README.md'])).toEqual({});
  });

  it('gives no signature for a card that declares no version (the registry ignores it), or for an unknown model', async () => {
    const r = repo({ 'm/MODEL_CARD.md': card(`name: m\n${signature}`) });
    const config = { ...defaultConfig('p'), models: [{ name: 'm', path: 'm', risk: 'medium' as const }] };
    expect(await signatureAt(r.git, config, 'm', r.head)).toBeUndefined();
    expect(await signatureAt(r.git, config, 'nope', r.head)).toBeUndefined();
  });

  it('maps a Model Card Toolkit JSON card as the full reader does', async () => {
    const mct = { model_details: { name: 'm', version: { name: '1.0.0' } } };
    const r = repo({ 'm/model_card.json': JSON.stringify(mct) });
    const config = { ...defaultConfig('p'), models: [{ name: 'm', path: 'm', card: 'm/model_card.json', risk: 'medium' as const }] };
    const full = await cardsAt(r.git, config, r.head);
    const meta = await metadataAt(r.git, r.head, ['m/model_card.json']);
    expect(meta).toBeDefined();
    expect(full.map((c) => c.version)).toEqual(meta?.version === undefined ? [] : [String(meta.version)]);
  });
});
