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
// Without GTO's `dir=` prefix (nearly every tag) a simpler pattern avoids backtracking over the folder part.
const PLAIN_TAG_RE = new RegExp(`^(?<artifact>${NAME})${ACTION}`);
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
  const m = (tag.includes('=') ? TAG_RE : PLAIN_TAG_RE).exec(tag);
  const g = m?.groups;
  if (!g?.artifact) return undefined;
  const artifact = g.artifact.replace('=', ':');
  const counter = g.counter !== undefined ? Number(g.counter) : undefined;
  const cancel = g.cancel === '!';
  if (g.version) return { artifact, action: cancel ? 'deregister' : 'register', version: g.version, counter };
  if (g.stage) return { artifact, action: cancel ? 'unassign' : 'assign', stage: g.stage, counter };
  return { artifact, action: g.deprecated ? 'deprecate' : 'create', counter };
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
