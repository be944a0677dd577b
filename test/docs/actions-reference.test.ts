/** docs/reference/actions.md is generated from the action.yml files; this keeps it in sync. */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../harness/runner.js';
import { tempDir } from '../helpers/repo.js';

const script = path.join(repoRoot, 'scripts/docs-actions.mjs');

/** Runs the generator; returns its exit code and stderr. */
function generate(root: string, ...args: string[]): { code: number; stderr: string } {
  try {
    execFileSync(process.execPath, [script, '--root', root, ...args], { encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stderr: string };
    return { code: e.status, stderr: e.stderr };
  }
}

/** A tree with one small action and its generated reference. */
function tree(): string {
  const root = tempDir('mlops-docs-');
  mkdirSync(path.join(root, 'actions/demo'), { recursive: true });
  mkdirSync(path.join(root, 'docs/reference'), { recursive: true });
  writeFileSync(
    path.join(root, 'actions/demo/action.yml'),
    "name: Demo\ndescription: Says hello.\ninputs:\n  who:\n    description: Whom to greet | politely.\n    required: true\n  times:\n    description: How often.\n    default: '1'\noutputs:\n  said:\n    description: What was said.\nruns:\n  using: node24\n  main: ../../dist/demo/index.js\n",
  );
  expect(generate(root).code).toBe(0);
  return root;
}

describe('the actions reference', () => {
  it('is in sync with every action.yml of this repository (run node scripts/docs-actions.mjs)', () => {
    expect(generate(repoRoot, '--check')).toEqual({ code: 0, stderr: '' });
  });

  it('names every input and output of every action', () => {
    const doc = readFileSync(path.join(repoRoot, 'docs/reference/actions.md'), 'utf8');
    const files = ['action.yml', ...['deploy', 'register', 'promotion-gate', 'validate-cards'].map((a) => `actions/${a}/action.yml`)];
    for (const file of files) {
      const action = parse(readFileSync(path.join(repoRoot, file), 'utf8')) as { inputs?: object; outputs?: object };
      for (const key of [...Object.keys(action.inputs ?? {}), ...Object.keys(action.outputs ?? {})]) expect(doc).toContain(`| \`${key}\` |`);
    }
  });

  it('renders inputs with required, default and an escaped description, and a usage snippet', () => {
    const doc = readFileSync(path.join(tree(), 'docs/reference/actions.md'), 'utf8');
    expect(doc).toContain('| `who` | yes |  | Whom to greet \\| politely. |');
    expect(doc).toContain('| `times` | no | `1` | How often. |');
    expect(doc).toContain('| `said` | What was said. |');
    expect(doc).toContain('- uses: gitops-mlops/gitops-mlops/actions/demo@v1\n  with:\n    who: …');
  });

  it('fails the check, naming the file, when an action.yml changed after generation', () => {
    const root = tree();
    const file = path.join(root, 'actions/demo/action.yml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('How often.', 'How many times.'));
    expect(generate(root, '--check')).toEqual({ code: 1, stderr: 'docs/reference/actions.md is out of date: run node scripts/docs-actions.mjs\n' });
    expect(generate(root).code).toBe(0);
    expect(generate(root, '--check').code).toBe(0);
  });
});

describe('the schemas reference', () => {
  it('lists every schema with its $id and every top-level key', () => {
    const doc = readFileSync(path.join(repoRoot, 'docs/reference/schemas.md'), 'utf8');
    const dir = path.join(repoRoot, 'schemas');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.schema.json'))) {
      const schema = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { $id: string; properties?: object };
      expect(doc).toContain(`\`$id\`: \`${schema.$id}\``);
      for (const key of Object.keys(schema.properties ?? {})) expect(doc).toContain(`| \`${key}\` |`);
    }
  });

  it('fails the check when a schema changed after generation', () => {
    const root = tree();
    mkdirSync(path.join(root, 'schemas'));
    writeFileSync(path.join(root, 'schemas/x.schema.json'), '{"$id": "https://example.com/x", "title": "X", "properties": {"a": {"type": "string"}}}');
    expect(generate(root, '--check')).toEqual({ code: 1, stderr: 'docs/reference/schemas.md is out of date: run node scripts/docs-actions.mjs\n' });
    expect(generate(root).code).toBe(0);
    expect(readFileSync(path.join(root, 'docs/reference/schemas.md'), 'utf8')).toContain('| `a` | string | no |  |');
  });
});
