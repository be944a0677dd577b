/**
 * The registry's tag grammar, compatible with GTO both ways (iterative/gto, gto/constants.py `tag_re`
 * and gto/tag.py `name_tag`):
 *   register `{artifact}@v{semver}`     deregister `{artifact}@v{semver}!`
 *   assign   `{artifact}#{stage}#{N}`   unassign   `{artifact}#{stage}!#{N}`
 *   deprecate `{artifact}@deprecated`   create `{artifact}@created` (GTO reserves it; read, never written)
 * Any of them may carry a `#{N}` counter; GTO's legacy assignment `{artifact}#{stage}` has none.
 * Artifact names may contain `/` (datasets are `data/{name}`); GTO's `dir:name` form is `dir=name` in a tag.
 */
import { SEMVER_SOURCE } from './semver.js';

export type RegistryAction = 'register' | 'deregister' | 'assign' | 'unassign' | 'deprecate' | 'create';

/** A registry tag name taken apart. */
export interface TagName {
  artifact: string;
  action: RegistryAction;
  /** `v1.2.3` for register/deregister. */
  version?: string;
  stage?: string;
  /** The per-artifact counter `#N`, when present. */
  counter?: number;
}

const NAME = '[a-zA-Z0-9](?:[a-zA-Z0-9\\-/_]*[a-zA-Z0-9])?';
const DIRNAME = '[a-zA-Z0-9\\-_./]+';
const ACTION = `(?:(?:#(?<stage>${NAME})|@(?<version>v${SEMVER_SOURCE}))(?<cancel>!?)|@(?:(?<deprecated>deprecated)|(?<created>created)))(?:#(?<counter>[0-9]+))?$`;
const TAG_RE = new RegExp(`^(?<artifact>(?:${DIRNAME}=)?${NAME})${ACTION}`);
const NAME_RE = new RegExp(`^(?:${DIRNAME}:)?${NAME}$`);
const STAGE_RE = new RegExp(`^${NAME}$`);

/** True when GTO accepts the artifact name (letters, digits, `-`, `_`, `/`; starts and ends alphanumeric). */
export function isValidArtifactName(name: string): boolean {
  return NAME_RE.test(name);
}

/** True when GTO accepts the stage name. */
export function isValidStageName(stage: string): boolean {
  return STAGE_RE.test(stage);
}

/** Parses a tag name; undefined when it is not a registry tag (experiment tags, release tags …). */
export function parseTagName(tag: string): TagName | undefined {
  if (!tag.includes('@') && !tag.includes('#')) return undefined;
  return tag.includes('=') ? parseByPattern(tag) : parsePlain(tag);
}

/** The grammar as one pattern (GTO's `tag_re`): the reference, and the reader of `dir=name` tags. */
export function parseByPattern(tag: string): TagName | undefined {
  const g = TAG_RE.exec(tag)?.groups;
  if (!g?.artifact) return undefined;
  const artifact = g.artifact.replace('=', ':');
  const counter = g.counter !== undefined ? Number(g.counter) : undefined;
  const cancel = g.cancel === '!';
  if (g.version) return tagName(artifact, cancel ? 'deregister' : 'register', g.version, undefined, counter);
  if (g.stage) return tagName(artifact, cancel ? 'unassign' : 'assign', undefined, g.stage, counter);
  return tagName(artifact, g.deprecated ? 'deprecate' : 'create', undefined, undefined, counter);
}

const VERSION_RE = new RegExp(`^v${SEMVER_SOURCE}$`);

/** The artifact (a valid one) and the word of the last tag parsePlain read. */
const previous = { artifact: '', word: '' };

/**
 * The same grammar read by position, for names without `dir=` (nearly all): neither an artifact nor
 * a stage nor a version can hold `@`, `#` or `!`, so the first `@` or `#` ends the artifact and the
 * next `!` or `#` ends the stage or version. A registry of 10,000 tags is read at start-up of every
 * `registry show`, and one pattern with named groups per tag was a fifth of that.
 */
