/**
 * Walks a deployment plan: each step goes to the target driver, each `check` polls health, shadow
 * compares, A/B decides; the first failure rolls back to the previous version. Every step lands in
 * a timeline that the job summary shows.
 */
import type { AbDecision } from '../../core/deploy/ab.js';
import type { HealthVerdict } from '../../core/deploy/health.js';
import type { DeployPlan, PlanStep, Slot } from '../../core/deploy/plan.js';
import type { TimelineRow } from '../../core/deploy/report.js';

/** What a target does for one step (run the user's script, commit a manifest …). */
export interface DeployDriver {
  readonly name: string;
  apply(step: PlanStep, plan: DeployPlan): Promise<{ ok: boolean; detail: string }>;
}

/** The judgements a plan needs that depend on the outside world. */
export interface DeployProbes {
  /** Health of a slot; undefined when no health endpoint is configured. */
  health?(step: PlanStep): Promise<HealthVerdict>;
  compare?(step: PlanStep): Promise<{ ok: boolean; detail: string }>;
  decide?(step: PlanStep): Promise<AbDecision>;
}

export interface TimelineEntry extends TimelineRow {
  action: PlanStep['action'] | 'rollback' | 'pause';
}

export interface DeployOutcome {
  status: 'success' | 'failure';
  /** The version serving the stage afterwards. */
  serving?: string;
  rolledBack: boolean;
  reason?: string;
  timeline: TimelineEntry[];
  decision?: AbDecision;
}

export interface ExecuteOptions {
  driver: DeployDriver;
  probes: DeployProbes;
  /** Called after every timeline entry (for live logs and deployment statuses). */
  onEntry?: (entry: TimelineEntry) => void | Promise<void>;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
}

/** Runs the plan; never throws for a failing step (that is a rollback), only for bugs. */
export async function executeDeployment(plan: DeployPlan, options: ExecuteOptions): Promise<DeployOutcome> {
  const timeline: TimelineEntry[] = [];
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const log = async (step: Pick<PlanStep, 'slot' | 'version' | 'traffic'>, action: TimelineEntry['action'], ok: boolean, detail: string) => {
    const entry: TimelineEntry = { at: now().toISOString(), action, slot: step.slot, version: step.version, traffic: step.traffic, ok, detail };
    timeline.push(entry);
    await options.onEntry?.(entry);
    return entry;
  };
  let decision: AbDecision | undefined;
  for (const step of plan.steps) {
    const result = await runStep(step, plan, options);
    if (result.decision) decision = result.decision;
    await log(result.traffic === undefined ? step : { ...step, traffic: result.traffic }, step.action, result.ok, result.detail);
    if (!result.ok) {
      if (plan.strategy === 'shadow') {
        // A failing shadow never served traffic: stop it, nothing to roll back.
        const retire = plan.steps.find((s) => s.action === 'retire');
        if (retire) await log(retire, 'retire', (await options.driver.apply(retire, plan)).ok, 'shadow stopped after a failed check');
        return { status: 'failure', serving: plan.previous, rolledBack: false, reason: result.detail, timeline, decision };
      }
      const back = await rollback(plan, options.driver);
      await log({ slot: back.slot, version: plan.previous ?? '(none)', traffic: plan.previous ? 100 : 0 }, 'rollback', back.ok, back.detail);
      return { status: 'failure', serving: back.ok ? plan.previous : undefined, rolledBack: true, reason: result.detail, timeline, decision };
    }
    if (step.pauseMs) {
      await log(step, 'pause', true, `waited ${Math.round(step.pauseMs / 1000)}s before the next step`);
      await sleep(step.pauseMs);
    }
  }
  const serving = plan.strategy === 'shadow' ? plan.previous : decision && decision.winner === 'a' ? plan.previous : plan.version;
  return { status: 'success', serving, rolledBack: false, timeline, decision };
}

/** A step's result; `traffic` is the candidate's share afterwards when the step changed it (an A/B decision). */
async function runStep(step: PlanStep, plan: DeployPlan, options: ExecuteOptions): Promise<{ ok: boolean; detail: string; decision?: AbDecision; traffic?: number }> {
  switch (step.action) {
    case 'check': {
      if (!options.probes.health) return { ok: true, detail: 'no health endpoint configured (deploy.<stage>.health.url): not checked' };
      const v = await options.probes.health(step);
      const figures = `${v.probes} probes, p95 ${v.p95Ms.toFixed(0)} ms, errors ${(v.errorRate * 100).toFixed(1)}%`;
      return { ok: v.healthy, detail: v.healthy ? `healthy: ${figures}` : `unhealthy: ${v.reasons.join('; ')} (${figures})` };
    }
    case 'compare':
      return options.probes.compare ? options.probes.compare(step) : { ok: true, detail: 'no shadow comparison configured' };
    case 'decide': {
      if (!options.probes.decide) return { ok: false, detail: 'A/B needs logged outcomes (deploy.<stage>.ab.outcomes)' };
      const decision = await options.probes.decide(step);
      const keep: PlanStep = decision.winner === 'b'
        ? { ...step, action: 'switch', slot: 'primary', traffic: 100, note: 'B wins' }
        : { ...step, action: 'retire', traffic: 0, note: 'A kept' };
      const applied = await options.driver.apply(keep, plan);
      return { ok: applied.ok, detail: `${decision.reason}; ${applied.detail}`, decision, traffic: decision.winner === 'b' ? 100 : 0 };
    }
    default:
      return options.driver.apply(step, plan);
  }
}

/** Returns the stage to the previous version (or removes the new one when there is none). */
async function rollback(plan: DeployPlan, driver: DeployDriver): Promise<{ ok: boolean; detail: string; slot: Slot }> {
  // `switch` routes all traffic to the previous version's slot and drops the others (canary, B).
  const step: PlanStep = {
    action: plan.previous ? 'switch' : 'retire',
    slot: plan.rollback.slot,
    version: plan.previous ?? plan.version,
    traffic: plan.previous ? 100 : 0,
    note: plan.rollback.note,
  };
  const r = await driver.apply(step, { ...plan, version: step.version });
  return { ok: r.ok, detail: r.detail, slot: step.slot };
}
