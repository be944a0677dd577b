import { describe, expect, it } from '@jest/globals';
import { planAssign, planDeprecate, planRegister } from '../../../src/core/registry/plan.js';
import { type RegistryTag, buildRegistryState } from '../../../src/core/registry/state.js';
import { formatTagName } from '../../../src/core/registry/tags.js';

let second = 0;
const tag = (name: string, commit: string): RegistryTag => ({ name, commit, annotated: true, tagger: 't', taggerEmail: 't@x', date: new Date(Date.UTC(2025, 0, 1, 0, 0, ++second)).toISOString(), message: name });
const base = [tag('churn@v1.0.0', 'c1'), tag('churn@v1.1.0', 'c2'), tag('churn#production#1', 'c1'), tag('churn#production#2', 'c2')];

/** Applies planned tags the way the writer names them. */
function apply(tags: RegistryTag[], planned: ReturnType<typeof planAssign>): RegistryTag[] {
  let n = buildRegistryState(tags).artifacts.churn?.nextCounter ?? 1;
  return [...tags, ...planned.map((p) => tag(formatTagName({ ...p.tag, counter: p.counted ? n++ : undefined }), p.target))];
}

describe('planned registry writes', () => {
  it('assigns on the registered commit, so GTO finds the version', () => {
    const plan = planAssign(buildRegistryState(base), 'churn', 'v1.1.0', 'staging', { pr: 4 });
    expect(plan).toMatchObject([{ tag: { action: 'assign', stage: 'staging' }, counted: true, target: 'c2' }]);
    expect(plan[0]!.message).toMatch(/^Assigning stage staging to artifact churn version v1.1.0 \(#4\)\n/);
  });

  it('rolls back by unassigning the newer version first, so GTO’s semver view agrees', () => {
    const plan = planAssign(buildRegistryState(base), 'churn', 'v1.0.0', 'production');
    expect(plan.map((p) => [p.tag.action, p.target])).toEqual([['unassign', 'c2'], ['assign', 'c1']]);
    const after = buildRegistryState(apply(base, plan));
    expect(after.artifacts.churn!.stages.production?.version).toBe('v1.0.0');
    // GTO's default: the highest semver whose last event for the stage is an assignment.
    const gtoView = after.events.filter((e) => e.stage === 'production').reduce((m, e) => m.set(e.version!, e.event), new Map<string, string>());
    expect([...gtoView].filter(([, e]) => e === 'assign').map(([v]) => v)).toEqual(['v1.0.0']);
  });

  it('plans nothing when the stage already holds the version, or the version is registered there', () => {
    const state = buildRegistryState(base);
    expect(planAssign(state, 'churn', 'v1.1.0', 'production')).toEqual([]);
    expect(planRegister(state, 'churn', '1.1.0', 'c2')).toEqual([]);
    expect(planDeprecate(buildRegistryState([...base, tag('churn@deprecated', 'c2')]), 'churn', 'c2')).toEqual([]);
  });

  it('refuses to move a registered version or assign an unregistered one', () => {
    const state = buildRegistryState(base);
    expect(() => planRegister(state, 'churn', 'v1.1.0', 'c9')).toThrow(/already registered on c2/);
    expect(() => planAssign(state, 'churn', 'v3.0.0', 'staging')).toThrow(/not registered/);
  });
});