function parsePlain(tag: string): TagName | undefined {
  const at = tag.indexOf('@');
  const hash = tag.indexOf('#');
  const split = at < 0 ? hash : hash < 0 ? at : Math.min(at, hash);
  // Tags listed by name come in runs of one artifact and stage: the previous tag's strings are reused
  // (no copy, and a hash already computed for every map they are looked up in).
  let artifact = previous.artifact;
  if (split === 0 || split !== artifact.length || !tag.startsWith(artifact)) {
    artifact = tag.slice(0, split);
    if (!validName(artifact)) return undefined;
    previous.artifact = artifact;
  }
  // The word (stage, version, `deprecated`) ends at the first `!` or `#` after the split.
  const bang = tag.indexOf('!', split + 1);
  const nextHash = tag.indexOf('#', split + 1);
  const end = bang < 0 ? (nextHash < 0 ? tag.length : nextHash) : nextHash < 0 ? bang : Math.min(bang, nextHash);
  let word = previous.word;
  if (end - split - 1 !== word.length || !tag.startsWith(word, split + 1)) previous.word = word = tag.slice(split + 1, end);
  const cancel = end === bang;
  const from = cancel ? end + 1 : end;
  const counter = from < tag.length ? counterAt(tag, from) : undefined;
  if (counter === -1) return undefined;
  if (split === hash) return validName(word) ? tagName(artifact, cancel ? 'unassign' : 'assign', undefined, word, counter) : undefined;
  if (word === 'deprecated' || word === 'created') return cancel ? undefined : tagName(artifact, word === 'deprecated' ? 'deprecate' : 'create', undefined, undefined, counter);
  return VERSION_RE.test(word) ? tagName(artifact, cancel ? 'deregister' : 'register', word, undefined, counter) : undefined;
}

/**
 * A TagName with every field present (undefined where the action has none): one object shape for every
 * kind of tag, so code that reads 10,000 of them stays compiled for one shape.
 */
function tagName(artifact: string, action: RegistryAction, version: string | undefined, stage: string | undefined, counter: number | undefined): TagName {
  return { artifact, action, version, stage, counter };
}

/** The counter of a tag whose `#N` starts at `from`; -1 when the rest is not `#` and digits. */
function counterAt(tag: string, from: number): number {
  if (tag.charCodeAt(from) !== 35 || from + 1 === tag.length) return -1; // '#'
  let n = 0;
  for (let i = from + 1; i < tag.length; i++) {
    const d = tag.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Artifact and stage names already checked: a registry repeats a few dozen of them across 10,000 tags. */
const checked = new Map<string, boolean>();

function validName(name: string): boolean {
  let ok = checked.get(name);
  if (ok === undefined) {
    ok = STAGE_RE.test(name);
    if (checked.size < 10_000) checked.set(name, ok);
  }
  return ok;
}

/** Formats a tag name; the inverse of parseTagName. Throws on names GTO would reject. */
export function formatTagName(t: TagName): string {
  if (!isValidArtifactName(t.artifact)) throw new Error(`invalid artifact name '${t.artifact}'`);
  const artifact = t.artifact.replace(':', '=');
  const counter = t.counter !== undefined ? `#${t.counter}` : '';
  switch (t.action) {
    case 'register':
    case 'deregister': {
      const version = t.version?.startsWith('v') ? t.version : `v${t.version ?? ''}`;
      const tag = `${artifact}@${version}${t.action === 'deregister' ? '!' : ''}${counter}`;
      if (!TAG_RE.test(tag)) throw new Error(`invalid version '${t.version}' for ${t.artifact}`);
      return tag;
    }
    case 'assign':
    case 'unassign':
      if (!t.stage || !isValidStageName(t.stage)) throw new Error(`invalid stage name '${t.stage}'`);
      return `${artifact}#${t.stage}${t.action === 'unassign' ? '!' : ''}${counter}`;
    case 'deprecate':
      return `${artifact}@deprecated${counter}`;
    case 'create':
      return `${artifact}@created${counter}`;
  }
}
