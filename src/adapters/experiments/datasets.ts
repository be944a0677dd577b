/**
 * `--dataset CARD|NAME@VERSION`: the dataset versions a run used, with the checksums of their files
 * taken from the data card's `files` (SPEC §4); a file the card lists without a checksum is hashed.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { splitFrontMatter } from '../../core/cards/frontmatter.js';
import { UserError } from '../../core/errors.js';
import type { DatasetFile, DatasetRef } from '../../core/experiments/record.js';
import { yamlOrThrow } from '../../core/experiments/values.js';
import type { Finding } from '../../core/finding.js';
import { sha256File } from '../fs/hash.js';
import type { Git } from '../git.js';
import { insideRepo } from './files.js';

interface CardInfo {
  name?: string;
  version?: string;
  files: Array<{ path?: unknown; sha256?: unknown; bytes?: unknown }>;
}

/** Resolves every `--dataset` value; a card that cannot be found or read is a UserError. */
export async function resolveDatasets(
  git: Git,
  root: string,
  cwd: string,
  specs: readonly string[],
): Promise<{ datasets: DatasetRef[]; findings: Finding[] }> {
  const datasets: DatasetRef[] = [];
  const findings: Finding[] = [];
  for (const spec of specs) {
    const byName = /^([^@/\\]+)@([^@/\\]+)$/.exec(spec);
    const asPath = await exists(path.resolve(cwd, spec));
    if (byName && !asPath) datasets.push(await byNameAndVersion(git, root, byName[1]!, byName[2]!, findings));
    else datasets.push(await fromCard(root, await cardFile(root, cwd, spec)));
  }
  return { datasets, findings };
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

async function cardFile(root: string, cwd: string, spec: string): Promise<string> {
  const given = await insideRepo(root, cwd, spec, 'data card');
  if (!(await stat(given.absolute)).isDirectory()) return given.relative;
  for (const name of ['DATA_CARD.md', 'README.md']) {
    if (await exists(path.join(given.absolute, name))) return `${given.relative}/${name}`;
  }
  throw new UserError(`no DATA_CARD.md or README.md in '${spec}'`, {
    file: spec,
    hint: 'point --dataset at a data card or NAME@VERSION',
  });
}

async function readCard(root: string, relative: string): Promise<CardInfo> {
  const text = (await readFile(path.join(root, relative), 'utf8')).replace(/\r\n?/g, '\n');
  const split = splitFrontMatter(text, relative);
  if (!split.found)
    throw new UserError(`${relative} has no YAML front matter`, {
      file: relative,
      line: 1,
      hint: 'a data card starts with `---`, its metadata, and `---`',
    });
  const meta = yamlOrThrow(split.yaml, relative, {
    lineOffset: split.yamlLine - 1,
    expect: 'mapping',
  }) as Record<string, unknown>;
  const text_ = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
  return {
    name: text_(meta.name),
    version: text_(meta.version),
    files: Array.isArray(meta.files) ? (meta.files as CardInfo['files']) : [],
  };
}

async function fromCard(root: string, relative: string): Promise<DatasetRef> {
  const card = await readCard(root, relative);
  const folder = path.posix.dirname(relative);
  const files: DatasetFile[] = [];
  for (const f of card.files) {
    if (typeof f?.path !== 'string') continue;
    const file = path.posix.normalize(path.posix.join(folder === '.' ? '' : folder, f.path));
    if (file.startsWith('..'))
      throw new UserError(`data card file '${f.path}' is outside the repository`, { file: relative });
    if (typeof f.sha256 === 'string')
      files.push({
        path: file,
        sha256: f.sha256,
        ...(typeof f.bytes === 'number' ? { bytes: f.bytes } : {}),
      });
    else if (await exists(path.join(root, file)))
      files.push({ path: file, ...(await sha256File(path.join(root, file))) });
    else files.push({ path: file });
  }
  return {
    name: card.name ?? path.posix.basename(folder),
    ...(card.version ? { version: card.version } : {}),
    card: relative,
    files,
  };
}

async function byNameAndVersion(
  git: Git,
  root: string,
  name: string,
  version: string,
  findings: Finding[],
): Promise<DatasetRef> {
  const listed = await git.run([
    'ls-files',
    '-z',
    '--cached',
    '--others',
    '--exclude-standard',
    '--',
    ':(glob)**/DATA_CARD.md',
    ':(glob)**/README.md',
  ]);
  for (const relative of listed.stdout.split('\0').filter(Boolean)) {
    const card = await readCard(root, relative).catch(() => undefined);
    if (card?.name !== name) continue;
    const ref = await fromCard(root, relative);
    if (card.version === version) return ref;
    findings.push({
      rule: 'experiment/dataset-version',
      severity: 'warning',
      message: `dataset ${name}@${version} was asked for, but its card declares version ${card.version ?? '(none)'}; checksums were not recorded`,
      file: relative,
      hint: `record the dataset from the commit whose card declares ${version}, or pass --dataset ${relative}`,
    });
    return { name, version, card: relative, files: [] };
  }
  throw new UserError(`no data card declares dataset '${name}'`, {
    hint: 'add a DATA_CARD.md with `name:` in its front matter, or pass the card path to --dataset',
  });
}
