import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Finding } from '../../../src/core/finding.js';
import { renderJson, reportJson } from '../../../src/core/report/json.js';
import { commentMarker, hasMarker } from '../../../src/core/report/marker.js';
import type { Report } from '../../../src/core/report/model.js';
import { renderText } from '../../../src/core/report/text.js';

const findings: Finding[] = [
  {
    rule: 'card/todo',
    severity: 'warning',
    message: 'TODO left in intended use',
    file: 'models/m/MODEL_CARD.md',
    line: 12,
  },
  {
    rule: 'config/unknown-key',
    severity: 'error',
    message: "unknown key 'stgaes'",
    file: '.github/mlops.yml',
    line: 3,
    column: 1,
    hint: "did you mean 'stages'?",
  },
];
const report: Report = {
  purpose: 'check',
  title: 'MLOps check',
  findings,
  blocks: [
    {
      kind: 'chart',
      mermaid: 'pie\n "a": 1',
      fallback: {
        headers: ['run', 'auc'],
        rows: [
          ['baseline', '0.81'],
          ['new', '0.9'],
        ],
        align: ['left', 'right'],
      },
    },
    { kind: 'details', summary: 'Config', blocks: [{ kind: 'code', text: 'stages: [dev]' }] },
  ],
};

describe('renderText', () => {
  it('prints one compiler-style line per finding, errors first, with the hint below', () => {
    const text = renderText(report);
    expect(text.split('\n').slice(0, 6)).toEqual([
      'MLOps check',
      '1 error, 1 warning',
      '',
      ".github/mlops.yml:3:1: error: unknown key 'stgaes' [config/unknown-key]",
      "  hint: did you mean 'stages'?",
      'models/m/MODEL_CARD.md:12: warning: TODO left in intended use [card/todo]',
    ]);
  });

  it('shows a chart as its data table with numbers aligned right', () => {
    expect(renderText(report)).toContain('run        auc\n--------  ----\nbaseline  0.81\nnew        0.9\n');
  });

  it('aligns columns by characters, not UTF-16 units, and keeps a multi-line cell on one line', () => {
    const table = { kind: 'table' as const, table: { headers: ['name', 'note'], rows: [['🙂x', 'a\n b'], ['abc', 'c']] } };
    const text = renderText({ ...report, findings: [], blocks: [table] });
    expect(text).toContain('name  note\n----  ----\n🙂x    a b\nabc   c\n');
  });

  it('colours only when asked', () => {
    expect(renderText(report)).not.toContain('\x1b[');
    expect(renderText(report, { color: true })).toContain('\x1b[31merror\x1b[39m');
  });
});

describe('renderJson', () => {
  it('writes a versioned shape with counts and sorted findings', () => {
    const json = reportJson(report);
    expect(json.schemaVersion).toBe(1);
    expect(json.counts).toEqual({ error: 1, warning: 1, notice: 0, total: 2 });
    expect(json.findings.map((f) => f.rule)).toEqual(['config/unknown-key', 'card/todo']);
  });

  it('matches its published JSON Schema, and the schema rejects a finding without a rule', () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../../schemas/report.schema.json', import.meta.url), 'utf8'),
    );
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    expect(validate(JSON.parse(renderJson(report)))).toBe(true);
    const broken = JSON.parse(renderJson(report));
    delete broken.findings[0].rule;
    expect(validate(broken)).toBe(false);
  });

  it('is byte-identical for the same findings in any order', () => {
    expect(renderJson({ ...report, findings: [...findings].reverse() })).toBe(renderJson(report));
    expect(JSON.parse(renderJson(report))).toEqual(JSON.parse(JSON.stringify(reportJson(report))));
  });
});

describe('comment marker', () => {
  it('names the workflow and purpose, and cannot be closed early by a workflow name', () => {
    expect(commentMarker('CI', 'check')).toBe('<!-- mlops:CI:check -->');
    expect(commentMarker('a --> b: <x>', 'check')).toBe('<!-- mlops:a -_ b_ _x_:check -->');
  });

  it('is found only on a line of its own', () => {
    const marker = commentMarker('CI', 'check');
    expect(hasMarker(`${marker}\n## MLOps check`, marker)).toBe(true);
    expect(hasMarker(`see ${marker} above`, marker)).toBe(false);
  });
});
