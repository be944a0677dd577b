import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { git, gitEnv, makeRepo, tempDir, writeFiles } from '../helpers/repo.js';

Object.assign(process.env, gitEnv);

async function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    env: { ...gitEnv, ...env },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

const project = {
  '.github/mlops.yml': 'project: churn\n',
  '.gitignore': 'out/\n',
  'params.yaml': 'train:\n  lr: 0.1\n  layers: [64, 32]\nseed: 7\n',
  'requirements.txt': 'numpy==1.26.4\npandas>=2\n',
};

const outside = tempDir('mlops-outside-');
writeFiles(outside, { 'model.bin': 'x' });

function recordedJson(stdout: string) {
  return JSON.parse(stdout) as { title: string; findings: Array<{ rule: string; message: string }> };
}

describe('mlops experiment record', () => {
  test('records params, nested metrics, artifacts, seeds and lockfiles in an annotated tag named by project, type and UTC day', async () => {
    // given a committed project and the outputs of a run
    const repo = makeRepo(project);
    writeFiles(repo, {
      'out/metrics.json': '{"eval": {"accuracy": 0.91, "loss": 0.3}}',
      'out/model.bin': 'weights',
    });

    // when it is recorded
    const r = await run(
      [
        'experiment',
        'record',
        '--type',
        'train',
        '--params',
        'params.yaml',
        '--metrics',
        'out/metrics.json',
        '--artifact',
        'out/model.bin',
        '--seed',
        '42',
        '--json',
        '--out',
        'out/record.json',
      ],
      repo,
    );

    // then the tag holds a summary line and the record
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const day = new Date().toISOString().slice(0, 10).replaceAll('-', '');
    const name = `churn-train-${day}`;
    expect(recordedJson(r.stdout).title).toBe(`Experiment ${name}`);
    const message = git(repo, 'tag', '-l', '--format=%(contents)', `exp/${name}`);
    const [summary, blank, json] = message.split('\n');
    expect(summary).toBe(
      `${name}: train experiment at ${git(repo, 'rev-parse', '--short=7', 'HEAD').trim()}; eval.accuracy=0.91, eval.loss=0.3`,
    );
    expect(blank).toBe('');
    const record = JSON.parse(json!);
    expect(record.params).toEqual({ 'train.lr': 0.1, 'train.layers.0': 64, 'train.layers.1': 32, seed: 7 });
    expect(record.metrics).toEqual({ 'eval.accuracy': 0.91, 'eval.loss': 0.3 });
    expect(record.seeds).toEqual([42]);
    expect(record.artifacts).toEqual([
      { path: 'out/model.bin', sha256: createHash('sha256').update('weights').digest('hex'), bytes: 7 },
    ]);
    expect(record.code).toEqual({
      commit: git(repo, 'rev-parse', 'HEAD').trim(),
      branch: 'main',
      dirty: false,
    });
    expect(record.environment.lockfiles.map((l: { path: string }) => l.path)).toEqual(['requirements.txt']);
    expect(JSON.parse(readFileSync(`${repo}/out/record.json`, 'utf8')).fingerprint).toBe(record.fingerprint);
    // and the unpinned requirement is a warning
    expect(recordedJson(r.stdout).findings.map((f) => f.rule)).toEqual(['experiment/unpinned-requirement']);
  });

  test('a rerun of the same record creates nothing new, a different run the same day gets -2', async () => {
    const repo = makeRepo(project);
    writeFiles(repo, { 'out/m.json': '{"acc": 0.8}' });
    const args = [
      'experiment',
      'record',
      '--type',
      'eval',
      '--metrics',
      'out/m.json',
      '--seed',
      '1',
      '--json',
    ];
    expect((await run(args, repo)).code).toBe(0);

    const again = await run(args, repo);
    writeFiles(repo, { 'out/m.json': '{"acc": 0.85}' });
    const other = await run(args, repo);

    expect(again.stdout).toContain('(nothing new)');
    const day = new Date().toISOString().slice(0, 10).replaceAll('-', '');
    expect(git(repo, 'tag', '-l', 'exp/*').trim().split('\n')).toEqual([
      `exp/churn-eval-${day}`,
      `exp/churn-eval-${day}-2`,
    ]);
    expect(other.code).toBe(0);
  });

  test('refuses a dirty tree unless --allow-dirty, then records the digest of the diff', async () => {
    const repo = makeRepo(project);
    writeFiles(repo, { 'params.yaml': 'train:\n  lr: 0.2\n' });

    const refused = await run(['experiment', 'record', '--type', 'train', '--seed', '1'], repo);
    const allowed = await run(
      ['experiment', 'record', '--type', 'train', '--seed', '1', '--allow-dirty', '--json'],
      repo,
    );

    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('uncommitted changes (params.yaml)');
    expect(refused.stderr).toContain('--allow-dirty');
    expect(allowed.code).toBe(0);
    const record = JSON.parse(git(repo, 'tag', '-l', '--format=%(contents)', 'exp/*').split('\n')[2]!);
    expect(record.code.dirty).toBe(true);
    expect(record.code.diffSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('warns when no seed is given', async () => {
    const repo = makeRepo({ '.github/mlops.yml': 'project: churn\n' });
    const r = await run(['experiment', 'record', '--type', 'train', '--json'], repo);
    expect(recordedJson(r.stdout).findings).toEqual([
      expect.objectContaining({ rule: 'experiment/no-seed' }),
    ]);
  });

  test.each([
    [['--metrics', 'bad.json'], { 'bad.json': '{"acc": 0.9,,}' }, 'bad.json:1:'],
    [
      ['--metrics', 'list.yaml'],
      { 'list.yaml': '- 1\n- 2\n' },
      'list.yaml:1:1: cannot read list.yaml: list.yaml must be a mapping',
    ],
    [['--params', 'missing.yaml'], {}, "params file 'missing.yaml' does not exist"],
    [['--artifact', `${outside}/model.bin`], {}, 'is outside the repository'],
    [['--artifact', 'nope.bin'], {}, "artifact 'nope.bin' does not exist"],
    [
      ['--type', 'bad..type'],
      {},
      "the experiment type 'bad..type' cannot be used in a tag name: git refuses '..' in tag names",
    ],
    [['--type', 'a b'], {}, 'git refuses the character " " in tag names'],
    [['--seed', 'x'], {}, "--seed 'x' is not an integer"],
  ])('rejects bad input %j with a clear error', async (extra, files, message) => {
    const repo = makeRepo({ '.gitignore': '*.json\n*.yaml\n!.github/*.yml\n', ...files });
    const r = await run(['experiment', 'record', '--type', 'train', ...extra], repo);
    expect(r.code).toBeGreaterThan(0);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toContain('this is a bug');
  });
});

let clock = 0;

/** Records one experiment with the given metrics (and params) on the current commit; returns its name. */
async function record(
  repo: string,
  type: string,
  metrics: Record<string, unknown>,
  params: Record<string, unknown> = {},
): Promise<string> {
  writeFiles(repo, { 'out/m.json': JSON.stringify(metrics), 'out/p.json': JSON.stringify(params) });
  // Tag dates have one-second resolution: each record of a test gets its own second of today (UTC).
  process.env.GIT_COMMITTER_DATE = `${new Date().toISOString().slice(0, 10)}T00:00:${String(++clock % 60).padStart(2, '0')}Z`;
  const r = await run(
    [
      'experiment',
      'record',
      '--type',
      type,
      '--metrics',
      'out/m.json',
      '--params',
      'out/p.json',
      '--seed',
      '1',
      '--json',
    ],
    repo,
  );
  delete process.env.GIT_COMMITTER_DATE;
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as { title: string }).title.replace('Experiment ', '');
}

describe('mlops experiment list, show and compare', () => {
  test('list shows experiments newest first, filtered by type', async () => {
    const repo = makeRepo(project);
    const a = await record(repo, 'train', { acc: 0.8 });
    const b = await record(repo, 'eval', { acc: 0.7 });
    const c = await record(repo, 'train', { acc: 0.9 });

    const all = await run(['experiment', 'list', '--json'], repo);
    const train = await run(['experiment', 'list', '--type', 'train'], repo);

    const rows = (JSON.parse(all.stdout) as { blocks: Array<{ table: { rows: string[][] } }> }).blocks[0]!
      .table.rows;
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      [c, 'train'],
      [b, 'eval'],
      [a, 'train'],
    ]);
    expect(train.stdout).toContain(c);
    expect(train.stdout).not.toContain(b);
    expect((await run(['experiment', 'list', '--since', 'yesterday'], repo)).stderr).toContain(
      "--since 'yesterday' is not a date",
    );
    const outside = await run(['experiment', 'list'], tempDir());
    expect(outside).toMatchObject({ code: 1 });
    expect(outside.stderr).toContain('is not inside a git repository');
    const long = await run(['experiment', 'list', '--long', '--type', 'train'], repo);
    expect(long.stdout).toContain(
      `train experiment at ${git(repo, 'rev-parse', '--short=7', 'HEAD').trim()}; acc=0.9`,
    );
  });

  test('show prints the record; an unknown name is a clear error', async () => {
    const repo = makeRepo(project);
    const name = await record(repo, 'train', { acc: 0.8 }, { lr: 0.1 });

    const shown = await run(['experiment', 'show', name], repo);
    const missing = await run(['experiment', 'show', 'nope'], repo);
    const raw = await run(['experiment', 'show', name, '--record'], repo);

    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('acc');
    expect(shown.stdout).toContain('lr');
    expect(JSON.parse(raw.stdout)).toMatchObject({ name, metrics: { acc: 0.8 }, params: { lr: 0.1 } });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("no experiment named 'nope'");
  });

  test('compare marks each metric better or worse by its direction and lists changed params', async () => {
    const repo = makeRepo({
      ...project,
      '.github/mlops.yml':
        'project: churn\nevaluation:\n  metrics:\n    latency_budget:\n      higher_is_better: false\n',
    });
    const base = await record(
      repo,
      'train',
      { loss: 0.5, accuracy: 0.8, latency_budget: 10, note: 'a' },
      { lr: 0.1, depth: 3 },
    );
    const cand = await record(
      repo,
      'train',
      { loss: 0.4, accuracy: 0.7, latency_budget: 12, note: 'b' },
      { lr: 0.2, depth: 3 },
    );

    const r = await run(['experiment', 'compare', cand, base, '--json'], repo);

    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      summary: string;
      blocks: Array<{ kind: string; table?: { rows: string[][] } }>;
    };
    const [metrics, params] = report.blocks.filter((b) => b.kind === 'table').map((b) => b.table!.rows);
    expect(metrics).toEqual([
      ['accuracy', '0.8', '0.7', '-0.1', '-12.50%', '❌ worse'],
      ['latency_budget', '10', '12', '+2', '+20.00%', '❌ worse'],
      ['loss', '0.5', '0.4', '-0.1', '-20.00%', '✅ better'],
      ['note', 'a', 'b', '-', '-', 'changed'],
    ]);
    expect(params).toEqual([['lr', '0.1', '0.2', '+0.1', '+100.00%', 'changed']]);
    expect(report.summary).toBe('1 metric better, 2 worse, 1 param changed');
  });

  test('compare against main takes the newest experiment on the base branch and charts recent ones', async () => {
    // given two experiments on main and one on a feature branch
    const repo = makeRepo(project);
    await record(repo, 'train', { acc: 0.7 });
    const onMain = await record(repo, 'train', { acc: 0.8 });
    git(repo, 'checkout', '--quiet', '-b', 'feature');
    writeFiles(repo, { 'train.py': 'print(1)\n' });
    git(repo, 'add', 'train.py');
    git(repo, 'commit', '--quiet', '-m', 'change');
    const onFeature = await record(repo, 'train', { acc: 0.9 });

    // when the feature's experiment is compared with the default baseline
    const text = await run(['experiment', 'compare', onFeature], repo);
    const json = await run(['experiment', 'compare', onFeature, '--json'], repo);

    // then the baseline is main's newest, and the chart shows the three
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      `\`${onFeature}\` against the newest experiment on the base branch \`${onMain}\``,
    );
    const chart = (
      JSON.parse(json.stdout) as { blocks: Array<{ kind: string; mermaid?: string }> }
    ).blocks.find((b) => b.kind === 'chart');
    expect(chart?.mermaid).toContain('title "acc over the last 3 experiments"');
    expect(chart?.mermaid).toContain('line [0.7, 0.8, 0.9]');
  });

  test('compare against production without a registry is a clear error', async () => {
    const repo = makeRepo(project);
    const name = await record(repo, 'train', { acc: 0.7 });

    const r = await run(['experiment', 'compare', name, 'production'], repo);

    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no registry yet');
  });

  test('compare against production uses the experiment the production model card names', async () => {
    // given a model version whose card names an experiment, assigned to production (GTO tags)
    const repo = makeRepo({
      ...project,
      '.github/mlops.yml': 'project: churn\nmodels:\n  - name: churn\n    path: models/churn\n',
    });
    const old = await record(repo, 'train', { acc: 0.7 });
    writeFiles(repo, {
      'models/churn/MODEL_CARD.md': `---\nname: churn\nversion: 1.0.0\nexperiment: exp/${old}\n---\n# churn\n`,
    });
    git(repo, 'add', '-A');
    git(repo, 'commit', '--quiet', '-m', 'card');
    git(repo, 'tag', '-a', '-m', 'register', 'churn@v1.0.0');
    git(repo, 'tag', '-a', '-m', 'promote', 'churn#production#1');
    await record(repo, 'train', { acc: 0.75 });
    const cand = await record(repo, 'train', { acc: 0.8 });

    const r = await run(['experiment', 'compare', cand, 'production'], repo);

    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`against the experiment behind production \`${old}\``);
  });
});

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/experiments');

