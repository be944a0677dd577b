import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Engine } from '../../../src/adapters/duckdb/engine.js';
import { validateCards } from '../../../src/adapters/fs/cards.js';
import { git, makeRepo, writeFiles } from '../../helpers/repo.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const CSV = 'id,age,plan\n1,34,basic\n2,51,"pro, yearly"\n';

/** A data card with standard sections, so only the repository rules speak. */
function dataCard(meta: string): string {
  const sections = ['Motivation', 'Composition', 'Collection', 'Preprocessing', 'Uses', 'Distribution', 'Maintenance'];
  return `---\nname: customers\nversion: 1.0.0\nowners: ["@data"]\n${meta}---\n\n${sections.map((s) => `## ${s}\n\ntext\n`).join('\n')}`;
}

function modelCard(meta: string): string {
  const sections = ['Model Details', 'Intended Use', 'Out-of-Scope Use', 'Limitations', 'Training Data', 'Evaluation', 'Ethical Considerations'];
  return `---\nname: churn\nversion: 1.0.0\nrisk: low\nowners: ["@ml"]\n${meta}---\n\n${sections.map((s) => `## ${s}\n\ntext\n`).join('\n')}`;
}

const files = (extra = '') => `files:\n  - path: train.csv\n    sha256: ${sha(CSV)}\n    bytes: ${CSV.length}\n    rows: 2\n${extra}`;
const run = async (root: string, opts = {}) => (await validateCards(root, opts)).findings.map((f) => `${f.rule}@${f.file}:${f.line}`);

describe('data cards against the repository', () => {
  test('a card whose files, digests, sizes, rows and columns match has no findings', async () => {
    const root = makeRepo({ 'data/customers/DATA_CARD.md': dataCard(`${files()}schema:\n  columns:\n    - {name: id, type: integer}\n    - {name: age, type: integer}\n    - {name: plan, type: string}\n`), 'data/customers/train.csv': CSV });
    expect(await run(root)).toEqual([]);
  });

  test('a changed file is reported at the line of the declared digest, size and rows', async () => {
    const root = makeRepo({ 'data/customers/DATA_CARD.md': dataCard(files()), 'data/customers/train.csv': `${CSV}3,20,basic\n` });
    expect(await run(root)).toEqual(['card/file-sha256@data/customers/DATA_CARD.md:7', 'card/file-bytes@data/customers/DATA_CARD.md:8', 'card/file-rows@data/customers/DATA_CARD.md:9']);
  });

  test('declared columns and types are checked against the header and a sample', async () => {
    const meta = `${files()}schema:\n  columns:\n    - {name: id, type: integer}\n    - {name: age, type: integer}\n    - {name: plan, type: integer}\n    - {name: income, type: number}\n`;
    const root = makeRepo({ 'data/customers/DATA_CARD.md': dataCard(meta), 'data/customers/train.csv': CSV });
    const findings = (await validateCards(root)).findings;
    expect(findings.map((f) => `${f.rule}:${f.line}`)).toEqual(['card/column-type:14', 'card/columns:15']);
    expect(findings[0]?.message).toContain('row 1 holds "basic"');
  });

  test('JSON Lines and TSV files are sampled too', async () => {
    const jsonl = '{"id": 1, "score": 0.5}\n{"id": "x", "score": 1}\n';
    const meta = `files:\n  - {path: a.jsonl, rows: 2}\n  - {path: b.tsv, rows: 1}\nschema:\n  columns:\n    - {name: id, type: integer}\n    - {name: score, type: number}\n`;
    const root = makeRepo({ 'd/DATA_CARD.md': dataCard(meta), 'd/a.jsonl': jsonl, 'd/b.tsv': 'id\tscore\n7\t0.1\n' });
    const findings = (await validateCards(root)).findings.filter((f) => f.rule !== 'card/file-undeclared-digest');
    expect(findings.map((f) => f.message)).toEqual(['column `id` is declared `integer` but `a.jsonl` row 2 holds "x"']);
  });

  test('paths leaving the repository are refused without being read', async () => {
    const root = makeRepo({ 'd/DATA_CARD.md': dataCard('files:\n  - path: ../../etc/passwd\n  - path: /etc/passwd\n  - path: link.csv\n') });
    symlinkSync('/etc/passwd', path.join(root, 'd/link.csv'));
    const findings = (await validateCards(root)).findings;
    expect(findings.map((f) => [f.rule, f.line])).toEqual([
      ['card/file-path', 6],
      ['card/file-path', 7],
      ['card/file-path', 8],
    ]);
    expect(findings[2]?.message).toContain('symlink that leaves the repository');
  });

  test('a missing file is an error at its path', async () => {
    const root = makeRepo({ 'd/DATA_CARD.md': dataCard('files:\n  - path: nope.csv\n') });
    expect(await run(root)).toEqual(['card/file-missing@d/DATA_CARD.md:6']);
  });

  test('a file changed under a released data version fails with "bump the version"', async () => {
    const root = makeRepo({ 'data/customers/DATA_CARD.md': dataCard('files:\n  - path: train.csv\n'), 'data/customers/train.csv': CSV });
    git(root, 'tag', 'data/customers@v1.0.0');
    writeFileSync(path.join(root, 'data/customers/train.csv'), `${CSV}3,20,basic\n`);
    const findings = (await validateCards(root)).findings.filter((f) => f.rule === 'card/data-immutable');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('bump the version');
  });

  test('a version below the latest release is an error', async () => {
    const root = makeRepo({ 'd/DATA_CARD.md': dataCard('') });
    git(root, 'tag', 'data/customers@v2.0.0');
    expect(await run(root)).toEqual(['card/version-regressed@d/DATA_CARD.md:3']);
  });
});

