/** Loads `.github/mlops.yml` from a repository; a missing file means the defaults, with no finding. */
import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import {
  CONFIG_PATHS,
  defaultConfig,
  MAX_CONFIG_BYTES,
  parseConfig,
  type ParsedConfig,
} from '../../core/config/index.js';
import { UserError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import { tooLargeFinding } from '../../core/yaml/parse.js';

export interface LoadedConfig extends ParsedConfig {
  /** Repository-relative path of the file read; undefined when there is none (defaults). */
  file?: string;
}

export interface LoadConfigOptions {
  /** A repository-relative path chosen by the user (e.g. an action input) instead of `.github/mlops.yml`; it must exist. */
  file?: string;
}

/** Reads and validates the configuration of the repository at `repoRoot`. */
export async function loadConfig(repoRoot: string, opts: LoadConfigOptions = {}): Promise<LoadedConfig> {
  const project = basename(await realpath(repoRoot));
  const found: string[] = [];
  if (opts.file !== undefined) {
    if (!(await exists(join(repoRoot, opts.file)))) {
      throw new UserError(`the configuration file ${opts.file} does not exist`, {
        hint: `create it, or leave the option out to use ${CONFIG_PATHS[0]}`,
      });
    }
    found.push(opts.file.replace(/\\/g, '/'));
  } else {
    for (const candidate of CONFIG_PATHS) if (await exists(join(repoRoot, candidate))) found.push(candidate);
  }
  const file = found[0];
  if (!file) return { config: defaultConfig(project), findings: [] };
  const extra: Finding[] = found.slice(1).map((other) => ({
    rule: 'config/ambiguous-file',
    severity: 'warning',
    message: `both ${file} and ${other} exist; only ${file} is read`,
    file: other,
    line: 1,
    hint: `Delete ${other} or merge it into ${file}.`,
  }));
  const read = await readInside(repoRoot, file);
  if ('finding' in read) return { file, config: defaultConfig(project), findings: [read.finding, ...extra] };
  const parsed = parseConfig(read.text, file, { project });
  return { file, config: parsed.config, source: parsed.source, findings: [...parsed.findings, ...extra] };
}

async function exists(path: string): Promise<boolean> {
  try {
    await realpath(path);
    return true;
  } catch {
    return false;
  }
}

/** Reads a repository file as UTF-8, refusing symlinks out of the repository, non-files and oversized files. */
async function readInside(repoRoot: string, file: string): Promise<{ text: string } | { finding: Finding }> {
  const root = await realpath(repoRoot);
  const target = await realpath(join(root, file));
  const rel = relative(root, target);
  if (rel.startsWith(`..${sep}`) || rel === '..' || rel.startsWith(sep)) {
    return {
      finding: {
        rule: 'config/path-outside-repo',
        severity: 'error',
        message: `${file} links outside the repository; it was not read`,
        file,
        line: 1,
        hint: 'Make the configuration a regular file in the repository.',
      },
    };
  }
  // stat before opening: opening a FIFO would block until someone writes to it.
  const info = await stat(target);
  if (!info.isFile()) {
    return {
      finding: {
        rule: 'config/not-a-file',
        severity: 'error',
        message: `${file} is not a regular file`,
        file,
        hint: 'Make the configuration a regular YAML file.',
      },
    };
  }
  if (info.size > MAX_CONFIG_BYTES)
    return { finding: tooLargeFinding(file, info.size, MAX_CONFIG_BYTES, 'config') };
  return { text: await readFile(target, 'utf8') };
}
