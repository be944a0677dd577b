import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseCard } from '../../../src/core/cards/document.js';
import type { CardKind, Profile } from '../../../src/core/cards/profiles.js';
import { cardRules } from '../../../src/core/cards/rules.js';
import { dataCardTemplate, modelCardTemplate } from '../../../src/core/cards/templates.js';
import { validateCardDocument } from '../../../src/core/cards/validate.js';

const check = (text: string, kind: CardKind = 'model', profile: Profile = 'standard', file = 'models/m/MODEL_CARD.md') =>
  validateCardDocument(parseCard(text, file, kind, profile));
const rules = (findings: ReturnType<typeof check>) => findings.map((f) => `${f.rule}@${f.line}`);

/** The template with every TODO replaced by text. */
function filled(template: string): string {
  return template.replace(/"@TODO"/g, '"@ml-team"').replace(/TODO@v1\.0\.0/g, 'x@v1.0.0').replace(/TODO:?/g, 'Written').replace(/exp\/Written/g, 'exp/x');
}

describe('templates written by `mlops init card`', () => {
  test('fail the standard profile while placeholders are left in', () => {
    const findings = check(modelCardTemplate('churn'));
    expect(findings.filter((f) => f.rule === 'card/placeholder').length).toBeGreaterThan(5);
  });

  test('pass the standard profile once every placeholder is filled (model and data)', () => {
    expect(check(filled(modelCardTemplate('churn')))).toEqual([]);
    expect(check(filled(dataCardTemplate('customers')), 'data', 'standard', 'data/customers/DATA_CARD.md')).toEqual([]);
  });
});

describe('front matter against the schema', () => {
  test('reports the exact card line of a bad value', () => {
    const text = '---\nname: churn\nversion: 1.0\nrisk: extreme\nowners: ["@a"]\n---\n';
    const f = check(text).filter((x) => x.rule.startsWith('card/metadata/'));
    expect(f.map((x) => `${x.rule}@${x.line}`)).toEqual(expect.arrayContaining(['card/metadata/type@3', 'card/metadata/enum@4']));
  });

  test('model-index needs name, results, task.type, dataset type and name, metric type and value', () => {
    const text = ['---', 'model-index:', '- name: m', '  results:', '  - task: {}', '    dataset: {name: d}', '    metrics:', '    - type: acc', '---', 'text'].join('\n');
    const messages = check(text, 'model', 'huggingface').map((f) => f.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('`type` in `model-index[0].results[0].task`'),
        expect.stringContaining('`type` in `model-index[0].results[0].dataset`'),
        expect.stringContaining('`value` in `model-index[0].results[0].metrics[0]`'),
      ]),
    );
  });

  test('front matter that is a YAML list is an error, and the card is still read', () => {
    expect(rules(check('---\n- a\n- b\n---\n# T\n', 'model', 'huggingface'))).toContain('card/yaml/not-a-mapping@2');
  });

  test('a version that is not semver names the key', () => {
    const f = check('---\nname: m\nversion: v1\nrisk: low\nowners: ["@a"]\n---\n').find((x) => x.rule === 'card/metadata/format');
    expect(f).toMatchObject({ line: 3 });
  });

  test('license `other` without license_name and license_link is a warning; a license list is accepted', () => {
    expect(rules(check('---\nlicense: other\n---\ntext\n', 'model', 'huggingface'))).toEqual(['card/license-other@2']);
    expect(check('---\nlicense: [mit, apache-2.0]\n---\ntext\n', 'model', 'huggingface')).toEqual([]);
  });

  test('misspelt keys get a "did you mean", legacy keys a notice', () => {
    const f = check('---\nlicence: mit\nlanguages: [en]\n---\ntext\n', 'data', 'huggingface');
    expect(f.map((x) => [x.rule, x.hint])).toEqual([
      ['card/unknown-key', 'did you mean `license`?'],
      ['card/legacy-key', 'use `language`'],
    ]);
  });

  test('`{placeholder}` values of the annotated Hub spec are one placeholder finding, not type errors', () => {
    const f = check('---\nlanguage:\n- {lang_0}\nlicense: {license}\n---\ntext\n', 'data', 'huggingface');
    expect(rules(f)).toEqual(['card/placeholder@3']);
  });
});

