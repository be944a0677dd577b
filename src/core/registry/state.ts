/**
 * Registry state as a pure function of tags, with GTO's semantics (iterative/gto, gto/base.py):
 * an assignment belongs to the version registered on the same commit; a version is active while its
 * last register/deregister event is a registration; an artifact is deprecated while its last event is a
 * deprecation. Where GTO offers two views of a stage, we take the most recent active assignment
 * (`gto show --sort timestamp`); our writers also unassign newer versions on rollback so GTO's default
 * semver view agrees.
 */
import { type TagMeta, parseTagMessage } from './message.js';
import { compareSemver } from './semver.js';
import { type RegistryAction, type TagName, parseTagName } from './tags.js';

/** A git tag as the git adapter reads it (structurally the same as TagRef). */
export interface RegistryTag {
  name: string;
  commit: string;
  annotated: boolean;
  tagger: string;
  taggerEmail: string;
  /** ISO 8601. */
  date: string;
  /** The same instant in epoch milliseconds, when the reader has it (saves parsing `date`). */
  time?: number;
  message: string;
}

/** One registry event: one tag, read. */
export interface RegistryEvent {
  event: RegistryAction;
  artifact: string;
  tag: string;
  /** The version registered, or the one an assignment is for (a commit sha when none is registered there). */
  version?: string;
  stage?: string;
  counter?: number;
  commit: string;
  author: string;
  authorEmail: string;
  date: string;
  summary: string;
  meta: TagMeta;
}

export interface VersionInfo {
  version: string;
  commit: string;
  tag: string;
  registeredAt: string;
  author: string;
  /** False once deregistered. */
  active: boolean;
  /** Stages that hold this version now. */
  stages: string[];
}

export interface StageInfo {
  stage: string;
  version: string;
  commit: string;
  /** When the assignment that put it there was made. */
  since: string;
  tag: string;
  pr?: number;
}

export interface ArtifactState {
  name: string;
  /** Registered versions, highest semver first (deregistered ones kept with active: false). */
  versions: VersionInfo[];
  /** The highest active version. */
  latest?: string;
  stages: Record<string, StageInfo>;
  deprecated: boolean;
  /** The next free `#N` for this artifact (GTO: one more than the highest counter in any of its tags). */
  nextCounter: number;
}

export interface RegistryState {
  artifacts: Record<string, ArtifactState>;
  /** Every event, oldest first. */
  events: RegistryEvent[];
  /** Tags that look like registry tags but are not read, and why (GTO skips lightweight tags too). */
  ignored: Array<{ tag: string; reason: string }>;
}

const priority: Record<RegistryAction, number> = { create: 0, register: 1, deregister: 2, assign: 3, unassign: 4, deprecate: 5 };

/** Builds the registry state from tags; tags that are not registry tags are skipped silently. */
export function buildRegistryState(tags: readonly RegistryTag[]): RegistryState {
  const builder = new RegistryStateBuilder();
  for (const tag of tags) builder.add(tag);
  return builder.build();
}

/** The order of events: by time, then counter, then GTO's action priority, then tag name (a total order). */
function eventOrder(a: LazyEvent, b: LazyEvent): number {
  return a.time - b.time || (a.counter ?? 0) - (b.counter ?? 0) || priority[a.event] - priority[b.event] || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0);
}

/**
 * The same, fed one tag at a time: a reader adds tags while git still reads the next ones, and the
 * work that needs no other tag is done then (grouping by artifact, the index of registrations, the
 * registrations' identities). `build` orders each artifact's events and derives its state; the list of
 * every event, in one order, is made only when read (`registry show` never reads it).
 */
export class RegistryStateBuilder {
  readonly #ignored: RegistryState['ignored'] = [];
  readonly #byArtifact = new Map<string, ArtifactEvents>();
  #last?: ArtifactEvents;
  /** Stage names and commits as first seen: events share one string each, whose hash is computed once. */
  readonly #strings = new Map<string, string>();

