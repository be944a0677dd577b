import { describe, expect, test } from '@jest/globals';
import { editDistance, suggest, validateAgainstSchema } from '../../../src/core/schema/index.js';
import { parseYaml } from '../../../src/core/yaml/index.js';

const schema = {
  $id: 'https://example.test/schema-validate-test.json',
  type: 'object',
  additionalProperties: false,
  properties: {
    stages: { type: 'array', items: { type: 'string', enum: ['dev', 'staging', 'production'] } },
    policies: {
      type: 'object',
      additionalProperties: false,
      properties: {
        approvals: { type: 'integer', minimum: 0 },
        teams: { type: 'array', items: { type: 'string' } },
      },
    },
    models: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: {
          name: { type: 'string', description: 'Model name, used in tags.' },
          risk: { enum: ['low', 'medium', 'high'] },
        },
      },
    },
    health: {
      anyOf: [
        { type: 'string' },
        { type: 'object', additionalProperties: false, properties: { url: { type: 'string' } } },
      ],
    },
  },
};

function check(text: string) {
  const { value, source, findings } = parseYaml(text, '.github/mlops.yml', { expect: 'mapping' });
  expect(findings).toEqual([]);
  return validateAgainstSchema(schema, value, source, { rulePrefix: 'config', file: '.github/mlops.yml' });
}

describe('validateAgainstSchema', () => {
  test('returns no findings for a valid document', () => {
    expect(check('stages: [dev]\npolicies:\n  approvals: 1\n')).toEqual([]);
  });

  test('reports an unknown key on its line with a did-you-mean hint', () => {
    const findings = check('policies:\n  approvals: 1\n  tems: [a]\n');

    expect(findings).toEqual([
      {
        rule: 'config/unknown-key',
        severity: 'error',
        message: 'unknown key `tems` under `policies`',
        hint: 'did you mean `teams`?',
        file: '.github/mlops.yml',
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 7,
      },
    ]);
  });

  test('suggests the closest top-level key for a transposed typo', () => {
    const [finding] = check('stgaes: [dev]\n');

    expect(finding).toMatchObject({
      message: 'unknown key `stgaes` at the top level',
      hint: 'did you mean `stages`?',
      line: 1,
    });
  });

  test('lists the allowed keys when nothing is close', () => {
    const [finding] = check('policies:\n  zzzzzz: 1\n');

    expect(finding!.hint).toBe('allowed keys: `approvals`, `teams`');
  });

  test('names the list item and the allowed values for an enum error', () => {
    const [finding] = check('stages: [dev, staging, prodution]\n');

    expect(finding).toMatchObject({
      rule: 'config/enum',
      message: '`stages[2]` must be one of `dev`, `staging`, `production`, not `prodution`',
      hint: 'did you mean `production`?',
      line: 1,
      column: 24,
    });
  });

  test('reports a wrong type at the value', () => {
    const [finding] = check('policies:\n  approvals: two\n');

    expect(finding).toMatchObject({
      rule: 'config/type',
      message: '`policies.approvals` must be a whole number, not a string (`two`)',
      line: 2,
      column: 14,
    });
  });

  test('reports a missing required key at the mapping that lacks it', () => {
    const [finding] = check('models:\n  - risk: low\n');

    expect(finding).toMatchObject({
      rule: 'config/required',
      message: 'missing required key `name` in `models[0]`',
      hint: 'Model name, used in tags.',
      line: 2,
      column: 5,
    });
  });

  test('reports a range error with the limit', () => {
    const [finding] = check('policies:\n  approvals: -1\n');

    expect(finding).toMatchObject({
      rule: 'config/range',
      message: '`policies.approvals` must be >= 0, not `-1`',
      line: 2,
    });
  });

  test('speaks once for an anyOf whose value matches no branch type', () => {
    expect(check('health: 3\n')).toEqual([
      expect.objectContaining({
        rule: 'config/type',
        message: '`health` must be a string or a mapping, not a number (`3`)',
        line: 1,
      }),
    ]);
  });

  test('reports the errors inside the one anyOf branch of the right type', () => {
    expect(check('health:\n  ulr: http://x\n')).toEqual([
      expect.objectContaining({
        rule: 'config/unknown-key',
        message: 'unknown key `ulr` under `health`',
        hint: 'did you mean `url`?',
        line: 2,
      }),
    ]);
  });

  test('reports every error at once', () => {
    expect(check('stgaes: [dev]\npolicies:\n  approvals: x\n')).toHaveLength(2);
  });

  test('works without a YAML source, leaving the location out', () => {
    const findings = validateAgainstSchema(schema, { stages: [1] }, undefined, {
      rulePrefix: 'card',
      file: 'x.json',
    });

    expect(findings[0]).toMatchObject({ rule: 'card/type', file: 'x.json' });
    expect(findings[0]!.line).toBeUndefined();
  });
});

describe('suggest', () => {
  test('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('stgaes', 'stages')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  test('suggests nothing when every candidate is far', () => {
    expect(suggest('retention', ['stages', 'models'])).toBeUndefined();
    expect(suggest('modle', ['stages', 'models'])).toBe('models');
  });
});

describe('validateAgainstSchema on a document of the wrong shape', () => {
  test('names the document itself when the root has the wrong type', () => {
    const findings = validateAgainstSchema({ type: 'object' }, ['a'], undefined, {
      rulePrefix: 'x',
      file: 'f',
    });

    expect(findings).toEqual([
      expect.objectContaining({ rule: 'x/type', message: 'the document must be a mapping, not a list' }),
    ]);
  });
});
