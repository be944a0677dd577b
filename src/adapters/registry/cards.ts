/**
 * Model and data cards read at a git revision (not the work tree), so that registration, promotion and
 * the gate read exactly the committed content. Parsing is the cards module's (`parseCard`); only the
 * registry's keys are taken here: name, version, risk, signature, experiment.
 */
import { parseCard } from '../../core/cards/document.js';
import { allSections } from '../../core/cards/sections.js';
import { validateCardDocument } from '../../core/cards/validate.js';
import type { MlopsConfig } from '../../core/config/types.js';
import type { DeclaredVersion } from '../../core/registry/registration.js';
import { locate } from '../../core/yaml/index.js';
import type { Git } from '../git.js';
import { cardCandidates, cardTextAt } from './card-metadata.js';

/** A card as the registry needs it. */
export interface RegistryCard extends DeclaredVersion {
  /** The folder of the model or dataset. */
  folder: string;
  risk?: 'low' | 'medium' | 'high';
  experiment?: string;
  /** Error findings of the card validator, as short messages (empty: complete). */
  missing: string[];
}

/** Every configured model and dataset card at `rev` that declares a version (datasets as `data/{name}`). */
export async function cardsAt(git: Git, config: MlopsConfig, rev: string): Promise<RegistryCard[]> {
  const out: RegistryCard[] = [];
  for (const m of config.models) {
    const card = await readCard(git, rev, m.path, m.card, ['MODEL_CARD.md', 'README.md'], 'model', m.name);
    if (card) out.push({ ...card, risk: card.risk ?? m.risk });
  }
  for (const d of config.datasets) {
    const card = await readCard(git, rev, d.path, d.card, ['DATA_CARD.md', 'README.md'], 'data', `data/${d.name}`);
    if (card) out.push(card);
  }
  return out;
}

async function readCard(git: Git, rev: string, folder: string, explicit: string | undefined, names: string[], kind: 'model' | 'data', artifact: string): Promise<RegistryCard | undefined> {
  const card = await cardTextAt(git, rev, cardCandidates(folder, explicit, names));
  if (!card) return undefined;
  const doc = parseCard(card.text, card.path, kind, 'standard');
  const meta = doc.metadata;
  const version = meta.version;
  if (typeof version !== 'string' && typeof version !== 'number') return undefined;
  const risk = meta.risk === 'low' || meta.risk === 'medium' || meta.risk === 'high' ? meta.risk : undefined;
  return {
    artifact,
    kind,
    folder: folder.replace(/\/+$/, ''),
    version: String(version),
    cardPath: card.path,
    line: doc.source ? locate(doc.source, ['version']).line : undefined,
    signature: meta.signature,
    explainsChange: allSections(doc.sections).some((s) => /change/i.test(s.title)),
    risk,
    experiment: typeof meta.experiment === 'string' ? meta.experiment : undefined,
    missing: validateCardDocument(doc)
      .filter((f) => f.severity === 'error')
      .map((f) => f.message),
  };
}
