/**
 * Validates a set of cards against each other and the repository. The repository is reached through
 * the CardWorld port (implemented over the file system and git in src/adapters/fs/cards.ts), so the
 * decisions here stay testable with plain objects.
 */
import path from 'node:path/posix';
import { parseMessage } from '../experiments/message.js';
import type { Finding } from '../finding.js';
import { locate } from '../yaml/index.js';
import { compareColumns, compareFileFacts, resolveDeclaredPath, type FileFacts, type Locator } from './datafiles.js';
import { parseCard, type CardDocument } from './document.js';
import { declaredColumns, declaredFiles, datasetRefs, experimentTag, identity, modelIndexMetrics, type DeclaredFile } from './model.js';
import type { CardKind, Profile } from './profiles.js';
import { compareMetrics, releasedVersions, versionRegressed, versionTag, artifactOf } from './releases.js';
import { applySeverities, finding, type SeverityOverrides } from './rules.js';
import { decodeCardText } from './text.js';
import { validateCardDocument } from './validate.js';

/** One card to check, as discovery found it. */
export interface CardTarget {
  /** Repository-relative path with forward slashes. */
  file: string;
  kind: CardKind;
  profile: Profile;
}

export type FileProblem = { rule: 'card/file-missing' | 'card/file-path'; problem: string };

/** Everything the checks need from the repository. */
export interface CardWorld {
  readCard(file: string): Promise<Uint8Array | { problem: string }>;
  /** Measures a repository file: digest and size always; rows and a sample when asked. */
  fileFacts(file: string, want: { rows: boolean; sample: boolean; format: DeclaredFile['format'] }): Promise<FileFacts | FileProblem>;
  /** Every tag name in the repository. */
  tagNames(): Promise<string[]>;
  /** The message of an annotated tag, or undefined when the tag does not exist. */
  tagMessage(tag: string): Promise<string | undefined>;
  /** Git blob id of a path at a revision (undefined when absent) and of the file in the work tree. */
  blobAt(rev: string, file: string): Promise<string | undefined>;
  blobNow(file: string): Promise<string | undefined>;
  /** Content of a file at a revision. */
  readAt(rev: string, file: string): Promise<Uint8Array | undefined>;
}

export interface CheckOptions {
  severity?: SeverityOverrides;
  /** Section titles that replace a profile's required sections, per kind. */
  requiredSections?: { model?: string[]; data?: string[] };
  /** Extra placeholder strings. */
  placeholders?: string[];
  metricTolerance?: number;
  /**
   * PR mode: the files the PR changed. Only cards touched by it, cards whose declared data files or
   * folder changed, and model cards referencing a selected data card are checked; every card is still
   * read so references resolve.
   */
  changed?: readonly string[];
}

/** A card after its checks: the rows of the per-card table come from here. */
export interface CardResult {
  target: CardTarget;
  name?: string;
  version?: string;
  findings: Finding[];
}

/** Reads every target, checks the selected ones, and returns one result per selected card. */
export async function checkCards(targets: readonly CardTarget[], world: CardWorld, options: CheckOptions = {}): Promise<CardResult[]> {
  const read = await mapLimit(targets, (t) => readTarget(t, world, options));
  const docs = new Map(targets.map((t, i) => [t.file, read[i] ?? { findings: [] }]));
  const index = indexCards(docs);
  const tags = tagIndex(await world.tagNames());
  const selected = options.changed ? selectChanged(docs, options.changed) : undefined;
  const chosen = targets.filter((t) => !selected || selected.has(t.file));
  return mapLimit(chosen, async (t) => {
    const card = docs.get(t.file) ?? { findings: [] };
    const findings = [...card.findings];
    if (card.doc) findings.push(...(await repositoryFindings(card.doc, { world, tags, index, options })));
    const id = card.doc ? identity(card.doc.metadata) : {};
    return { target: t, name: id.name, version: id.version, findings: applySeverities(findings, options.severity) };
  });
}

