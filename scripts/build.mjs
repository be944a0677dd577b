#!/usr/bin/env node
// Bundles every action entry point (src/actions/*.ts) and the CLI with ncc into dist/<name>/index.js,
// then writes dist/manifest.json: a digest of every build input and every output, which the
// stale-dist test recomputes. Usage: node scripts/build.mjs [BUNDLE...] (all when none are named)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { optimizeBundle } from './optimize-bundle.mjs';
import { writeValidators } from './generate-validators.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Native or on-demand packages that must stay outside the bundles (DuckDB is installed at run time). */
export const externals = ['@duckdb/node-api', '@duckdb/node-bindings'];

/** The bundles to build: one per file in src/actions (not in subfolders), plus the CLI. */
export async function entries(base = root) {
  const actions = (await readdir(path.join(base, 'src/actions'), { withFileTypes: true }))
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => ({ name: e.name.slice(0, -3), input: `src/actions/${e.name}` }));
  return [...actions, { name: 'cli', input: 'src/cli/index.ts' }];
}

async function walk(dir, base = root) {
  const out = [];
  for (const e of await readdir(path.join(base, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...(await walk(rel, base)));
    else out.push(rel);
  }
  return out.sort();
}

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/** Digest of everything a bundle depends on: sources, schemas, lockfile, this script, tsconfig (of the tree at `base`). */
export async function inputsDigest(base = root) {
  const files = [
    ...(await walk('src', base)),
    ...(await walk('schemas', base)),
    'package-lock.json',
    'tsconfig.json',
    'scripts/build.mjs',
    'scripts/optimize-bundle.mjs',
  ];
  const h = createHash('sha256');
  for (const f of files) h.update(`${f}\0`).update(sha256(await readFile(path.join(base, f)))).update('\n');
  return h.digest('hex');
}

/** Digest of every file in dist/ except the manifest itself (of the tree at `base`). */
export async function outputsDigest(base = root) {
  const files = (await walk('dist', base)).filter((f) => f !== 'dist/manifest.json');
  const out = {};
  for (const f of files) out[f] = sha256(await readFile(path.join(base, f)));
  return out;
}

/** Builds the named bundles (all when none are named; then stale bundles are removed too). */
async function build(only) {
  const ncc = require('@vercel/ncc');
  const all = await entries();
  const chosen = only.length ? all.filter((e) => only.includes(e.name)) : all;
  if (only.length && chosen.length !== only.length) throw new Error(`unknown bundle in: ${only.join(', ')}`);
  if (!only.length) {
    // ncc keeps memory across compilations: one process per bundle keeps a full build within the heap.
    await rm(path.join(root, 'dist'), { recursive: true, force: true });
    for (const entry of all) execFileSync(process.execPath, [fileURLToPath(import.meta.url), entry.name], { stdio: 'inherit' });
    return;
  }
  // Precompiled schema validators are sources (src/generated/validators): fresh before digesting.
  for (const f of await writeValidators()) process.stderr.write(`wrote ${f}\n`);
  // Digested before bundling: a source edited during the build then leaves the bundle stale, not fresh.
  const inputs = await inputsDigest();
  for (const entry of chosen) {
    await rm(path.join(root, 'dist', entry.name), { recursive: true, force: true });
    const { code, assets } = await ncc(path.join(root, entry.input), {
      cache: false,
      externals,
      minify: true,
      sourceMap: false,
      target: 'es2022',
      quiet: true,
      license: 'licenses.txt',
    });
    const outDir = path.join(root, 'dist', entry.name);
    await mkdir(outDir, { recursive: true });
    // Module factories compiled in one pass with the file, ASCII source (scripts/optimize-bundle.mjs).
    const eager = optimizeBundle(code);
    await writeFile(path.join(outDir, 'index.js'), entry.name === 'cli' ? withShebang(eager) : eager, {
      mode: 0o755,
    });
    for (const [name, asset] of Object.entries(assets)) {
      await mkdir(path.dirname(path.join(outDir, name)), { recursive: true });
      const chunk = name.endsWith('.js') ? optimizeBundle(await minifyChunk(String(asset.source))) : asset.source;
      await writeFile(path.join(outDir, name), chunk);
    }
    process.stderr.write(`built dist/${entry.name}/index.js (${(code.length / 1024).toFixed(0)} KiB)\n`);
  }
  // `bundles` records the sources each bundle was last built from, so that after a selective build
  // the bundles left alone still count as stale when the sources moved on.
  const previous = only.length ? await readManifest() : {};
  const bundles = { ...previous.bundles, ...Object.fromEntries(chosen.map((e) => [e.name, inputs])) };
  const manifest = { inputs, outputs: await outputsDigest(), bundles };
  await writeFile(path.join(root, 'dist/manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * ncc minifies the entry file only: the chunks it splits off (what `import()` loads: Octokit,
 * @actions/cache's Azure client, the CLI's commands …) would ship as written, comments and all
 * (3.5 MB for the cache client). They get the pass ncc gives the entry, with ncc's options.
 */
async function minifyChunk(code) {
  const result = await minify(code, { module: true, compress: false, mangle: { keep_classnames: true, keep_fnames: true } });
  if (result.code === undefined) throw new Error('terser returned no code for a chunk');
  return result.code;
}

/** dist/manifest.json of the tree at `base`, or {} when there is none. */
export async function readManifest(base = root) {
  try {
    return JSON.parse(await readFile(path.join(base, 'dist/manifest.json'), 'utf8'));
  } catch {
    return {};
  }
}

function withShebang(code) {
  return code.startsWith('#!') ? code : `#!/usr/bin/env node\n${code}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await build(process.argv.slice(2));
}
