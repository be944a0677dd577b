import { describe, expect, test } from '@jest/globals';
import { defaultConfig, parseConfig, projectName } from '../../../src/core/config/index.js';

const FILE = '.github/mlops.yml';

function rules(text: string): Array<[string, number | undefined]> {
  return parseConfig(text, FILE).findings.map((f) => [f.rule, f.line]);
}

describe('parseConfig', () => {
  test('an empty file gives the defaults and no findings', () => {
    const { config, findings } = parseConfig('', FILE, { project: 'churn-model' });

    expect(findings).toEqual([]);
    expect(config).toEqual(defaultConfig('churn-model'));
    expect(config.stages).toEqual(['dev', 'staging', 'production']);
    expect(config.release_branch_prefix).toBe('release/');
    expect(config.project).toBe('churn-model');
  });

  test('fills a promotion and deploy policy for every stage, each entered from the previous one', () => {
    const { config } = parseConfig('stages: [dev, prod]\npromotion:\n  prod:\n    approvals: 2\n', FILE);

    expect(config.promotion.dev).toMatchObject({ approvals: 1, from: undefined });
    expect(config.promotion.prod).toMatchObject({
      approvals: 2,
      from: 'dev',
      require_card_complete: true,
      high_risk_extra_approvals: 1,
    });
    expect(config.deploy.prod).toMatchObject({
      strategy: 'direct',
      environment: 'prod',
      rollback: true,
      health: { duration: '5m', interval: '30s' },
    });
  });

  test('gives canary deployments their default traffic steps', () => {
    const { config } = parseConfig('deploy:\n  production:\n    strategy: canary\n', FILE);

    expect(config.deploy.production!.steps).toEqual([10, 50, 100]);
  });

  test('keeps valid values, reports a typo with a hint on its line, and defaults what was wrong', () => {
    const text = [
      'project: churn',
      'stgaes: [dev, prod]',
      'drift:',
      '  thresholds:',
      '    p_value: 2',
      '',
    ].join('\n');

    const { config, findings } = parseConfig(text, FILE);

    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'config/unknown-key',
        line: 2,
        column: 1,
        hint: 'did you mean `stages`?',
      }),
      expect.objectContaining({
        rule: 'config/range',
        line: 5,
        message: '`drift.thresholds.p_value` must be <= 1, not `2`',
      }),
    ]);
    expect(config.project).toBe('churn');
    expect(config.stages).toEqual(['dev', 'staging', 'production']);
    expect(config.drift.thresholds.p_value).toBe(0.05);
  });

  test('reports a misspelt enum value with the allowed values and a suggestion', () => {
    const { config, findings } = parseConfig(
      'models:\n  - name: churn\n    path: models/churn\n    risk: hgih\n',
      FILE,
    );

    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'config/enum',
        line: 4,
        column: 11,
        message: '`models[0].risk` must be one of `low`, `medium`, `high`, not `hgih`',
        hint: 'did you mean `high`?',
      }),
    ]);
    expect(config.models).toEqual([{ name: 'churn', path: 'models/churn', risk: 'medium' }]);
  });

  test('drops a model missing its path and says which key is missing', () => {
    const { config, findings } = parseConfig('models:\n  - name: a\n    path: m/a\n  - name: b\n', FILE);

    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'config/required',
        line: 4,
        message: 'missing required key `path` in `models[1]`',
      }),
    ]);
    expect(config.models.map((m) => m.name)).toEqual(['a']);
  });

  test('reports a duplicate model name at the second one', () => {
    const text = 'models:\n  - name: churn\n    path: a\n  - name: churn\n    path: b\n';

    expect(parseConfig(text, FILE).findings).toEqual([
      expect.objectContaining({
        rule: 'config/duplicate-name',
        line: 4,
        column: 11,
        message: 'model `churn` is declared twice (first on line 2)',
      }),
    ]);
  });

  test('reports a promotion rule for a stage that does not exist', () => {
    const findings = parseConfig('promotion:\n  prodution:\n    approvals: 2\n', FILE).findings;

    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'config/unknown-stage',
        line: 2,
        column: 3,
        hint: 'did you mean `production`?',
      }),
    ]);
  });

  test('reports `from` that does not precede its stage', () => {
    const text = 'promotion:\n  staging:\n    from: production\n';

    expect(parseConfig(text, FILE).findings).toEqual([
      expect.objectContaining({ rule: 'config/stage-order', line: 3, column: 11 }),
    ]);
  });

  test('reports paths that leave the repository', () => {
    const text = 'models:\n  - name: a\n    path: ../../etc\ndatasets:\n  - name: d\n    path: /data\n';

    expect(rules(text)).toEqual([
      ['config/path-outside-repo', 3],
      ['config/path-outside-repo', 6],
    ]);
  });

  test('accepts paths that only climb inside the repository', () => {
    expect(rules('models:\n  - name: a\n    path: models/../models/a\n')).toEqual([]);
  });

  test('reports a stage name that cannot be a branch suffix', () => {
    expect(parseConfig('stages: [dev, Prod Stage]\n', FILE).findings[0]).toMatchObject({
      rule: 'config/format',
      line: 1,
      column: 15,
    });
  });

  test('warns when the primary metric is not among the configured metrics', () => {
    const text = 'evaluation:\n  metrics:\n    accuracy: {min: 0.8}\n  primary_metric: acuracy\n';

    expect(parseConfig(text, FILE).findings).toEqual([
      expect.objectContaining({
        rule: 'config/unknown-metric',
        severity: 'warning',
        line: 4,
        hint: 'did you mean `accuracy`?',
      }),
    ]);
  });

  test('reports a wrong version', () => {
    expect(rules('version: 2\n')).toEqual([['config/enum', 1]]);
  });
});