/** Maps with at most `limit` calls in flight (file reads and git calls overlap; results keep their order). */
export async function mapLimit<T, R>(items: readonly T[], fn: (item: T) => Promise<R>, limit = 16): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

async function readTarget(t: CardTarget, world: CardWorld, options: CheckOptions): Promise<{ doc?: CardDocument; findings: Finding[] }> {
  const bytes = await world.readCard(t.file);
  if (!(bytes instanceof Uint8Array)) {
    return { findings: [finding('card/unreadable', t.profile, t.file, `${t.kind} card ${bytes.problem}`, { hint: `create it with \`mlops init card ${t.kind} NAME\`, or fix the path in .github/mlops.yml` })] };
  }
  const decoded = decodeCardText(bytes, t.file);
  if (!decoded.ok) return { findings: [decoded.finding] };
  const doc = parseCard(decoded.text, t.file, t.kind, t.profile, options.placeholders);
  return { doc, findings: validateCardDocument(doc, { requiredSections: options.requiredSections?.[t.kind] }) };
}

/** The cards a PR touches: their file, their folder, their declared data, or a data card they use. */
export function selectChanged(docs: ReadonlyMap<string, { doc?: CardDocument }>, changed: readonly string[]): Set<string> {
  const changes = new Set(changed);
  const selected = new Set<string>();
  const dataNames = new Set<string>();
  for (const [file, { doc }] of docs) {
    const dir = path.dirname(file);
    const touched =
      changes.has(file) ||
      (dir !== '.' && changed.some((c) => c.startsWith(`${dir}/`))) ||
      (doc?.kind === 'data' &&
        declaredFiles(doc.metadata).some((f) => {
          const r = resolveDeclaredPath(dir === '.' ? '' : dir, f.path);
          return 'repoPath' in r && changes.has(r.repoPath);
        }));
    if (!touched) continue;
    selected.add(file);
    const name = doc?.kind === 'data' ? identity(doc.metadata).name : undefined;
    if (name) dataNames.add(name);
  }
  for (const [file, { doc }] of docs) {
    if (doc?.kind === 'model' && datasetRefs(doc.metadata).some((r) => dataNames.has(r.name))) selected.add(file);
  }
  return selected;
}

interface CardIndex {
  /** Data cards by name (first one wins; duplicates get a finding). */
  data: Map<string, CardDocument>;
  duplicates: Map<string, string>;
}

function indexCards(docs: Map<string, { doc?: CardDocument }>): CardIndex {
  const data = new Map<string, CardDocument>();
  const seen = new Map<string, string>();
  const duplicates = new Map<string, string>();
  for (const { doc } of docs.values()) {
    const name = doc ? identity(doc.metadata).name : undefined;
    if (!doc || !name) continue;
    const key = `${doc.kind}:${name}`;
    const first = seen.get(key);
    if (first) duplicates.set(doc.file, first);
    else seen.set(key, doc.file);
    if (doc.kind === 'data' && !data.has(name)) data.set(name, doc);
  }
  return { data, duplicates };
}

interface TagIndex {
  names: ReadonlySet<string>;
  /** Released versions per registry artifact (`churn`, `data/customers`), in semver order. */
  released: ReadonlyMap<string, string[]>;
  hasExperiments: boolean;
}

/** Tags read once per run: thousands of tags must not be re-parsed for every card. */
function tagIndex(names: readonly string[]): TagIndex {
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const at = name.lastIndexOf('@v');
    if (at <= 0) continue;
    const group = groups.get(name.slice(0, at));
    if (group) group.push(name);
    else groups.set(name.slice(0, at), [name]);
  }
  const released = new Map([...groups].map(([artifact, group]) => [artifact, releasedVersions(group, artifact)]));
  return { names: new Set(names), released, hasExperiments: names.some((t) => t.startsWith('exp/')) };
}

