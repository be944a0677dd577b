import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { version } from '../../src/cli/version.js';
import { repoRoot } from '../harness/runner.js';
import { tempDir, writeFiles } from '../helpers/repo.js';

interface Manifest {
  inputs?: string;
  outputs?: Record<string, string>;
  /** The inputs digest each bundle was last built from (a selective build updates only its own). */
  bundles?: Record<string, string>;
}

interface BuildScript {
  entries(base?: string): Promise<Array<{ name: string }>>;
  inputsDigest(base?: string): Promise<string>;
  outputsDigest(base?: string): Promise<Record<string, string>>;
  readManifest(base?: string): Promise<Manifest>;
}

const build = (await import(pathToFileURL(path.join(repoRoot, 'scripts/build.mjs')).href)) as BuildScript;

/** What differs between dist/manifest.json and the tree at `base`, each line ending in the fix. */
async function staleness(base: string): Promise<string[]> {
  const manifest = await build.readManifest(base);
  if (!manifest.inputs) return ['dist/manifest.json is missing: run npm run build'];
  const inputs = await build.inputsDigest(base);
  const problems: string[] = [];
  if (manifest.inputs !== inputs) problems.push('sources changed since dist/ was built: run npm run build');
  const outputs = await build.outputsDigest(base);
  for (const { name } of await build.entries(base)) {
    if (!outputs[`dist/${name}/index.js`])
      problems.push(`dist/${name}/index.js is missing: run npm run build`);
    else if (manifest.inputs === inputs && manifest.bundles?.[name] !== inputs) {
      problems.push(`dist/${name} was built from older sources: run npm run build`);
    }
  }
  const recorded = manifest.outputs ?? {};
  for (const f of new Set([...Object.keys(outputs), ...Object.keys(recorded)])) {
    if (outputs[f] !== recorded[f]) problems.push(`${f} does not match the build: run npm run build`);
  }
  return problems;
}

/** Writes the manifest the build would write for the tree at `base`, with `bundles` as given. */
async function writeManifest(base: string, bundles?: Record<string, string>): Promise<void> {
  const inputs = await build.inputsDigest(base);
  const all = Object.fromEntries((await build.entries(base)).map((e) => [e.name, inputs]));
  const manifest = { inputs, outputs: await build.outputsDigest(base), bundles: bundles ?? all };
  writeFileSync(path.join(base, 'dist/manifest.json'), JSON.stringify(manifest));
}

/**
 * A copy of the build's inputs with a small stand-in bundle per entry point and the manifest the
 * build would write: fresh whatever state the working tree's dist/ is in, and free to change.
 */
async function freshCopyOfTree(): Promise<string> {
  const dir = tempDir('mlops-dist-');
  for (const f of ['src', 'schemas', 'package-lock.json', 'tsconfig.json', 'scripts/build.mjs', 'scripts/optimize-bundle.mjs']) {
    cpSync(path.join(repoRoot, f), path.join(dir, f), { recursive: true });
  }
  for (const { name } of await build.entries(dir))
    writeFiles(dir, { [`dist/${name}/index.js`]: `// ${name}\n` });
  await writeManifest(dir);
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
    appendFileSync(path.join(tree, 'dist/cli/index.js'), '// patched by hand\n');
    expect(await staleness(tree)).toEqual(['dist/cli/index.js does not match the build: run npm run build']);
  });

  it('notices a bundle left behind by a selective build after the sources changed', async () => {
    const tree = await freshCopyOfTree();
    const before = await build.inputsDigest(tree);
    appendFileSync(path.join(tree, 'src/cli/version.ts'), '// edited\n');
    // `node scripts/build.mjs <every action>` records the new sources for those bundles only.
    const after = await build.inputsDigest(tree);
    const bundles = Object.fromEntries((await build.entries(tree)).map((e) => [e.name, after]));
    await writeManifest(tree, { ...bundles, cli: before });
    expect(await staleness(tree)).toEqual(['dist/cli was built from older sources: run npm run build']);
  });

  it('notices an entry point that was never built', async () => {
    const tree = await freshCopyOfTree();
    writeFiles(tree, { 'src/actions/brand-new.ts': 'export {};\n' });
    await writeManifest(tree);
    expect(await staleness(tree)).toEqual(['dist/brand-new/index.js is missing: run npm run build']);
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

  it('exits quietly when the reader of its output leaves early (`mlops experiment list | head`)', async () => {
    // 10,000 experiments print ~450 KB: far more than a pipe holds, so the CLI is still writing when the reader leaves.
    process.env.BENCH_EXPERIMENTS = '10000';
    const { repoWithExperiments } = (await import(path.join(repoRoot, 'scripts/bench/experiments.mjs'))) as { repoWithExperiments: () => { dir: string } };
    const { dir } = repoWithExperiments();
    const child = spawn(path.join(repoRoot, 'node_modules/.bin/node'), [path.join(repoRoot, 'dist/cli/index.js'), 'experiment', 'list'], { cwd: dir, env: { ...process.env, NODE_OPTIONS: '' } });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.once('data', () => child.stdout.destroy()); // the reader leaves after the first chunk
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    rmSync(dir, { recursive: true, force: true });
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
  it('writes all of a long output to a slow reader before it exits', async () => {
    process.env.BENCH_EXPERIMENTS = '10000';
    const { repoWithExperiments } = (await import(path.join(repoRoot, 'scripts/bench/experiments.mjs'))) as { repoWithExperiments: () => { dir: string } };
    const { dir } = repoWithExperiments();
    const cli = [path.join(repoRoot, 'dist/cli/index.js'), 'experiment', 'list', '--json'];
    const child = spawn(path.join(repoRoot, 'node_modules/.bin/node'), cli, { cwd: dir, env: { ...process.env, NODE_OPTIONS: '' } });
    child.stdout.pause();
    await new Promise((resolve) => setTimeout(resolve, 300)); // the CLI fills the pipe and waits
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stdout.resume();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const direct = execFileSync(path.join(repoRoot, 'node_modules/.bin/node'), cli, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NODE_OPTIONS: '' } });
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(0);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text.length).toBeGreaterThan(400_000);
    expect(text).toBe(direct);
    expect((JSON.parse(text) as { summary: string }).summary).toBe('10000 experiments');
  });
});
