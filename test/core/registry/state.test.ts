import { describe, expect, it } from '@jest/globals';
import { formatTagMessage } from '../../../src/core/registry/message.js';
import { type RegistryTag, artifactHistory, buildRegistryState, previousStageVersion } from '../../../src/core/registry/state.js';

let clock = 0;
function tag(name: string, commit: string, message = name): RegistryTag {
  clock += 1;
  return { name, commit, annotated: true, tagger: 'bot', taggerEmail: 'bot@example.com', date: new Date(Date.UTC(2025, 0, 1, 0, 0, clock)).toISOString(), message };
}

describe('registry state from tags', () => {
  it('knows versions, latest, what each stage holds and the next counter', () => {
    const state = buildRegistryState([
      tag('churn@v1.0.0', 'a'),
      tag('churn@v1.1.0', 'b'),
      tag('churn#staging#1', 'a'),
      tag('churn#staging#2', 'b'),
      tag('churn#production#3', 'a'),
    ]);
    const churn = state.artifacts.churn!;
    expect(churn.versions.map((v) => v.version)).toEqual(['v1.1.0', 'v1.0.0']);
    expect(churn.latest).toBe('v1.1.0');
    expect(churn.stages.staging?.version).toBe('v1.1.0');
    expect(churn.stages.production?.version).toBe('v1.0.0');
    expect(churn.nextCounter).toBe(4);
  });

  it('returns a stage to the version assigned before when the newer one is unassigned', () => {
    const state = buildRegistryState([
      tag('churn@v1.0.0', 'a'),
      tag('churn@v1.1.0', 'b'),
      tag('churn#production#1', 'a'),
      tag('churn#production#2', 'b'),
      tag('churn#production!#3', 'b'),
    ]);
    expect(state.artifacts.churn!.stages.production?.version).toBe('v1.0.0');
  });

  it('orders events made in the same second by their counter', () => {
    const same = '2025-01-01T00:00:00Z';
    const t = (name: string, commit: string): RegistryTag => ({ ...tag(name, commit), date: same });
    const state = buildRegistryState([t('m#prod#3', 'a'), t('m#prod#2', 'b'), t('m@v1.0.0', 'a'), t('m@v2.0.0', 'b')]);
    expect(state.artifacts.m!.stages.prod?.version).toBe('v1.0.0');
  });

  it('drops a deregistered version from latest and from the stages', () => {
    const state = buildRegistryState([tag('m@v1.0.0', 'a'), tag('m@v1.1.0', 'b'), tag('m#dev#1', 'a'), tag('m#dev#2', 'b'), tag('m@v1.1.0!', 'b')]);
    expect(state.artifacts.m!.latest).toBe('v1.0.0');
    expect(state.artifacts.m!.stages.dev?.version).toBe('v1.0.0');
    expect(state.artifacts.m!.versions.find((v) => v.version === 'v1.1.0')?.active).toBe(false);
  });

  it('marks an artifact deprecated until a later event revives it', () => {
    expect(buildRegistryState([tag('m@v1.0.0', 'a'), tag('m@deprecated', 'a')]).artifacts.m!.deprecated).toBe(true);
    expect(buildRegistryState([tag('m@v1.0.0', 'a'), tag('m@deprecated', 'a'), tag('m@v1.1.0', 'b')]).artifacts.m!.deprecated).toBe(false);
  });

  it('ignores lightweight registry tags and says why', () => {
    const state = buildRegistryState([{ ...tag('m@v1.0.0', 'a'), annotated: false }, tag('exp/m-train-20250101', 'a')]);
    expect(state.artifacts).toEqual({});
    expect(state.ignored).toEqual([{ tag: 'm@v1.0.0', reason: expect.stringMatching(/lightweight/) }]);
  });

  it('names an assignment on an unregistered commit by the commit, as GTO does', () => {
    const state = buildRegistryState([tag('m#dev#1', 'c0ffee')]);
    expect(state.artifacts.m!.stages.dev?.version).toBe('c0ffee');
  });

  it('keeps who, when, commit and PR for every event', () => {
    const state = buildRegistryState([
      tag('m@v1.0.0', 'a', 'Registering artifact m version v1.0.0'),
      tag('m#staging#1', 'a', formatTagMessage('Promote m v1.0.0 to staging', { pr: 12, approvers: ['alice'] })),
    ]);
    const history = artifactHistory(state, 'm');
    expect(history.map((e) => [e.event, e.version, e.stage, e.author, e.commit, e.meta.pr])).toEqual([
      ['register', 'v1.0.0', undefined, 'bot', 'a', undefined],
      ['assign', 'v1.0.0', 'staging', 'bot', 'a', 12],
    ]);
    expect(history[1]!.meta.approvers).toEqual(['alice']);
  });

  it('finds the version a stage held before its current one', () => {
    const state = buildRegistryState([tag('m@v1.0.0', 'a'), tag('m@v1.1.0', 'b'), tag('m#prod#1', 'a'), tag('m#prod#2', 'b')]);
    expect(previousStageVersion(state, 'm', 'prod')).toBe('v1.0.0');
    expect(previousStageVersion(state, 'm', 'staging')).toBeUndefined();
  });

  it('lists every event of every artifact in one time order, whatever order the tags come in', () => {
    const tags = [tag('b@v1.0.0', 'b1'), tag('a@v1.0.0', 'a1'), tag('b#dev#1', 'b1'), tag('a#dev#1', 'a1'), tag('a@v1.1.0', 'a2'), tag('b#dev#2', 'b1')];
    const shuffled = [tags[5]!, tags[2]!, tags[0]!, tags[4]!, tags[1]!, tags[3]!];
    const state = buildRegistryState(shuffled);
    expect(state.events.map((e) => e.tag)).toEqual(tags.map((t) => t.name));
    expect(state.events).toBe(state.events); // made once, when first read
    expect(state.artifacts.b?.stages.dev?.version).toBe('v1.0.0');
    expect(buildRegistryState(tags).artifacts).toEqual(state.artifacts);
  });

  it('puts in each stage what GTO’s rules say, on 2,000 random histories of assignments, unassignments and deregistrations', () => {
    // The rule, stated the long way: per stage, each version's last assignment, in the order of those
    // assignments, an unassignment removing the version; the stage holds the last one still registered.
    const expected = (events: Array<{ kind: string; version: string; stage?: string }>) => {
      const active = new Map<string, boolean>();
      const lists = new Map<string, Map<string, true>>();
      for (const e of events) {
        if (e.kind === 'register') active.set(e.version, true);
        else if (e.kind === 'deregister') active.set(e.version, false);
        else {
          const list = lists.get(e.stage!) ?? new Map<string, true>();
          lists.set(e.stage!, list);
          list.delete(e.version);
          if (e.kind === 'assign') list.set(e.version, true);
        }
      }
      const out: Record<string, string> = {};
      for (const [stage, list] of lists) {
        const holder = [...list.keys()].reverse().find((v) => active.get(v) !== false);
        if (holder) out[stage] = holder;
      }
      return out;
    };
    let seed = 11;
    const next = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
    for (let run = 0; run < 2_000; run++) {
      const versions = ['v1.0.0', 'v1.1.0', 'v2.0.0'];
      const commitOf = (v: string) => `c-${v}`;
      const events: Array<{ kind: string; version: string; stage?: string }> = [];
      const tags: RegistryTag[] = [];
      let counter = 0;
      for (const v of versions) {
        events.push({ kind: 'register', version: v });
        tags.push(tag(`m@${v}`, commitOf(v)));
      }
      for (let i = 0, n = 1 + next(8); i < n; i++) {
        const version = versions[next(3)]!;
        const kind = ['assign', 'assign', 'unassign', 'deregister', 'register'][next(5)]!;
        const stage = ['dev', 'prod'][next(2)]!;
        counter += 1;
        if (kind === 'assign' || kind === 'unassign') {
          events.push({ kind, version, stage });
          tags.push(tag(`m#${stage}${kind === 'unassign' ? '!' : ''}#${counter}`, commitOf(version)));
        } else {
          events.push({ kind, version });
          tags.push(tag(`m@${version}${kind === 'deregister' ? '!' : ''}#${counter}`, commitOf(version)));
        }
      }
      const stages = buildRegistryState(tags).artifacts.m!.stages;
      expect([run, Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, v.version]))]).toEqual([run, expected(events)]);
    }
  });
});