describe('parseConfig on hostile input', () => {
  test('malformed YAML gives a syntax finding and the defaults', () => {
    const { config, findings } = parseConfig('project: a\nstages: [dev\n', FILE);

    expect(findings[0]).toMatchObject({ rule: 'config/syntax', file: FILE });
    expect(config.stages).toEqual(['dev', 'staging', 'production']);
  });

  test('an alias bomb gives a finding, not an expansion', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ].join('\n');

    expect(rules(bomb)).toEqual([['config/alias-limit', 2]]);
  });

  test('duplicate keys are reported at the second key', () => {
    expect(rules('project: a\nrelease_branch_prefix: r/\nproject: b\n')).toEqual([
      ['config/duplicate-key', 3],
    ]);
    expect(parseConfig('project: a\nproject: b\n', FILE).config.project).toBe('b');
  });

  test('a BOM and CRLF line ends keep lines right', () => {
    expect(rules('\ufeffproject: a\r\nstages: [dev]\r\nstgaes: [x]\r\n')).toEqual([
      ['config/unknown-key', 3],
    ]);
  });

  test('a list instead of a mapping is reported and the defaults are used', () => {
    const { config, findings } = parseConfig('- dev\n- prod\n', FILE);

    expect(findings).toEqual([expect.objectContaining({ rule: 'config/not-a-mapping', line: 1 })]);
    expect(config.stages).toEqual(['dev', 'staging', 'production']);
  });

  test('a 50 MB config is refused before parsing', () => {
    const huge = '# padding\n'.repeat(5 * 1024 * 1024);

    const { findings, config } = parseConfig(huge, FILE);

    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'config/too-large',
        line: 1,
        message: expect.stringContaining('50.0 MiB'),
      }),
    ]);
    expect(config.stages).toHaveLength(3);
  });

  test('a config at the size limit full of mistakes gives a bounded list of findings', () => {
    const text = Array.from({ length: 12_000 }, (_, i) => `k${i}: 1`).join('\n');

    const { findings } = parseConfig(text, FILE);

    expect(findings).toHaveLength(101);
    expect(findings.at(-1)).toMatchObject({ rule: 'config/too-many-errors' });
  });

  test('thousands of repeated keys give ten findings, each naming the first line', () => {
    const { findings } = parseConfig(Array.from({ length: 5000 }, () => 'project: a').join('\n'), FILE);

    expect(findings).toHaveLength(10);
    expect(findings[0]).toMatchObject({
      rule: 'config/duplicate-key',
      line: 2,
      message: 'duplicate key `project` (first on line 1)',
    });
  });

  test('__proto__ keys are reported and never reach any prototype', () => {
    const { config, findings } = parseConfig(
      '__proto__:\n  stages: [evil]\npromotion:\n  __proto__:\n    approvals: 0\n',
      FILE,
    );

    expect(findings.map((f) => [f.rule, f.line])).toEqual([
      ['config/forbidden-key', 1],
      ['config/forbidden-key', 4],
    ]);
    expect(config.stages).toEqual(['dev', 'staging', 'production']);
    expect(config.promotion.production!.approvals).toBe(1);
    expect(({} as Record<string, unknown>).stages).toBeUndefined();
  });
});

describe('projectName', () => {
  test('turns a folder name into a tag-safe project name', () => {
    expect(projectName('My Repo')).toBe('my-repo');
    expect(projectName('--')).toBe('project');
  });
});
