import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import contractSchema from '../../../schemas/data-contract.schema.json' with { type: 'json' };
import { FIELD_TYPES, normaliseContract } from '../../../src/core/data/contract.js';
import { checkSpec, fieldTypeOf, inRange } from '../../../src/core/data/catalog.js';
import { aggregateQuery } from '../../../src/core/data/plan.js';
import { validateAgainstSchema } from '../../../src/core/schema/index.js';
import { parseYaml } from '../../../src/core/yaml/index.js';

const columns = [
  { name: 'age', type: 'VARCHAR' },
  { name: 'x"y', type: 'VARCHAR' },
];

describe('data contract format', () => {
  it('accepts a GX 1.x suite and a GX 0.18 suite as they are', () => {
    const v1 = normaliseContract(
      {
        name: 's',
        expectations: [
          { type: 'expect_column_values_to_not_be_null', kwargs: { column: 'age' }, meta: { notes: 'x' } },
        ],
      },
      's.json',
    );
    const v018 = normaliseContract(
      {
        expectation_suite_name: 's',
        expectations: [
          { expectation_type: 'expect_column_values_to_not_be_null', kwargs: { column: 'age' } },
        ],
      },
      's.json',
    );
    expect(v1.expectations.map((e) => [e.type, e.kwargs, e.path])).toEqual([
      ['expect_column_values_to_not_be_null', { column: 'age' }, ['expectations', 0]],
    ]);
    expect(v018.expectations[0]!.type).toBe(v1.expectations[0]!.type);
    for (const suite of [
      {
        name: 's',
        expectations: [{ type: 'expect_column_values_to_not_be_null', kwargs: { column: 'a' }, id: 'abc' }],
      },
      {
        expectation_suite_name: 's',
        data_asset_type: null,
        expectations: [
          { expectation_type: 'expect_table_row_count_to_be_between', kwargs: { min_value: 1 } },
        ],
      },
    ]) {
      expect(
        validateAgainstSchema(contractSchema, suite, undefined, { rulePrefix: 'contract', file: 's.json' }),
      ).toEqual([]);
    }
  });

  it('turns Frictionless constraints into GX expectations that remember their YAML key', () => {
    const c = normaliseContract(
      {
        columns: [
          {
            name: 'age',
            type: 'integer',
            constraints: { required: true, exclusiveMinimum: 0, maximum: 120, pattern: '\\d+' },
          },
        ],
      },
      'c.yml',
    );
    expect(c.expectations.map((e) => [e.type, e.path.join('.')])).toEqual([
      ['expect_column_to_exist', 'columns.0.name'],
      ['expect_column_values_to_be_of_type', 'columns.0.type'],
      ['expect_column_values_to_not_be_null', 'columns.0.constraints.required'],
      ['expect_column_values_to_be_between', 'columns.0.constraints.exclusiveMinimum'],
      ['expect_column_values_to_match_regex', 'columns.0.constraints.pattern'],
    ]);
    expect(c.expectations[3]!.kwargs).toEqual({
      column: 'age',
      min_value: 0,
      max_value: 120,
      strict_min: true,
      strict_max: false,
    });
  });

  it('reports an unknown Frictionless type at its line', () => {
    const text = 'columns:\n  - name: a\n    type: integr\n';
    const parsed = parseYaml(text, 'c.yml');
    const findings = validateAgainstSchema(contractSchema, parsed.value, parsed.source, {
      rulePrefix: 'contract',
      file: 'c.yml',
    });
    expect(findings.map((f) => [f.rule.startsWith('contract/'), f.line])).toEqual([[true, 3]]);
  });

  it('binds every contract value as a parameter and quotes identifiers', () => {
    const e = {
      type: 'expect_column_values_to_be_in_set',
      kwargs: { column: 'x"y', value_set: ["'; DROP TABLE t; --"] },
      path: [],
    };
    const q = aggregateQuery('data', [{ index: 0, expectation: e, spec: checkSpec(e, columns) }]);
    expect(q.sql).toContain('"x""y"');
    expect(q.sql).not.toContain('DROP');
    expect(q.params).toEqual(["'; DROP TABLE t; --"]);
  });

  it('refuses unsupported expectations and missing columns without SQL', () => {
    expect(
      checkSpec(
        { type: 'expect_column_kl_divergence_to_be_less_than', kwargs: { column: 'age' }, path: [] },
        columns,
      ),
    ).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/unsupported/) });
    expect(
      checkSpec(
        { type: 'expect_column_values_to_not_be_null', kwargs: { column: 'nope' }, path: [] },
        columns,
      ),
    ).toMatchObject({ kind: 'invalid', missingColumn: 'nope' });
    expect(
      checkSpec({ type: 'expect_column_values_to_be_between', kwargs: { column: 'age' }, path: [] }, columns),
    ).toMatchObject({ kind: 'invalid' });
  });

  it("follows GX's strict_min / strict_max and unbounded ends", () => {
    expect(inRange(0, { min_value: 0, strict_min: true })).toBe(false);
    expect(inRange(0, { min_value: 0 })).toBe(true);
    expect(inRange(5, { max_value: null, min_value: 1 })).toBe(true);
    expect(inRange(null, { min_value: 1 })).toBe(false);
  });

  it('maps GX, pandas and SQL type names onto Frictionless types', () => {
    expect(['int64', 'INTEGER', 'float64', 'str', 'bool', 'datetime64[ns]', 'DATE'].map(fieldTypeOf)).toEqual(
      ['integer', 'integer', 'number', 'string', 'boolean', 'datetime', 'date'],
    );
    expect(fieldTypeOf('geometry')).toBeUndefined();
  });

  it('documents exactly the Frictionless types the engine checks', () => {
    const schema = JSON.parse(readFileSync('schemas/data-contract.schema.json', 'utf8')) as {
      $defs: { column: { properties: { type: { enum: string[] } } } };
    };
    expect(schema.$defs.column.properties.type.enum).toEqual([...FIELD_TYPES]);
  });
});