interface Ctx {
  world: CardWorld;
  tags: TagIndex;
  index: CardIndex;
  options: CheckOptions;
}

async function repositoryFindings(doc: CardDocument, ctx: Ctx): Promise<Finding[]> {
  const at: Locator = (p) => (doc.source ? locate(doc.source, p) : { line: 1 });
  const out: Finding[] = [];
  const { name, version } = identity(doc.metadata);
  const first = ctx.index.duplicates.get(doc.file);
  if (first && name) out.push(finding('card/duplicate-name', doc.profile, doc.file, `another ${doc.kind} card (${first}) is also named \`${name}\``, { ...at(['name']), hint: 'give each card a unique `name`' }));
  if (name && version) {
    out.push(...versionRegressed(version, ctx.tags.released.get(artifactOf(doc.kind, name)) ?? [], { card: doc.file, profile: doc.profile, at }));
  }
  if (doc.kind === 'data') {
    out.push(...(await dataFindings(doc, ctx, at)));
    if (name && version) out.push(...(await immutability(doc, versionTag('data', name, version), ctx, at)));
  } else {
    out.push(...modelReferenceFindings(doc, ctx, at));
    out.push(...(await experimentFindings(doc, ctx, at)));
    if (name && version) out.push(...(await releasedModelFindings(doc, versionTag('model', name, version), ctx, at)));
  }
  return out;
}

async function dataFindings(doc: CardDocument, ctx: Ctx, at: Locator): Promise<Finding[]> {
  const out: Finding[] = [];
  const dir = path.dirname(doc.file) === '.' ? '' : path.dirname(doc.file);
  const columns = declaredColumns(doc.metadata);
  const base = { card: doc.file, profile: doc.profile, at };
  for (const file of declaredFiles(doc.metadata)) {
    const where = at(['files', file.index, 'path']);
    const resolved = resolveDeclaredPath(dir, file.path);
    if ('problem' in resolved) {
      out.push(finding('card/file-path', doc.profile, doc.file, `data file \`${file.path}\` ${resolved.problem}; it was not read`, where));
      continue;
    }
    const facts = await ctx.world.fileFacts(resolved.repoPath, { rows: file.rows !== undefined, sample: columns !== undefined, format: file.format });
    if ('problem' in facts) {
      out.push(finding(facts.rule, doc.profile, doc.file, `data file \`${file.path}\` ${facts.problem}`, where));
      continue;
    }
    out.push(...compareFileFacts(file, facts, base));
    if (columns && facts.sample) out.push(...compareColumns(file, columns, facts.sample, base));
    else if (columns && file.format === 'parquet') {
      out.push(finding('card/columns-unchecked', doc.profile, doc.file, `columns of \`${file.path}\` (Parquet) are checked by \`mlops data check\`, not here`, where));
    }
  }
  return out;
}

/** A released data version's files must be byte-identical to the tag's: compare git blob ids. */
async function immutability(doc: CardDocument, tag: string, ctx: Ctx, at: Locator): Promise<Finding[]> {
  if (!ctx.tags.names.has(tag)) return [];
  const out: Finding[] = [];
  const dir = path.dirname(doc.file) === '.' ? '' : path.dirname(doc.file);
  for (const file of declaredFiles(doc.metadata)) {
    const resolved = resolveDeclaredPath(dir, file.path);
    if ('problem' in resolved) continue;
    const [then, now] = await Promise.all([ctx.world.blobAt(tag, resolved.repoPath), ctx.world.blobNow(resolved.repoPath)]);
    if (now === undefined) continue;
    if (then === undefined || then !== now) {
      const what = then === undefined ? 'was not part of' : 'changed since';
      out.push(finding('card/data-immutable', doc.profile, doc.file, `\`${file.path}\` ${what} the released version ${tag}: bump the version`, { ...at(['files', file.index, 'path']), hint: 'released data is immutable: bump `version` (and keep the released files unchanged)' }));
    }
  }
  return out;
}

