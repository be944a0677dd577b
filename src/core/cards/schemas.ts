/** The card JSON Schemas, bundled with the code so validation needs no file access. */
import dataCard from '../../generated/validators/data-card.js';
import modelCard from '../../generated/validators/model-card.js';

/** A card schema: an object schema whose `properties` name every known key. */
export interface CardSchema {
  $id: string;
  properties: Record<string, unknown>;
}

export const modelCardSchema: CardSchema = modelCard;
export const dataCardSchema: CardSchema = dataCard;
