/**
 * Cards in a repository: discovery (configured folders plus MODEL_CARD.md / DATA_CARD.md /
 * model_card.json anywhere), safe reading, data file measurement and git facts, wired into the core
 * checks as a CardWorld. `validateCards(root, options)` is what the CLI and the actions call.
 */
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { checkCards, type CardResult, type CardTarget, type CardWorld, type FileProblem } from '../../core/cards/check.js';
import type { FileFacts } from '../../core/cards/datafiles.js';
import type { DeclaredFile } from '../../core/cards/model.js';
import type { CardKind, Profile } from '../../core/cards/profiles.js';
import type { MlopsConfig } from '../../core/config/index.js';
import { UserError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import { Git } from '../git.js';
import { countRows, sampleTable } from './card-tables.js';
import { loadConfig } from './config.js';
import { sha256File } from './hash.js';
import { parquetFacts } from './card-parquet.js';

/** Cards larger than this are refused unread: a card is prose plus metadata, not data. */
export const MAX_CARD_BYTES = 4 * 1024 * 1024;
const CARD_NAMES: Record<string, CardKind> = { 'MODEL_CARD.md': 'model', 'DATA_CARD.md': 'data', 'model_card.json': 'model', 'MODEL_CARD.json': 'model' };
const SKIP_DIRS = new Set(['node_modules', 'dist', 'coverage', '__pycache__', 'venv']);

export interface ValidateCardsOptions {
  /** Files or folders to check (repository-relative or absolute inside the repository); default: every card. */
  paths?: readonly string[];
  /** PR mode: only cards touched between base and head (plus cards whose data changed). */
  base?: string;
  head?: string;
  /** Configuration; read from .github/mlops.yml when absent. */
  config?: MlopsConfig;
}

export interface ValidateCardsResult {
  cards: CardResult[];
  findings: Finding[];
  /** Repository-relative cards that were checked. */
  checked: string[];
}

/** Finds and checks the cards of the repository at `root`. */
export async function validateCards(root: string, options: ValidateCardsOptions = {}): Promise<ValidateCardsResult> {
  const config = options.config ?? (await loadConfig(root)).config;
  const targets = await discoverCards(root, config, options.paths);
  const git = new Git(root);
  const notes: Finding[] = [];
  let changed: string[] | undefined;
  if (options.base) {
    changed = await git.changedFiles(options.base, options.head ?? 'HEAD').catch(() => undefined);
    if (!changed) notes.push(shallowNotice(options.base));
  }
  const cards = await checkCards(targets, cardWorld(root, git), {
    severity: config.cards.severity,
    requiredSections: config.cards.required_sections,
    placeholders: config.cards.placeholders,
    changed,
  });
  return { cards, findings: [...notes, ...cards.flatMap((c) => c.findings)], checked: cards.map((c) => c.target.file) };
}

function shallowNotice(base: string): Finding {
  return {
    rule: 'card/pr-diff-unavailable',
    severity: 'notice',
    message: `the files changed since ${base.slice(0, 12)} could not be listed (a shallow clone?), so every card was checked`,
    hint: 'check out with `fetch-depth: 0` to check only the cards a pull request touches',
  };
}

/** Every card to check: configured models and datasets, cards found by name, or the given paths. */
export async function discoverCards(root: string, config: MlopsConfig, paths?: readonly string[]): Promise<CardTarget[]> {
  const out = new Map<string, CardTarget>();
  const add = (file: string, kind: CardKind, profile?: Profile): void => {
    if (!out.has(file)) out.set(file, { file, kind, profile: profile ?? profileFor(file, config) });
  };
  const configured = new Map<string, { kind: CardKind; profile?: Profile }>();
  for (const m of config.models) {
    const file = await pickCard(root, m.path, m.card, ['MODEL_CARD.md', 'README.md']);
    if (file) configured.set(file, { kind: 'model', profile: m.cards_profile });
  }
  for (const d of config.datasets) {
    const file = await pickCard(root, d.path, d.card, ['DATA_CARD.md', 'README.md']);
    if (file) configured.set(file, { kind: 'data' });
  }
  if (!paths || paths.length === 0) {
    for (const [file, c] of configured) add(file, c.kind, c.profile);
    for (const file of await walk(root, '')) add(file, CARD_NAMES[path.posix.basename(file)] ?? 'model');
    return [...out.values()].sort((a, b) => a.file.localeCompare(b.file));
  }
  for (const p of paths) {
    const rel = toRepoPath(root, p);
    const info = await stat(path.join(root, rel)).catch(() => undefined);
    if (info?.isDirectory()) {
      for (const [file, c] of configured) if (isUnder(file, rel)) add(file, c.kind, c.profile);
      for (const file of await walk(root, rel)) add(file, CARD_NAMES[path.posix.basename(file)] ?? 'model');
    } else {
      const c = configured.get(rel);
      add(rel, c?.kind ?? (await guessKind(root, rel)), c?.profile);
    }
  }
  return [...out.values()];
}

/**
 * The configured card, else the first of `names` in the folder, else (the folder exists but has no
 * card) the first name, which is then reported missing. A folder that does not exist is the
 * configuration's mistake, not a card's: undefined.
 */
async function pickCard(root: string, folder: string, card: string | undefined, names: string[]): Promise<string | undefined> {
  if (card) return path.posix.normalize(card);
  for (const name of names) {
    const file = path.posix.join(folder, name);
    if (await stat(path.join(root, file)).then((s) => s.isFile()).catch(() => false)) return file;
  }
  const isDir = await stat(path.join(root, folder)).then((s) => s.isDirectory()).catch(() => false);
  return isDir ? path.posix.join(folder, names[0] ?? 'README.md') : undefined;
}

/** Card files by name under `dir`, skipping hidden, dependency and build folders; symlinks are not followed. */
async function walk(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
  const rel = (name: string): string => (dir ? `${dir}/${name}` : name);
  const files = entries.filter((e) => e.isFile() && CARD_NAMES[e.name]).map((e) => rel(e.name));
  const dirs = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.') && !SKIP_DIRS.has(e.name));
  const nested = await Promise.all(dirs.map((e) => walk(root, rel(e.name))));
  return [...files, ...nested.flat()];
}

/** Profile from `cards.profiles` globs (first match wins), else `cards.profile`. */
function profileFor(file: string, config: MlopsConfig): Profile {
  for (const [glob, profile] of Object.entries(config.cards.profiles)) if (globToRegExp(glob).test(file)) return profile;
  return config.cards.profile;
}

/** `**` any folders, `*` within one folder, `?` one character; a folder pattern covers what is under it. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? '';
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re.replace(/\/$/, '')}(?:/.*)?$`);
}

function isUnder(file: string, dir: string): boolean {
  return dir === '' || file === dir || file.startsWith(`${dir}/`);
}

/** A path given by the user as a repository path; one that leaves the repository is refused unread. */
function toRepoPath(root: string, p: string): string {
  const rel = path.relative(root, path.resolve(root, p)).split(path.sep).join('/');
  if (rel === '..' || rel.startsWith('../') || path.isAbsolute(rel)) {
    throw new UserError(`${p} is outside the repository; it was not read`, { hint: 'give card paths relative to the repository root' });
  }
  return rel === '.' ? '' : rel;
}

/** README.md and other names: data when the name or the front matter says so, else model. */
async function guessKind(root: string, rel: string): Promise<CardKind> {
  const name = path.posix.basename(rel).toLowerCase();
  if (name.includes('data')) return 'data';
  if (name.includes('model')) return 'model';
  const head = await readFile(path.join(root, rel), 'utf8').then((t) => t.slice(0, 64 * 1024)).catch(() => '');
  return /^(files|dataset_info|size_categories|task_categories|task_ids|configs|lineage|pii):/m.test(head) ? 'data' : 'model';
}

/** The CardWorld over a repository folder and its git history. */
export function cardWorld(root: string, git: Git): CardWorld {
  let tagList: Promise<string[]> | undefined;
  return {
    readCard: (file) => readCardFile(root, file),
    fileFacts: (file, want) => measure(root, file, want),
    tagNames: () => (tagList ??= git.run(['tag', '--list']).then((r) => r.stdout.split('\n').filter(Boolean), () => [])),
    tagMessage: async (tag) => (await git.tags([`refs/tags/${tag}`]).catch(() => [])).find((t) => t.name === tag)?.message,
    blobAt: async (rev, file) => gitLine(git, ['rev-parse', '--verify', '--quiet', `${rev}:${file}`]),
    blobNow: async (file) => gitLine(git, ['hash-object', '--', file]),
    readAt: async (rev, file) => git.show(rev, file),
  };
}

async function gitLine(git: Git, args: string[]): Promise<string | undefined> {
  const r = await git.run(args, { allowFailure: true }).catch(() => undefined);
  return r && r.code === 0 ? r.stdout.trim() || undefined : undefined;
}

/** A card's bytes, refusing symlinks out of the repository, non-files and oversized files. */
export async function readCardFile(root: string, file: string): Promise<Uint8Array | { problem: string }> {
  const inside = await insideRepo(root, file);
  if ('problem' in inside) return { problem: `${inside.problem}; it was not read` };
  const info = await stat(inside.real);
  if (!info.isFile()) return { problem: 'is not a regular file' };
  if (info.size > MAX_CARD_BYTES) return { problem: `is ${info.size} bytes, more than the ${MAX_CARD_BYTES}-byte limit for a card; it was not read` };
  return readFile(inside.real);
}

/** The real path of a repository file, or why it may not be read (missing, or a symlink leaving the repository). */
async function insideRepo(root: string, file: string): Promise<{ real: string } | FileProblem> {
  const abs = path.join(root, file);
  if (!(await lstat(abs).catch(() => undefined))) return { rule: 'card/file-missing', problem: 'does not exist' };
  const [realRoot, real] = await Promise.all([realRootOf(root), realpath(abs).catch(() => undefined)]);
  if (!real) return { rule: 'card/file-missing', problem: 'is a broken symlink' };
  const rel = path.relative(realRoot, real);
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return { rule: 'card/file-path', problem: 'is a symlink that leaves the repository' };
  return { real };
}

const realRoots = new Map<string, Promise<string>>();

/** realpath of a repository root, once per root (every card and data file is checked against it). */
function realRootOf(root: string): Promise<string> {
  let real = realRoots.get(root);
  if (!real) realRoots.set(root, (real = realpath(root)));
  return real;
}

async function measure(root: string, file: string, want: { rows: boolean; sample: boolean; format: DeclaredFile['format'] }): Promise<FileFacts | FileProblem> {
  const inside = await insideRepo(root, file);
  if ('problem' in inside) return inside;
  const info = await stat(inside.real);
  // stat before opening: opening a FIFO or device would block or never end.
  if (!info.isFile()) return { rule: 'card/file-missing', problem: 'is not a regular file' };
  const digest = await sha256File(inside.real);
  const facts: FileFacts = { sha256: digest.sha256, bytes: digest.bytes };
  const f = want.format;
  if (f === 'csv' || f === 'tsv' || f === 'jsonl') {
    if (want.rows) facts.rows = await countRows(inside.real, f);
    if (want.sample) facts.sample = await sampleTable(inside.real, f);
  } else if (f === 'parquet' && (want.rows || want.sample)) {
    Object.assign(facts, await parquetFacts(inside.real));
  }
  return facts;
}
