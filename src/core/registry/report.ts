/** Registry views as Reports: current state, one artifact's history, and the audit of its versions' journeys. */
import type { Block, Report } from '../report/model.js';
import type { ArtifactState, RegistryEvent, RegistryState } from './state.js';
import { artifactHistory } from './state.js';

/** `mlops registry show`: one row per artifact, one column per stage. */
export function showReport(state: RegistryState, stageOrder: string[] = []): Report {
  const artifacts = Object.values(state.artifacts);
  const seen = new Set(artifacts.flatMap((a) => Object.keys(a.stages)));
  const stages = [...stageOrder.filter((s) => seen.has(s)), ...[...seen].filter((s) => !stageOrder.includes(s)).sort()];
  const rows = artifacts.map((a) => [a.name + (a.deprecated ? ' (deprecated)' : ''), a.latest ?? '—', ...stages.map((s) => a.stages[s]?.version ?? '—')]);
  const blocks: Block[] = [{ kind: 'table', table: { headers: ['artifact', 'latest', ...stages], rows } }];
  if (state.ignored.length)
    blocks.push({ kind: 'details', summary: `${state.ignored.length} tag(s) not read`, blocks: [{ kind: 'table', table: { headers: ['tag', 'why'], rows: state.ignored.map((i) => [i.tag, i.reason]) } }] });
  return { purpose: 'registry', title: 'Model registry', summary: `${artifacts.length} artifact(s), ${state.events.length} event(s)`, findings: [], blocks };
}

/** The JSON form of `show`: the state without the event list. */
export function showJson(state: RegistryState): { artifacts: ArtifactState[]; ignored: RegistryState['ignored'] } {
  return { artifacts: Object.values(state.artifacts), ignored: state.ignored };
}

/** `mlops registry history MODEL`: every event, newest first. */
export function historyReport(state: RegistryState, artifact: string): Report {
  const events = artifactHistory(state, artifact).reverse();
  const rows = events.map((e) => [e.date, e.event, e.version ?? '', e.stage ?? '', who(e), e.commit.slice(0, 7), e.meta.pr ? `#${e.meta.pr}` : '', e.tag]);
  return {
    purpose: 'registry-history',
    title: `History of ${artifact}`,
    summary: `${events.length} event(s)`,
    findings: [],
    blocks: [{ kind: 'table', table: { headers: ['when', 'event', 'version', 'stage', 'who', 'commit', 'PR', 'tag'], rows } }],
  };
}

/** `mlops registry audit [MODEL]`: each version's journey through the stages, with PRs, approvers and checks. */
export function auditReport(state: RegistryState, artifact?: string): Report {
  const names = artifact ? [artifact] : Object.keys(state.artifacts);
  const blocks: Block[] = [];
  for (const name of names) {
    const a = state.artifacts[name];
    if (!a) continue;
    blocks.push({ kind: 'heading', level: 3, text: `${name}${a.deprecated ? ' (deprecated)' : ''}` });
    for (const v of a.versions) {
      const journey = artifactHistory(state, name, v.version);
      const rows = journey.map((e) => [e.date, label(e), who(e), e.meta.pr ? `#${e.meta.pr}` : '—', e.meta.approvers?.map((x) => `@${x}`).join(', ') || '—', checks(e)]);
      blocks.push({ kind: 'heading', level: 4, text: `${v.version}${v.active ? '' : ' (deregistered)'}${v.stages.length ? ` — now in ${v.stages.join(', ')}` : ''}` });
      blocks.push({ kind: 'table', table: { headers: ['when', 'event', 'by', 'PR', 'approvers', 'checks'], rows } });
    }
  }
  return { purpose: 'registry-audit', title: artifact ? `Audit of ${artifact}` : 'Registry audit', summary: `${names.length} artifact(s)`, findings: [], blocks };
}

function label(e: RegistryEvent): string {
  if (e.event === 'assign') return `entered ${e.stage}`;
  if (e.event === 'unassign') return `left ${e.stage}`;
  return e.event === 'register' ? 'registered' : e.event === 'deregister' ? 'deregistered' : e.event;
}

function who(e: RegistryEvent): string {
  return e.meta.actor ? `@${e.meta.actor}` : e.author;
}

function checks(e: RegistryEvent): string {
  if (!e.meta.checks?.length) return '—';
  const failed = e.meta.checks.filter((c) => !c.met);
  return failed.length ? `unmet: ${failed.map((c) => c.id).join(', ')}` : `${e.meta.checks.length} met`;
}
