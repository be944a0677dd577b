/**
 * One card's metadata at a git revision, read through its front matter alone: for callers that need a
 * key or two (monitoring reads a model's `signature`) and not the Markdown body, its sections or its
 * validation. The full reader (cards.ts) parses the body with micromark and loads the card schemas;
 * this one costs a `git show` and a YAML parse, and keeps those ~250 KB out of the monitor's start-up.
 * Both find a card the same way (cardCandidates) and read the same metadata.
 */
import { splitFrontMatter } from '../../core/cards/frontmatter.js';
import { parseYaml } from '../../core/yaml/index.js';
import type { Git } from '../git.js';

/** Cards larger than this are not read (a card is text; anything bigger is a mistake). */
export const MAX_CARD_BYTES = 4 * 1024 * 1024;

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

/** The metadata of the card found at `rev` ({} when it has none), or undefined when there is no card. */
export async function cardMetadataAt(git: Git, rev: string, candidates: string[]): Promise<Record<string, unknown> | undefined> {
  const card = await cardTextAt(git, rev, candidates);
  if (!card) return undefined;
  if (card.path.toLowerCase().endsWith('.json')) {
    // Model Card Toolkit JSON maps onto metadata through the full reader; rare enough to load it then.
    const { parseCard } = await import('../../core/cards/document.js');
    return parseCard(card.text, card.path, 'model', 'standard').metadata;
  }
  const split = splitFrontMatter(card.text, card.path);
  if (!split.found) return {};
  const parsed = parseYaml(split.yaml, card.path, { lineOffset: split.yamlLine - 1, expect: 'mapping', rulePrefix: 'card/yaml' });
  return (parsed.value as Record<string, unknown> | undefined) ?? {};
}
