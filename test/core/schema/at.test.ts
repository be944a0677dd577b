import { describe, expect, test } from '@jest/globals';
import contractSchema from '../../../src/generated/validators/data-contract.js';
import { validateAgainstSchema } from '../../../src/core/schema/index.js';
import { parseYaml } from '../../../src/core/yaml/index.js';

function card(text: string) {
  const { value, source, findings } = parseYaml(text, 'DATA_CARD.md', { expect: 'mapping' });
  expect(findings).toEqual([]);
  return { value, source };
}

const opts = { rulePrefix: 'contract', file: 'DATA_CARD.md' };
/** The schema nested under `schema:` the way a JSON Schema says it: what `at` must equal. */
const nested = { type: 'object', properties: { schema: { $ref: contractSchema.$id } } };

describe('validating part of a document (at)', () => {
  test('reports the part’s errors on the document’s lines, as the schema nested at that key would', () => {
    const { value, source } = card('name: customers\nschema:\n  columns:\n    - name: id\n      type: 42\n    - type: string\n');

    const findings = validateAgainstSchema(contractSchema, value, source, { ...opts, at: ['schema'] });

    expect(findings.length).toBeGreaterThan(1);
    expect(findings).toEqual(validateAgainstSchema(nested, value, source, opts));
    expect(findings[0]).toMatchObject({ line: 5, message: expect.stringContaining('`schema.columns[0].type`') });
  });

  test('checks nothing when the part is absent', () => {
    const { value, source } = card('name: customers\n');

    expect(validateAgainstSchema(contractSchema, value, source, { ...opts, at: ['schema'] })).toEqual([]);
  });

  test('reports a part of the wrong type at its key', () => {
    const { value, source } = card('name: customers\nschema: [a]\n');

    const findings = validateAgainstSchema(contractSchema, value, source, { ...opts, at: ['schema'] });

    expect(findings).toEqual(validateAgainstSchema(nested, value, source, opts));
    expect(findings[0]).toMatchObject({ line: 2 });
  });
});