  add(tag: RegistryTag): void {
    const name = parseTagName(tag.name);
    if (!name) return;
    if (!tag.annotated) {
      this.#ignored.push({ tag: tag.name, reason: 'lightweight tag (registry tags are annotated; GTO ignores these too)' });
      return;
    }
    // Tags come in runs of one artifact (a listing sorted by name): the last group is most often the one.
    let group = this.#last?.name === name.artifact ? this.#last : this.#byArtifact.get(name.artifact);
    if (!group) this.#byArtifact.set(name.artifact, (group = { name: name.artifact, events: [], registered: new Map() }));
    this.#last = group;
    // Interned now, while git streams the next tags: build then looks commits up by strings already hashed.
    const commit = this.#intern(tag.commit);
    const stage = name.stage === undefined ? undefined : this.#intern(name.stage);
    const event = new LazyEvent(tag, name, group.name, stage, commit);
    group.events.push(event);
    if (name.action !== 'register') return;
    // Every view shows when and by whom each version was registered: read that now, while the reader
    // still waits for git to stream the next tags, rather than after the last one.
    event.readIdentity();
    if (!event.version) return;
    const versions = group.registered.get(event.commit);
    if (versions) versions.push(event.version);
    else group.registered.set(event.commit, [event.version]);
  }

  #intern(text: string): string {
    const known = this.#strings.get(text);
    if (known !== undefined) return known;
    this.#strings.set(text, text);
    return text;
  }

  build(): RegistryState {
    const groups = [...this.#byArtifact.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
    const artifacts: Record<string, ArtifactState> = {};
    for (const { name, events, registered } of groups) {
      events.sort(eventOrder);
      resolveAssignedVersions(events, registered);
      artifacts[name] = artifactState(name, events);
    }
    let events: RegistryEvent[] | undefined;
    return {
      artifacts,
      get events() {
        return (events ??= groups.flatMap((group) => group.events).sort(eventOrder));
      },
      ignored: this.#ignored,
    };
  }
}

/** One artifact's events as they are added, and per commit the versions registered on it (what an assignment on that commit is for). */
interface ArtifactEvents {
  name: string;
  events: LazyEvent[];
  registered: Map<string, string[]>;
}

/**
 * GTO: the version an assignment is for is the one registered on the tag's commit; the version the
 * message names decides only between several registered there (so most messages are never parsed).
 * `events` are one artifact's; `registered` maps each commit to the versions registered on it.
 */
function resolveAssignedVersions(events: LazyEvent[], registered: Map<string, string[]>): void {
  for (const e of events) {
    if (e.event !== 'assign' && e.event !== 'unassign') continue;
    const candidates = registered.get(e.commit) ?? [];
    if (candidates.length === 1) e.version = candidates[0];
    else {
      const named = e.meta.version;
      e.version = named && candidates.includes(named) ? named : ([...candidates].sort(compareSemver).pop() ?? named ?? e.commit);
    }
  }
}

/**
 * A registry event whose tag's identity and message are read on first use: a registry of 10,000 tags
 * shows a few dozen of them (the git reader decodes them lazily too).
 */
class LazyEvent implements RegistryEvent {
  event: RegistryAction;
  artifact: string;
  version?: string;
  stage?: string;
  counter?: number;
  commit: string;
  /** Epoch milliseconds, the first sort key. */
  readonly time: number;
  #source: RegistryTag;
  #read?: { summary: string; meta: TagMeta };

  /** `artifact`, `stage` and `commit` are the builder's shared copies of the tag's. */
  constructor(tag: RegistryTag, name: TagName, artifact: string, stage: string | undefined, commit: string) {
    this.event = name.action;
    this.artifact = artifact;
    this.version = name.version;
    this.stage = stage;
    this.counter = name.counter;
    this.commit = commit;
    this.time = tag.time ?? (Date.parse(tag.date) || 0);
    this.#source = tag;
  }

  get tag(): string {
    return this.#source.name;
  }

