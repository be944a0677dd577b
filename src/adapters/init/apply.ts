/** Writes the files `mlops init` planned, and what it needs to know about the repository first. */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MlopsConfig } from '../../core/config/index.js';
import type { InitFile } from '../../core/init/plan.js';
import { insideRoot } from '../fs/inside.js';

/** Existence of a repository-relative path. */
export const existsIn = (root: string) => (rel: string) => existsSync(path.join(root, rel));

/**
 * Writes each file with the `wx` flag, so a file that appeared since the plan is left alone
 * (never overwritten). Returns the paths written.
 */
export async function writeMissing(root: string, files: readonly InitFile[]): Promise<string[]> {
  // Card folders come from .github/mlops.yml: every target is checked before anything is written.
  const targets = files.map((f) => ({ f, target: insideRoot(root, f.path, '.github/mlops.yml') }));
  const written: string[] = [];
  for (const { f, target } of targets) {
    await mkdir(path.dirname(target), { recursive: true });
    try {
      await writeFile(target, f.content, { flag: 'wx' });
      written.push(f.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return written;
}

/** The subfolders of `dir` (none when it does not exist), as name and repository-relative path. */
function subfolders(root: string, dir: string): Array<{ name: string; path: string }> {
  const abs = path.join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^[a-z0-9][a-z0-9._-]*$/.test(e.name))
    .map((e) => ({ name: e.name, path: `${dir}/${e.name}` }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Models and datasets: those of the config when it names any, else the folders under models/ and data/. */
export function projectAssets(root: string, config: MlopsConfig, hasConfig: boolean) {
  return {
    models: hasConfig && config.models.length ? config.models.map(({ name, path: p }) => ({ name, path: p })) : subfolders(root, 'models'),
    datasets: hasConfig && config.datasets.length ? config.datasets.map(({ name, path: p }) => ({ name, path: p })) : subfolders(root, 'data'),
  };
}
