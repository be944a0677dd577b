/**
 * Retraining triggers: which causes fire a `repository_dispatch` now, given what was fired before
 * (the records kept in the alert issue, so the cool-down survives any runner). One cause fires at
 * most once per cool-down; a new data version fires once ever; a rerun of a run never fires again.
 */
import type { RetrainingTrigger } from '../config/types.js';
import type { DispatchRecord } from './alert.js';

/** A reason to retrain found by this run, with the evidence sent in the payload. */
export interface RetrainCandidate {
  cause: RetrainingTrigger;
  /** `drift`, `degradation`, `schedule`, or `new_data:{dataset}@{version}`. */
  key: string;
  evidence: Record<string, unknown>;
}

export interface RetrainPlan {
  fire: RetrainCandidate[];
  /** Candidates not fired, and why (disabled trigger, cool-down, already fired). */
  held: Array<{ candidate: RetrainCandidate; why: string }>;
}

export interface RetrainSettings {
  triggers: readonly RetrainingTrigger[];
  cooldownHours: number;
  now: Date;
  run: string;
}

/** Decides which candidates fire. */
export function planRetraining(candidates: readonly RetrainCandidate[], settings: RetrainSettings, records: readonly DispatchRecord[]): RetrainPlan {
  const plan: RetrainPlan = { fire: [], held: [] };
  const cooldownMs = settings.cooldownHours * 3600 * 1000;
  for (const candidate of candidates) {
    if (!settings.triggers.includes(candidate.cause)) {
      plan.held.push({ candidate, why: `the '${candidate.cause}' trigger is not in retraining.triggers` });
      continue;
    }
    const same = records.filter((r) => r.key === candidate.key);
    const rerun = same.find((r) => r.run === settings.run);
    const last = same.map((r) => Date.parse(r.at)).sort((a, b) => b - a)[0];
    if (rerun) plan.held.push({ candidate, why: `already fired by this run at ${rerun.at}` });
    else if (candidate.cause === 'new_data' && same.length) plan.held.push({ candidate, why: `already fired for this data version at ${same[0]!.at}` });
    else if (last !== undefined && settings.now.getTime() - last < cooldownMs) {
      const until = new Date(last + cooldownMs).toISOString();
      plan.held.push({ candidate, why: `cool-down: last fired ${new Date(last).toISOString()}, next possible after ${until}` });
    } else plan.fire.push(candidate);
  }
  return plan;
}

/** The `repository_dispatch` client payload: model, stage, reason, evidence (GitHub allows 10 top-level keys). */
export function dispatchPayload(model: string, stage: string, candidate: RetrainCandidate, version?: string): Record<string, unknown> {
  return { model, stage, version: version ?? null, reason: candidate.cause, evidence: candidate.evidence };
}

/**
 * The schedule trigger fires on scheduled runs whose cron is `retraining.schedule` (GitHub puts the
 * cron in the `schedule` event's payload); without a configured schedule, every scheduled run may fire.
 */
export function scheduleDue(eventName: string, payloadCron: unknown, configured: string | undefined): boolean {
  if (eventName !== 'schedule') return false;
  if (!configured) return true;
  return typeof payloadCron === 'string' && payloadCron.trim() === configured.trim();
}