  /** Decodes the tagger, e-mail and date now (the tag reader keeps them as bytes until one is asked for). */
  readIdentity(): void {
    void this.#source.tagger;
  }

  get author(): string {
    return this.#source.tagger;
  }

  get authorEmail(): string {
    return this.#source.taggerEmail;
  }

  get date(): string {
    return this.#source.date;
  }

  get summary(): string {
    return (this.#read ??= parseTagMessage(this.#source.message)).summary;
  }

  get meta(): TagMeta {
    return (this.#read ??= parseTagMessage(this.#source.message)).meta;
  }

  toJSON(): RegistryEvent {
    const { event, artifact, tag, version, stage, counter, commit, author, authorEmail, date, summary, meta } = this;
    return { event, artifact, tag, version, stage, counter, commit, author, authorEmail, date, summary, meta };
  }
}

function artifactState(name: string, events: RegistryEvent[]): ArtifactState {
  const versions = new Map<string, VersionInfo>();
  const stageNames: string[] = []; // in the order of their first event
  let counter = 0;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as RegistryEvent;
    if (e.counter !== undefined && e.counter > counter) counter = e.counter;
    if (e.event === 'register' && e.version) {
      const known = versions.get(e.version);
      if (known) known.active = true;
      else versions.set(e.version, { version: e.version, commit: e.commit, tag: e.tag, registeredAt: e.date, author: e.author, active: true, stages: [] });
    } else if (e.event === 'deregister' && e.version) {
      const known = versions.get(e.version);
      if (known) known.active = false;
    } else if ((e.event === 'assign' || e.event === 'unassign') && e.stage && !stageNames.includes(e.stage)) stageNames.push(e.stage);
  }
  const stages: Record<string, StageInfo> = {};
  for (const stage of stageNames) {
    const holder = stageHolder(events, stage, versions);
    if (!holder?.version) continue;
    stages[stage] = { stage, version: holder.version, commit: holder.commit, since: holder.date, tag: holder.tag, pr: holder.meta.pr };
    versions.get(holder.version)?.stages.push(stage);
  }
  const sorted = [...versions.values()].sort((a, b) => compareSemver(b.version, a.version));
  return {
    name,
    versions: sorted,
    latest: sorted.find((v) => v.active)?.version,
    stages,
    deprecated: events.at(-1)?.event === 'deprecate',
    nextCounter: counter + 1,
  };
}

/**
 * The assignment that puts a version in `stage` now: of the versions whose last event in the stage is
 * an assignment (not an unassignment), the most recently assigned one that is still registered.
 * Read from the newest event back, so it usually stops after a few.
 */
function stageHolder(events: RegistryEvent[], stage: string, versions: Map<string, VersionInfo>): RegistryEvent | undefined {
  const decided = new Set<string | undefined>();
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i] as RegistryEvent;
    if (e.stage !== stage || (e.event !== 'assign' && e.event !== 'unassign') || decided.has(e.version)) continue;
    decided.add(e.version);
    if (e.event === 'assign' && versions.get(e.version ?? '')?.active !== false) return e;
  }
  return undefined;
}

/** The events of one artifact (oldest first), optionally of one version. */
export function artifactHistory(state: RegistryState, artifact: string, version?: string): RegistryEvent[] {
  return state.events.filter((e) => e.artifact === artifact && (version === undefined || e.version === version));
}

/** The version a stage held before its current one (for rollback), from the assignment history. */
export function previousStageVersion(state: RegistryState, artifact: string, stage: string): string | undefined {
  const current = state.artifacts[artifact]?.stages[stage]?.version;
  const assigned = artifactHistory(state, artifact).filter((e) => e.stage === stage && e.event === 'assign');
  const active = new Set(state.artifacts[artifact]?.versions.filter((v) => v.active).map((v) => v.version));
  for (let i = assigned.length - 1; i >= 0; i--) {
    const v = assigned[i]?.version;
    if (v && v !== current && active.has(v)) return v;
  }
  return undefined;
}
