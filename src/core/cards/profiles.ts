/**
 * Which sections a card must have, per profile. `standard` follows Mitchell et al., "Model Cards for
 * Model Reporting" (2019) and Gebru et al., "Datasheets for Datasets" (2021); `huggingface` asks
 * only what the Hub itself checks (metadata) plus a non-empty body. Headings match by normalised text
 * (see normaliseHeading) against the synonyms below, which cover the Hub templates
 * (huggingface_hub `modelcard_template.md`, `datasetcard_template.md`) and the classic cards.
 */
import type { Section } from './sections.js';
import { allSections, hasContent, normaliseHeading } from './sections.js';

export type CardKind = 'model' | 'data';
export type Profile = 'standard' | 'huggingface';
export const PROFILES: readonly Profile[] = ['standard', 'huggingface'];

export interface SectionRequirement {
  id: string;
  /** The heading a template writes. */
  title: string;
  /** Normalised phrases: a heading matches when it equals one or contains it as whole words. */
  phrases: string[];
  /** Normalised headings that match only exactly (short, generic words). */
  exact?: string[];
}

export const MODEL_SECTIONS: SectionRequirement[] = [
  { id: 'model-details', title: 'Model Details', phrases: ['model details', 'model description', 'model information', 'model summary', 'model overview'], exact: ['details', 'overview', 'description', 'summary'] },
  { id: 'intended-use', title: 'Intended Use', phrases: ['intended use', 'intended uses', 'direct use', 'use cases', 'primary intended uses', 'uses'], exact: ['usage'] },
  { id: 'out-of-scope-use', title: 'Out-of-Scope Use', phrases: ['out of scope', 'misuse', 'not intended', 'prohibited uses'] },
  { id: 'limitations', title: 'Limitations', phrases: ['limitations', 'caveats', 'known issues', 'risks'] },
  { id: 'training-data', title: 'Training Data', phrases: ['training data', 'training dataset', 'training datasets', 'training details', 'data'], exact: ['training', 'dataset', 'datasets'] },
  { id: 'evaluation', title: 'Evaluation', phrases: ['evaluation', 'performance', 'results', 'metrics', 'benchmarks'] },
  { id: 'ethical-considerations', title: 'Ethical Considerations', phrases: ['ethical considerations', 'ethics', 'ethical', 'broader impact', 'broader impacts', 'societal impact', 'responsible ai'] },
];

/** Required in addition when the model card says `risk: high` (SPEC §7: a fairness report for high risk). */
export const FAIRNESS_SECTION: SectionRequirement = {
  id: 'fairness-assessment',
  title: 'Fairness Assessment',
  phrases: ['fairness', 'disaggregated', 'bias assessment', 'bias evaluation', 'bias analysis'],
};

export const DATA_SECTIONS: SectionRequirement[] = [
  { id: 'motivation', title: 'Motivation', phrases: ['motivation', 'curation rationale', 'dataset summary', 'dataset description', 'purpose'] },
  { id: 'composition', title: 'Composition', phrases: ['composition', 'dataset structure', 'data fields', 'data instances', 'data splits', 'schema'] },
  { id: 'collection', title: 'Collection Process', phrases: ['collection', 'source data', 'dataset creation', 'data sources'] },
  { id: 'preprocessing', title: 'Preprocessing', phrases: ['preprocessing', 'processing', 'cleaning', 'labeling', 'annotations', 'normalization'] },
  { id: 'uses', title: 'Uses', phrases: ['uses', 'intended use', 'considerations for using the data', 'use cases', 'supported tasks'] },
  { id: 'distribution', title: 'Distribution', phrases: ['distribution', 'licensing', 'license', 'access'] },
  { id: 'maintenance', title: 'Maintenance', phrases: ['maintenance', 'maintainers', 'dataset curators', 'contact', 'updates'] },
];

/**
 * The requirements for a card under a profile. `replace` (`cards.required_sections` in
 * .github/mlops.yml) replaces the profile's list; a title that names a built-in requirement keeps its
 * synonyms, any other title is matched literally. `risk: high` always adds the fairness assessment.
 */
export function requiredSections(kind: CardKind, profile: Profile, risk: unknown, replace?: readonly string[]): SectionRequirement[] {
  const builtIn = kind === 'model' ? [...MODEL_SECTIONS, FAIRNESS_SECTION] : DATA_SECTIONS;
  let base: SectionRequirement[];
  if (replace) {
    base = replace.map((title) => {
      const key = normaliseHeading(title);
      return builtIn.find((r) => normaliseHeading(r.title) === key || r.id === key.replace(/ /g, '-')) ?? { id: key.replace(/ /g, '-'), title, phrases: [key] };
    });
  } else if (profile === 'huggingface') {
    base = [];
  } else {
    base = kind === 'model' ? [...MODEL_SECTIONS] : [...DATA_SECTIONS];
  }
  if (kind === 'model' && risk === 'high' && !base.includes(FAIRNESS_SECTION)) base.push(FAIRNESS_SECTION);
  return base;
}

/** True when a normalised heading matches a requirement. */
export function matches(key: string, req: SectionRequirement): boolean {
  if (req.exact?.includes(key)) return true;
  const padded = ` ${key} `;
  return req.phrases.some((p) => padded.includes(` ${p} `));
}

export interface SectionCheck {
  requirement: SectionRequirement;
  /** The matching sections in document order; empty when missing. */
  found: Section[];
  /** True when at least one match (or its subsections) has content. */
  filled: boolean;
}

/** Matches every requirement against the section tree in one pass over the sections. */
export function checkSections(root: Section, reqs: readonly SectionRequirement[]): SectionCheck[] {
  const sections = allSections(root);
  return reqs.map((requirement) => {
    const found = sections.filter((s) => matches(s.key, requirement));
    return { requirement, found, filled: found.some(hasContent) };
  });
}