function tagRecord(repo: string): Record<string, unknown> {
  return JSON.parse(
    git(repo, 'for-each-ref', '--format=%(contents)', 'refs/tags/exp/').split('\n')[2]!,
  ) as Record<string, unknown>;
}

describe('mlops experiment record from other tools and with datasets', () => {
  test.each([
    ['dvc', ['--from-dvc'], { tool: 'dvc', path: 'dvc.yaml' }, [20170428]],
    [
      'mlflow',
      ['--from-mlflow', 'mlruns/0/4f2c9e1b8a7d4c3e9f0a1b2c3d4e5f60'],
      { tool: 'mlflow', runId: '4f2c9e1b8a7d4c3e9f0a1b2c3d4e5f60' },
      [42],
    ],
    ['wandb', ['--from-wandb', 'wandb/latest-run'], { tool: 'wandb', runId: 'x7k2m9qa' }, [1234]],
  ])(
    'imports a %s run into the record, seeds taken from its params',
    async (fixture, flags, source, seeds) => {
      const repo = makeRepo({ '.github/mlops.yml': 'project: churn\n' });
      cpSync(path.join(fixtures, fixture), repo, { recursive: true, verbatimSymlinks: true });
      git(repo, 'add', '-A');
      git(repo, 'commit', '--quiet', '-m', 'fixture');

      const r = await run(['experiment', 'record', '--type', 'train', ...flags, '--json'], repo);

      expect(r.stderr).toBe('');
      const record = tagRecord(repo);
      expect(record.source).toMatchObject(source);
      expect(record.seeds).toEqual(seeds);
      expect(Object.keys(record.metrics as object).length).toBeGreaterThan(2);
    },
  );

  test('records datasets by card path and by NAME@VERSION with the checksums the card declares', async () => {
    const card =
      '---\nname: churn-data\nversion: 1.2.0\nfiles:\n  - path: train.csv\n    sha256: ' +
      'a'.repeat(64) +
      '\n    bytes: 12\n  - path: test.csv\n---\n# churn data\n';
    const repo = makeRepo({
      ...project,
      'data/churn/DATA_CARD.md': card,
      'data/churn/test.csv': 'x,y\n1,2\n',
    });

    const r = await run(
      [
        'experiment',
        'record',
        '--type',
        'train',
        '--seed',
        '1',
        '--dataset',
        'data/churn',
        '--dataset',
        'churn-data@1.2.0',
        '--dataset',
        'churn-data@2.0.0',
        '--json',
      ],
      repo,
    );

    expect(r.code).toBe(0);
    const expected = {
      name: 'churn-data',
      version: '1.2.0',
      card: 'data/churn/DATA_CARD.md',
      files: [
        { path: 'data/churn/train.csv', sha256: 'a'.repeat(64), bytes: 12 },
        {
          path: 'data/churn/test.csv',
          sha256: createHash('sha256').update('x,y\n1,2\n').digest('hex'),
          bytes: 8,
        },
      ],
    };
    const datasets = tagRecord(repo).datasets as unknown[];
    expect(datasets.slice(0, 2)).toEqual([expected, expected]);
    expect(datasets[2]).toEqual({
      name: 'churn-data',
      version: '2.0.0',
      card: 'data/churn/DATA_CARD.md',
      files: [],
    });
    expect(recordedJson(r.stdout).findings.map((f) => f.rule)).toContain('experiment/dataset-version');
    const unknown = await run(['experiment', 'record', '--type', 'train', '--dataset', 'nope@1'], repo);
    expect(unknown.stderr).toContain("no data card declares dataset 'nope'");
  });
});

describe('mlops experiment record of artifacts over GitHub’s 2 GiB asset limit', () => {
  test('refuses one before reading it, naming --artifact-store', async () => {
    // given a 2 GiB (sparse) artifact and a small one
    const repo = makeRepo(project);
    writeFiles(repo, { 'out/small.bin': 'x' });
    execFileSync('truncate', ['-s', '2G', path.join(repo, 'out/big.bin')]);

    const refused = await run(
      ['experiment', 'record', '--type', 'train', '--seed', '1', '--artifact', 'out/big.bin'],
      repo,
    );

    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      "out/big.bin: artifact 'out/big.bin' is 2147483648 bytes; GitHub release assets must be under 2 GiB",
    );
    expect(refused.stderr).toContain('--artifact-store');
    expect(git(repo, 'tag', '-l')).toBe('');
  });
});
