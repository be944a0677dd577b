/**
 * `mlops init card` templates: every key and section the standard profile requires, with `TODO`
 * placeholders that the placeholder rule reports until they are filled in.
 */
import { modelCardSchema, dataCardSchema } from './schemas.js';
import { DATA_SECTIONS, MODEL_SECTIONS } from './profiles.js';

const SECTION_PROMPTS: Record<string, string> = {
  'model-details': 'TODO: what the model is (architecture, inputs, outputs), who built it and when.',
  'intended-use': 'TODO: the primary uses and users this model is meant for.',
  'out-of-scope-use': 'TODO: uses the model must not be put to, and why.',
  limitations: 'TODO: known limitations, failure modes and risks.',
  'training-data': 'TODO: the datasets used for training, with versions (`name@v1.0.0`).',
  evaluation: 'TODO: metrics, baseline, cross-validation and holdout results.',
  'ethical-considerations': 'TODO: ethical considerations, affected groups, mitigations.',
  motivation: 'TODO: why the dataset was created and for which task.',
  composition: 'TODO: what an instance is, how many there are, the columns and their meaning.',
  collection: 'TODO: how, when and from where the data was collected.',
  preprocessing: 'TODO: cleaning, labelling and other processing applied.',
  uses: 'TODO: what the dataset may and may not be used for.',
  distribution: 'TODO: license, access and how it is shared.',
  maintenance: 'TODO: who maintains it, how to report issues, how versions are made.',
};

/** A model card for `name` that passes the standard profile once every TODO is replaced. */
export function modelCardTemplate(name: string): string {
  return [
    '---',
    `# yaml-language-server: $schema=${modelCardSchema.$id}`,
    `name: ${name}`,
    'version: 0.1.0',
    '# low | medium | high (high also requires a "Fairness Assessment" section)',
    'risk: low',
    'owners:',
    '  - "@TODO"',
    '# experiment: exp/TODO        # the experiment tag that produced this model',
    '# datasets: [TODO@v1.0.0]     # data cards used for training, with versions',
    'signature:',
    '  inputs:',
    '    - { name: TODO, type: TODO }',
    '  outputs:',
    '    - { name: TODO, type: TODO }',
    'intended_use: TODO',
    '---',
    '',
    `# Model Card: ${name}`,
    '',
    ...MODEL_SECTIONS.flatMap((s) => [`## ${s.title}`, '', SECTION_PROMPTS[s.id] ?? 'TODO', '']),
  ].join('\n');
}

/** A data card for `name` that passes the standard profile once every TODO is replaced. */
export function dataCardTemplate(name: string): string {
  return [
    '---',
    `# yaml-language-server: $schema=${dataCardSchema.$id}`,
    `name: ${name}`,
    'version: 0.1.0',
    'owners:',
    '  - "@TODO"',
    '# files: paths relative to this folder; `sha256sum FILE` and `wc -l` give the numbers',
    'files: []',
    '#  - { path: train.csv, sha256: <64 hex digits>, bytes: 0, rows: 0 }',
    'schema:',
    '  columns: []',
    '#    - { name: id, type: integer }',
    'lineage:',
    '  source: TODO',
    'pii: false',
    '---',
    '',
    `# Data Card: ${name}`,
    '',
    ...DATA_SECTIONS.flatMap((s) => [`## ${s.title}`, '', SECTION_PROMPTS[s.id] ?? 'TODO', '']),
  ].join('\n');
}
