/** Gathers what `mlops doctor` grades (src/core/doctor/facts.ts) from a repository on disk and its git tags. */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCard } from '../../core/cards/document.js';
import type { CardFact, RepoFacts } from '../../core/doctor/facts.js';
import { validateCards } from '../fs/cards.js';
import { loadConfig } from '../fs/config.js';
import { isRepoFile } from '../fs/inside.js';
import { Git } from '../git.js';

/** More files than this are not listed: the checklist looks at layout, not at every data file. */
const MAX_FILES = 50_000;
/** Manifests larger than this are not dependency lists. */
const MAX_MANIFEST = 256 * 1024;
const MANIFEST = /(^|\/)(requirements[^/]*\.txt|pyproject\.toml|environment\.ya?ml|Pipfile|setup\.cfg)$/;

/** Everything doctor needs, read from the repository at `root` (a git repository or a plain folder). */
export async function gatherFacts(root: string): Promise<RepoFacts> {
  const git = new Git(root);
  const isGit = await git.root().then(() => true, () => false);
  const files = isGit ? await gitFiles(git) : [];
  const loaded = await loadConfig(root);
  const validated = await validateCards(root, { config: loaded.config });
  const cards = await Promise.all(validated.cards.map((c) => cardFact(root, c.target, c.findings, loaded.config.cards.placeholders, c)));
  const tags = isGit ? (await git.run(['tag', '--list'])).stdout.split('\n').filter(Boolean) : [];
  return {
    files,
    configFile: loaded.file,
    configErrors: loaded.findings.filter((f) => f.severity === 'error').length,
    config: loaded.config,
    cards,
    tags,
    workflows: await readAll(root, workflowFiles(root)),
    dependencies: await readAll(root, files.filter((f) => MANIFEST.test(f) && !f.includes('node_modules/')).slice(0, 50)),
  };
}

async function gitFiles(git: Git): Promise<string[]> {
  const { stdout } = await git.run(['ls-files', '-co', '--exclude-standard', '-z']);
  return stdout.split('\0').filter(Boolean).slice(0, MAX_FILES);
}

function workflowFiles(root: string): string[] {
  const dir = path.join(root, '.github/workflows');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => `.github/workflows/${n}`);
}

async function readAll(root: string, files: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of files) {
    if (!isRepoFile(root, f)) continue; // a symlink out of the repository is never read
    const text = await readFile(path.join(root, f), 'utf8').catch(() => '');
    if (text.length <= MAX_MANIFEST) out[f] = text;
  }
  return out;
}

type Target = { file: string; kind: 'model' | 'data'; profile: 'standard' | 'huggingface' };
type Found = { rule: string; severity: string; message: string };

async function cardFact(root: string, target: Target, findings: Found[], placeholders: readonly string[], id: { name?: string; version?: string }): Promise<CardFact> {
  const text = await readFile(path.join(root, target.file), 'utf8').catch(() => '');
  const meta = text ? parseCard(text.replace(/\r\n/g, '\n'), target.file, target.kind, target.profile, placeholders).metadata : {};
  const files = Array.isArray(meta.files) ? (meta.files as unknown[]) : [];
  return {
    file: target.file,
    kind: target.kind,
    name: id.name,
    version: id.version,
    errorRules: findings.filter((f) => f.severity === 'error').map((f) => f.rule),
    sectionProblems: findings.filter((f) => /section/.test(f.rule)).map((f) => f.message),
    checksummedFiles: files.filter((f) => typeof (f as { sha256?: unknown }).sha256 === 'string').length,
    hasContract: typeof meta.schema === 'object' && meta.schema !== null,
  };
}
