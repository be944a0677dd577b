/**
 * Model and data cards read at a git revision (not the work tree), so that registration, promotion and
 * the gate read exactly the committed content. What a card declares comes from its front matter
 * (card-metadata.ts); completing a card parses its Markdown with the cards module (`parseCard`) and
 * validates it, for the callers that judge it: whether a change is explained, whether it is complete.
 */
import { parseCard } from '../../core/cards/document.js';
import { allSections } from '../../core/cards/sections.js';
import { validateCardDocument } from '../../core/cards/validate.js';
import type { MlopsConfig } from '../../core/config/types.js';
import type { Git } from '../git.js';
import { type DeclaredCard, declaredCardsAt } from './card-metadata.js';

/** A card as the registry judges it. */
export interface RegistryCard extends DeclaredCard {
  /** True when the card has a section that explains the change. */
  explainsChange: boolean;
  /** Error findings of the card validator, as short messages (empty: complete). */
  missing: string[];
}

/** Every configured model and dataset card at `rev` that declares a version, complete (datasets as `data/{name}`). */
export async function cardsAt(git: Git, config: MlopsConfig, rev: string): Promise<RegistryCard[]> {
  return (await declaredCardsAt(git, config, rev)).map(completeCard);
}

/** A declared card with its body read and validated. */
export function completeCard(card: DeclaredCard): RegistryCard {
  const doc = parseCard(card.text, card.cardPath, card.kind, 'standard');
  return {
    ...card,
    explainsChange: allSections(doc.sections).some((s) => /change/i.test(s.title)),
    missing: validateCardDocument(doc)
      .filter((f) => f.severity === 'error')
      .map((f) => f.message),
  };
}
