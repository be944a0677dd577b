/**
 * Cards at a git revision read through their front matter alone: what the registry decides from
 * (name, version, risk, signature, experiment) without the Markdown body, its sections or its
 * validation. Registration on a push that bumps no version, stage assignment, retention and
 * monitoring need nothing more; the full reader (cards.ts: `completeCard`, micromark and the card
 * schemas) runs only for the cards that need it, and loads only then.
 */
import type { MlopsConfig } from '../../core/config/types.js';
import { splitFrontMatter } from '../../core/cards/frontmatter.js';
import type { DeclaredVersion } from '../../core/registry/registration.js';
import { locate, parseYaml, type YamlSource } from '../../core/yaml/index.js';
import type { Git } from '../git.js';

/** Cards larger than this are not read (a card is text; anything bigger is a mistake). */
export const MAX_CARD_BYTES = 4 * 1024 * 1024;

/** A card as read from its metadata: what it declares, and its text for the full reader. */
export interface DeclaredCard extends Omit<DeclaredVersion, 'explainsChange'> {
  /** The folder of the model or dataset. */
  folder: string;
  risk?: 'low' | 'medium' | 'high';
  experiment?: string;
  /** The card's text (LF line ends). */
  text: string;
}

/** Where a model's or dataset's card may be, in order: the configured `card`, else `names` in its folder. */
export function cardCandidates(folder: string, explicit: string | undefined, names: string[]): string[] {
  const dir = folder.replace(/\/+$/, '');
  return explicit ? [explicit] : names.map((n) => (dir ? `${dir}/${n}` : n));
}

/** A card's text at `rev`: the first candidate that exists and is not too large. */
export async function cardTextAt(git: Git, rev: string, candidates: string[]): Promise<{ path: string; text: string } | undefined> {
  for (const candidate of candidates) {
    const bytes = await git.show(rev, candidate);
    if (!bytes || bytes.length > MAX_CARD_BYTES) continue;
    return { path: candidate, text: bytes.toString('utf8').replace(/\r\n?/g, '\n') };
  }
  return undefined;
}

/** A card's metadata ({} without front matter) and its YAML source, as the full reader reads them. */
export async function readMetadata(path: string, text: string, kind: 'model' | 'data'): Promise<{ metadata: Record<string, unknown>; source?: YamlSource }> {
  if (path.toLowerCase().endsWith('.json')) {
    // Model Card Toolkit JSON maps onto metadata through the full reader; rare enough to load it then.
    const { parseCard } = await import('../../core/cards/document.js');
    const doc = parseCard(text, path, kind, 'standard');
    return { metadata: doc.metadata, source: doc.source };
  }
  const split = splitFrontMatter(text, path);
  if (!split.found) return { metadata: {} };
  const parsed = parseYaml(split.yaml, path, { lineOffset: split.yamlLine - 1, expect: 'mapping', rulePrefix: 'card/yaml' });
  return { metadata: (parsed.value as Record<string, unknown> | undefined) ?? {}, source: parsed.source };
}

/** Where a model's card may be when the configuration names none, and a dataset's. */
const MODEL_CARDS = ['MODEL_CARD.md', 'README.md'];
const DATA_CARDS = ['DATA_CARD.md', 'README.md'];

/** Every configured model and dataset card at `rev` that declares a version (datasets as `data/{name}`). */
export async function declaredCardsAt(git: Git, config: MlopsConfig, rev: string): Promise<DeclaredCard[]> {
  const out: DeclaredCard[] = [];
  for (const m of config.models) {
    const card = await declaredModelCard(git, rev, m);
    if (card) out.push(card);
  }
  for (const d of config.datasets) {
    const card = await declaredCard(git, rev, d.path, d.card, DATA_CARDS, 'data', `data/${d.name}`);
    if (card) out.push(card);
  }
  return out;
}

/** The card of the configured model `name` at `rev`, when it declares a version. */
export async function declaredModelCardAt(git: Git, config: MlopsConfig, name: string, rev: string): Promise<DeclaredCard | undefined> {
  const m = config.models.find((x) => x.name === name);
  return m && declaredModelCard(git, rev, m);
}

async function declaredModelCard(git: Git, rev: string, m: MlopsConfig['models'][number]): Promise<DeclaredCard | undefined> {
  const card = await declaredCard(git, rev, m.path, m.card, MODEL_CARDS, 'model', m.name);
  return card && { ...card, risk: card.risk ?? m.risk };
}

async function declaredCard(git: Git, rev: string, folder: string, explicit: string | undefined, names: string[], kind: 'model' | 'data', artifact: string): Promise<DeclaredCard | undefined> {
  const card = await cardTextAt(git, rev, cardCandidates(folder, explicit, names));
  if (!card) return undefined;
  const { metadata: meta, source } = await readMetadata(card.path, card.text, kind);
  const version = meta.version;
  if (typeof version !== 'string' && typeof version !== 'number') return undefined;
  return {
    artifact,
    kind,
    folder: folder.replace(/\/+$/, ''),
    version: String(version),
    cardPath: card.path,
    line: source ? locate(source, ['version']).line : undefined,
    signature: meta.signature,
    risk: meta.risk === 'low' || meta.risk === 'medium' || meta.risk === 'high' ? meta.risk : undefined,
    experiment: typeof meta.experiment === 'string' ? meta.experiment : undefined,
    text: card.text,
  };
}
