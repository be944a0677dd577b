import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { version } from '../../src/cli/version.js';
import { repoRoot } from '../harness/runner.js';
import { tempDir } from '../helpers/repo.js';

interface BuildScript {
  inputsDigest(base?: string): Promise<string>;
  outputsDigest(base?: string): Promise<Record<string, string>>;
}

const build = (await import(pathToFileURL(path.join(repoRoot, 'scripts/build.mjs')).href)) as BuildScript;

/** What differs between dist/manifest.json and the tree at `base`, each line ending in the fix. */
async function staleness(base: string): Promise<string[]> {
  const file = path.join(base, 'dist/manifest.json');
  if (!existsSync(file)) return ['dist/manifest.json is missing: run npm run build'];
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
    inputs: string;
    outputs: Record<string, string>;
  };
  const problems: string[] = [];
  if (manifest.inputs !== (await build.inputsDigest(base))) {
    problems.push('sources changed since dist/ was built: run npm run build');
  }
  const outputs = await build.outputsDigest(base);
  for (const f of new Set([...Object.keys(outputs), ...Object.keys(manifest.outputs)])) {
    if (outputs[f] !== manifest.outputs[f]) problems.push(`${f} does not match the build: run npm run build`);
  }
  return problems;
}

/**
 * A copy of the files the build digests, with its manifest rewritten as the build would (so the copy
 * starts fresh whatever state the working tree is in), to change without touching the working tree.
 */
async function freshCopyOfTree(): Promise<string> {
  const dir = tempDir('mlops-dist-');
  for (const f of ['src', 'schemas', 'dist', 'package-lock.json', 'tsconfig.json', 'scripts/build.mjs']) {
    cpSync(path.join(repoRoot, f), path.join(dir, f), { recursive: true });
  }
  const manifest = { inputs: await build.inputsDigest(dir), outputs: await build.outputsDigest(dir) };
  writeFileSync(path.join(dir, 'dist/manifest.json'), JSON.stringify(manifest));
  return dir;
}

describe('dist/ is kept fresh', () => {
  it('matches the sources it was built from and the files it holds', async () => {
    expect(await staleness(repoRoot)).toEqual([]);
  });

  it('notices a changed source', async () => {
    const tree = await freshCopyOfTree();
    expect(await staleness(tree)).toEqual([]);
    appendFileSync(path.join(tree, 'src/cli/version.ts'), '// edited\n');
    expect(await staleness(tree)).toEqual(['sources changed since dist/ was built: run npm run build']);
  });

  it('notices a hand-edited bundle', async () => {
    const tree = await freshCopyOfTree();
    appendFileSync(path.join(tree, 'dist/cli/index.js'), '\n// patched by hand\n');
    expect(await staleness(tree)).toEqual(['dist/cli/index.js does not match the build: run npm run build']);
  });
});

describe('package metadata', () => {
  it('has the same version in package.json and src/cli/version.ts', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(version).toBe(pkg.version);
  });

  it('runs the mlops bin through npx in a built checkout', () => {
    const out = execFileSync('npx', ['--no-install', 'mlops', '--help'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(out).toMatch(/^usage: mlops <command>/);
  });
});