describe('model cards against the repository', () => {
  test('datasets resolve to data cards and their versions', async () => {
    const root = makeRepo({
      'data/customers/DATA_CARD.md': dataCard(''),
      'models/churn/MODEL_CARD.md': modelCard('datasets:\n  - customers@v1.0.0\n  - customers@v0.9.0\n  - suppliers\n'),
    });
    expect(await run(root)).toEqual(['card/dataset-version@models/churn/MODEL_CARD.md:8', 'card/dataset-unresolved@models/churn/MODEL_CARD.md:9']);
  });

  test('an experiment reference is a notice while no experiments exist, an error once they do', async () => {
    const root = makeRepo({ 'models/churn/MODEL_CARD.md': modelCard('experiment: churn-train-20260101\n') });
    expect(await run(root)).toEqual(['card/experiment-pending@models/churn/MODEL_CARD.md:6']);
    git(root, 'tag', '-a', 'exp/other', '-m', 'other');
    expect(await run(root)).toEqual(['card/experiment-missing@models/churn/MODEL_CARD.md:6']);
  });

  test('model-index metrics must equal the recorded experiment metrics within the tolerance', async () => {
    const index = 'model-index:\n  - name: churn\n    results:\n      - task: {type: tabular-classification}\n        dataset: {type: customers, name: Customers, split: test}\n        metrics:\n          - {type: accuracy, value: 0.91}\n          - {type: f1, value: 0.8}\n';
    const root = makeRepo({ 'models/churn/MODEL_CARD.md': modelCard(`experiment: exp/churn-1\n${index}`) });
    const record = { name: 'churn-1', type: 'train', fingerprint: 'f', metrics: { 'test.accuracy': 0.9104, f1: 0.75 } };
    git(root, 'tag', '-a', 'exp/churn-1', '-m', `churn-1: train experiment at abc\n${JSON.stringify(record)}`);
    const findings = (await validateCards(root)).findings;
    expect(findings.map((f) => `${f.rule}:${f.line}`)).toEqual(['card/metric-mismatch:14']);
    expect(findings[0]?.message).toBe('metric `f1` is 0.8 in the card but 0.75 in exp/churn-1 (`f1`)');
  });

  test('a released model version whose metadata changed must bump the version', async () => {
    const root = makeRepo({ 'models/churn/MODEL_CARD.md': modelCard('') });
    git(root, 'tag', 'churn@v1.0.0');
    writeFiles(root, { 'models/churn/MODEL_CARD.md': modelCard('license: mit\n') });
    expect(await run(root)).toEqual(['card/released-version-changed@models/churn/MODEL_CARD.md:6']);
  });
});