describe('required sections', () => {
  const meta = '---\nname: m\nversion: 1.0.0\nrisk: RISK\nowners: ["@a"]\n---\n';
  const body = ['# M', '## Model Details', 'x', '## Uses', 'x', '### Out-of-Scope Use', 'x', '## Bias, Risks, and Limitations', 'x', '## Training Details', 'x', '## Evaluation', 'x', '## Ethical Considerations', ''].join('\n\n');

  test('synonyms from the Hub template satisfy the standard sections; an empty one is reported at its heading', () => {
    const f = check(meta.replace('RISK', 'low') + body);
    expect(rules(f)).toEqual([expect.stringMatching(/^card\/empty-section@\d+$/)]);
    expect(f[0]?.message).toContain('Ethical Considerations');
  });

  test('risk: high requires a fairness assessment', () => {
    const f = check(meta.replace('RISK', 'high') + body.replace('## Ethical Considerations', '## Ethical Considerations\n\nok'));
    expect(f.map((x) => x.message)).toEqual(['missing section "Fairness Assessment"']);
  });

  test('configured required sections replace the profile list', () => {
    const doc = parseCard(meta.replace('RISK', 'low') + '## Summary\n\ntext\n', 'm.md', 'model', 'standard');
    expect(validateCardDocument(doc, { requiredSections: ['Summary'] })).toEqual([]);
    expect(validateCardDocument(doc, { requiredSections: ['Caveats'] }).map((f) => f.message)).toEqual(['missing section "Caveats"']);
  });

  test('the huggingface profile asks for no sections but reports an empty body', () => {
    expect(rules(check('---\nlicense: mit\n---\n'))).toContain('card/empty-body@4');
    expect(check('---\nlicense: mit\n---\n', 'model', 'huggingface').map((f) => f.rule)).toEqual(['card/empty-body']);
  });
});

describe('Google Model Card Toolkit JSON', () => {
  test('is mapped onto the card model, with section lines pointing at the JSON fields', () => {
    const mct = {
      model_details: { name: 'Churn Model', overview: 'Predicts churn.', version: { name: 'v1.2.0' }, owners: [{ name: 'ML', contact: '@ml' }], licenses: [{ identifier: 'MIT' }] },
      model_parameters: { data: [{ name: 'customers' }] },
      quantitative_analysis: { performance_metrics: [{ type: 'accuracy', value: 0.9 }] },
      considerations: { use_cases: [{ description: 'retention' }], limitations: [{ description: 'x' }], ethical_considerations: [{ name: 'y', mitigation_strategy: 'z' }], out_of_scope_uses: [{ description: 'credit' }] },
    };
    const doc = parseCard(JSON.stringify(mct, null, 2), 'models/churn/model_card.json', 'model', 'standard');
    expect(doc.metadata).toMatchObject({ name: 'churn-model', version: '1.2.0', owners: ['@ml'], license: 'mit' });
    const f = validateCardDocument(doc);
    expect(f.map((x) => x.message)).toEqual(['missing `risk`, which the standard profile requires']);
  });

  test('JSON that is not a Model Card Toolkit card is reported', () => {
    expect(check('{"a": 1}', 'model', 'standard', 'm/model_card.json').map((f) => f.rule)).toContain('card/unreadable');
  });
});

describe('documentation', () => {
  test('docs/cards.md lists every card rule', () => {
    const docs = readFileSync(new URL('../../../docs/cards.md', import.meta.url), 'utf8');
    expect(cardRules().map((r) => r.id).filter((id) => !docs.includes(`\`${id}\``))).toEqual([]);
  });
});