/** A released model version's card metadata cannot change (the body may be edited). */
async function releasedModelFindings(doc: CardDocument, tag: string, ctx: Ctx, at: Locator): Promise<Finding[]> {
  if (!ctx.tags.names.has(tag)) return [];
  const bytes = await ctx.world.readAt(tag, doc.file);
  if (!bytes) return [];
  const decoded = decodeCardText(bytes, doc.file);
  if (!decoded.ok) return [];
  const then = parseCard(decoded.text, doc.file, doc.kind, doc.profile);
  if (stableJson(then.metadata) === stableJson(doc.metadata)) return [];
  const changed = Object.keys({ ...then.metadata, ...doc.metadata }).filter((k) => stableJson(then.metadata[k]) !== stableJson(doc.metadata[k]));
  return [
    finding('card/released-version-changed', doc.profile, doc.file, `version ${identity(doc.metadata).version} is released (${tag}) but its metadata changed (${changed.map((k) => `\`${k}\``).join(', ')}): bump the version`, {
      ...at([changed[0] ?? 'version']),
    }),
  ];
}

function modelReferenceFindings(doc: CardDocument, ctx: Ctx, at: Locator): Finding[] {
  const out: Finding[] = [];
  for (const ref of datasetRefs(doc.metadata)) {
    const where = at(['datasets', ref.index]);
    const card = ctx.index.data.get(ref.name);
    if (!card) {
      if (ref.version !== undefined || ctx.index.data.size > 0) {
        out.push(finding('card/dataset-unresolved', doc.profile, doc.file, `dataset \`${ref.ref}\` has no data card in the repository`, { ...where, hint: `add a DATA_CARD.md with \`name: ${ref.name}\`, or fix the name (known: ${[...ctx.index.data.keys()].slice(0, 8).join(', ') || 'none'})` }));
      }
      continue;
    }
    const current = identity(card.metadata).version;
    if (ref.version === undefined || ref.version === current) continue;
    if (!ctx.tags.names.has(versionTag('data', ref.name, ref.version))) {
      out.push(finding('card/dataset-version', doc.profile, doc.file, `dataset \`${ref.ref}\`: version ${ref.version} is neither the data card's version (${current ?? 'none'}) nor released`, { ...where, hint: `reference \`${ref.name}@v${current ?? '…'}\` or a released version` }));
    }
  }
  return out;
}

async function experimentFindings(doc: CardDocument, ctx: Ctx, at: Locator): Promise<Finding[]> {
  const tag = experimentTag(doc.metadata);
  if (!tag) return [];
  const where = at(['experiment']);
  const message = ctx.tags.names.has(tag) ? await ctx.world.tagMessage(tag) : undefined;
  if (message === undefined) {
    const none = !ctx.tags.hasExperiments;
    if (none) return [finding('card/experiment-pending', doc.profile, doc.file, `experiment \`${tag}\` is referenced but no experiments are recorded yet`, { ...where, hint: 'record it with `mlops experiment record`' })];
    return [finding('card/experiment-missing', doc.profile, doc.file, `experiment tag \`${tag}\` does not exist`, { ...where, hint: 'fix the name (`git tag -l "exp/*"`), or record the experiment' })];
  }
  const recorded = recordedMetrics(message);
  if (!recorded) return [];
  return compareMetrics(modelIndexMetrics(doc.metadata), recorded, { card: doc.file, profile: doc.profile, at, experiment: tag, tolerance: ctx.options.metricTolerance });
}

/** The `metrics` of the experiment record: the JSON after the first line of the tag message (SPEC §6). */
export function recordedMetrics(message: string): Record<string, unknown> | undefined {
  const metrics = parseMessage(message).record?.metrics;
  return metrics !== null && typeof metrics === 'object' && !Array.isArray(metrics) ? metrics : undefined;
}

function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (x !== null && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x)) ?? 'undefined';
}