describe('discovery and PR mode', () => {
  test('only cards touched by the change, and model cards using a changed data card, are checked', async () => {
    const root = makeRepo({
      'data/customers/DATA_CARD.md': dataCard('files:\n  - path: train.csv\n'),
      'data/customers/train.csv': CSV,
      'models/churn/MODEL_CARD.md': modelCard('datasets: [customers]\n'),
      'models/other/MODEL_CARD.md': modelCard('').replace('name: churn', 'name: other'),
    });
    const base = git(root, 'rev-parse', 'HEAD').trim();
    writeFileSync(path.join(root, 'data/customers/train.csv'), `${CSV}9,9,x\n`);
    git(root, 'commit', '-qam', 'more data');
    const result = await validateCards(root, { base });
    expect(result.checked).toEqual(['data/customers/DATA_CARD.md', 'models/churn/MODEL_CARD.md']);
  });

  test('configured folders pick README.md cards and their profile; explicit paths check only those', async () => {
    const root = makeRepo({
      '.github/mlops.yml': 'models:\n  - name: hub\n    path: models/hub\n    risk: low\n    cards_profile: huggingface\n',
      'models/hub/README.md': '---\nlicense: mit\n---\n# Hub model\n\ntext\n',
      'models/churn/MODEL_CARD.md': '# no front matter\n',
    });
    const all = await validateCards(root);
    expect(all.cards.map((c) => [c.target.file, c.target.profile, c.findings.length > 0])).toEqual([
      ['models/churn/MODEL_CARD.md', 'standard', true],
      ['models/hub/README.md', 'huggingface', false],
    ]);
    expect((await validateCards(root, { paths: ['models/hub'] })).checked).toEqual(['models/hub/README.md']);
  });

  test('a path outside the repository is refused before anything is read', async () => {
    await expect(validateCards(makeRepo(), { paths: ['../../etc'] })).rejects.toThrow('is outside the repository');
  });

  test('binary and invalid UTF-8 cards are findings, not crashes', async () => {
    const root = makeRepo();
    mkdirSync(path.join(root, 'm'));
    writeFileSync(path.join(root, 'm/MODEL_CARD.md'), Buffer.from([0x00, 0xff, 0x10]));
    writeFileSync(path.join(root, 'm/model_card.json'), Buffer.from([0x7b, 0xff, 0x7d]));
    expect((await run(root)).sort()).toEqual(['card/binary@m/MODEL_CARD.md:1', 'card/encoding@m/model_card.json:1']);
  });
});

describe('configuration', () => {
  test('severities from .github/mlops.yml change or silence rules', async () => {
    const root = makeRepo({
      '.github/mlops.yml': 'cards:\n  severity:\n    card/placeholder: warning\n    card/missing-key: \'off\'\n',
      'models/m/MODEL_CARD.md': modelCard('').replace(/name: churn\n/, '').replace('## Evaluation\n\ntext', '## Evaluation\n\nTBD'),
    });
    const findings = (await validateCards(root)).findings;
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['card/empty-section', 'error'],
      ['card/placeholder', 'warning'],
    ]);
  });
});

describe('Parquet data files', () => {
  test('rows and columns are read through DuckDB', async () => {
    const root = makeRepo({ 'd/DATA_CARD.md': dataCard('files:\n  - {path: t.parquet, rows: 3}\nschema:\n  columns:\n    - {name: id, type: integer}\n    - {name: plan, type: integer}\n') });
    const engine = await Engine.open({ threads: 1 });
    try {
      await engine.run(`COPY (SELECT range AS id, 'basic' AS plan FROM range(2)) TO '${path.join(root, 'd/t.parquet')}' (FORMAT parquet)`);
    } finally {
      engine.close();
    }
    const findings = (await validateCards(root)).findings.filter((f) => f.rule !== 'card/file-undeclared-digest');
    expect(findings.map((f) => f.rule)).toEqual(['card/file-rows', 'card/column-type']);
  });
});

describe('configured cards', () => {
  test('a configured model folder without a card is reported, not skipped', async () => {
    const root = makeRepo({ '.github/mlops.yml': 'models:\n  - name: churn\n    path: models/churn\n    risk: low\n', 'models/churn/model.json': '{}' });
    const findings = (await validateCards(root)).findings;
    expect(findings.map((f) => [f.rule, f.file, f.message])).toEqual([['card/unreadable', 'models/churn/MODEL_CARD.md', 'model card does not exist; it was not read']]);
  });
});
