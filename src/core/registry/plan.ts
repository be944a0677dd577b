/** Registry writes planned against the current state: empty when the state already says so (reruns converge). */
import { UserError } from '../errors.js';
import { type TagMeta, formatTagMessage } from './message.js';
import { compareSemver } from './semver.js';
import type { RegistryState } from './state.js';
import type { TagName } from './tags.js';

/** One tag to write; `counted` tags get the artifact's next `#N` when written. */
export interface PlannedTag {
  tag: Omit<TagName, 'counter'>;
  counted: boolean;
  /** Commit (or revision) the tag points at. */
  target: string;
  message: string;
}

/** Registers `version` of `artifact` on `commit`; nothing when it is registered there already. */
export function planRegister(state: RegistryState, artifact: string, version: string, commit: string, meta: TagMeta = {}): PlannedTag[] {
  const v = version.startsWith('v') ? version : `v${version}`;
  const known = state.artifacts[artifact]?.versions.find((x) => x.version === v);
  if (known) {
    if (known.commit === commit) return [];
    throw new UserError(`${artifact} ${v} is already registered on ${known.commit.slice(0, 12)}`, { hint: 'versions are immutable: bump the version instead' });
  }
  // GTO writes registrations without a counter (`simple=True` by default in gto/api.py register).
  return [{ tag: { artifact, action: 'register', version: v }, counted: false, target: commit, message: formatTagMessage(`Registering artifact ${artifact} version ${v}`, meta) }];
}

/**
 * Assigns `version` to `stage`: an assignment tag on the version's registered commit (GTO finds the
 * version by commit). Newer versions still assigned to the stage are unassigned first, so that GTO's
 * default view (highest assigned semver) agrees with ours (most recent assignment) after a rollback.
 */
export function planAssign(state: RegistryState, artifact: string, version: string, stage: string, meta: TagMeta = {}): PlannedTag[] {
  const a = state.artifacts[artifact];
  const v = a?.versions.find((x) => x.version === version && x.active);
  if (!a || !v) throw new UserError(`${artifact} ${version} is not registered`, { hint: `register it first: mlops registry register ${artifact} ${version}` });
  if (a.stages[stage]?.version === version) return [];
  const out: PlannedTag[] = [];
  for (const newer of stillAssigned(state, artifact, stage).filter((x) => compareSemver(x, version) > 0)) {
    const commit = a.versions.find((x) => x.version === newer)?.commit ?? '';
    out.push({ tag: { artifact, action: 'unassign', stage }, counted: true, target: commit, message: formatTagMessage(`Unassigning stage '${stage}' to artifact '${artifact}' version '${newer}'`, { ...meta, version: newer }) });
  }
  out.push({ tag: { artifact, action: 'assign', stage }, counted: true, target: v.commit, message: formatTagMessage(`Assigning stage ${stage} to artifact ${artifact} version ${version}${meta.pr ? ` (#${meta.pr})` : ''}`, { ...meta, version }) });
  return out;
}

/** Deprecates an artifact; nothing when it is deprecated already. */
export function planDeprecate(state: RegistryState, artifact: string, commit: string, meta: TagMeta = {}): PlannedTag[] {
  if (!state.artifacts[artifact]) throw new UserError(`no artifact '${artifact}' in the registry`);
  if (state.artifacts[artifact]?.deprecated) return [];
  return [{ tag: { artifact, action: 'deprecate' }, counted: false, target: commit, message: formatTagMessage(`Deprecating artifact '${artifact}'`, meta) }];
}

/** Versions whose latest event for the stage is an assignment. */
function stillAssigned(state: RegistryState, artifact: string, stage: string): string[] {
  const last = new Map<string, string>();
  for (const e of state.events) if (e.artifact === artifact && e.stage === stage && e.version) last.set(e.version, e.event);
  return [...last].filter(([, event]) => event === 'assign').map(([v]) => v);
}
