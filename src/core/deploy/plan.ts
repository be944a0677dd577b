/**
 * Deployment plans: what each strategy does, step by step, as plain data. The executor
 * (src/adapters/deploy) walks a plan; `mlops deploy plan` prints it without running it.
 */
import type { DeployPolicy, DeployStrategy } from '../config/types.js';
import { UserError } from '../errors.js';

/** Where a version runs. `primary` is the live slot of direct and canary, `blue`/`green` alternate. */
export type Slot = 'primary' | 'canary' | 'blue' | 'green' | 'shadow' | 'b';

export type StepAction =
  /** Start `version` in `slot` receiving `traffic` percent of requests (0 for an idle or shadow slot). */
  | 'deploy'
  /** Change the traffic share of a running slot. */
  | 'traffic'
  /** Route all traffic to `slot` (blue-green switch, canary promotion). */
  | 'switch'
  /** Observe the slot under live or mirrored traffic for the health duration, then judge it. */
  | 'check'
  /** Shadow: compare the shadow's predictions and latency with the live model's. */
  | 'compare'
  /** A/B: decide between the two variants from logged outcomes. */
  | 'decide'
  /** Stop a slot that no longer serves (the previous version stays available for rollback where the strategy keeps it). */
  | 'retire';

export interface PlanStep {
  action: StepAction;
  slot: Slot;
  version: string;
  /** Percent of live traffic the slot receives after this step. */
  traffic: number;
  /** Mirrored (shadow) traffic: the slot answers but its answers are not served. */
  mirror?: boolean;
  /** Pause after the step before the next one (canary), in ms. */
  pauseMs?: number;
  note: string;
}

export interface DeployRequest {
  model: string;
  version: string;
  stage: string;
  /** The version the stage runs now (none for a first deployment). */
  previous?: string;
  /** The slot the previous version serves from (blue-green); defaults to blue. */
  liveSlot?: Slot;
}

export interface DeployPlan extends DeployRequest {
  strategy: DeployStrategy;
  steps: PlanStep[];
  /** What a failure at any step returns to. */
  rollback: { version?: string; slot: Slot; note: string };
}

const STRATEGIES: readonly DeployStrategy[] = ['direct', 'canary', 'blue-green', 'shadow', 'ab'];

/** Checks canary steps: increasing percentages in (0, 100] that end at 100. */
export function validateSteps(strategy: DeployStrategy, steps: readonly number[]): string | undefined {
  if (strategy === 'canary') {
    if (steps.length === 0) return 'canary needs at least one traffic step';
    for (let i = 0; i < steps.length; i++) {
      const s = steps[i]!;
      if (!(s > 0 && s <= 100)) return `step ${i + 1} is ${s}%: traffic steps must be in (0, 100]`;
      if (i > 0 && s <= steps[i - 1]!) return `steps must increase: ${steps.join(' → ')}`;
    }
    if (steps[steps.length - 1] !== 100) return `canary steps must end at 100, got ${steps.join(' → ')}`;
  }
  if (strategy === 'ab' && steps.length > 0 && !(steps[0]! > 0 && steps[0]! < 100)) {
    return `the A/B split must be strictly between 0 and 100, got ${steps[0]}`;
  }
  return undefined;
}

/** The plan for deploying `request.version` under the stage's policy; a UserError for an invalid policy. */
export function planDeployment(request: DeployRequest, policy: Pick<DeployPolicy, 'strategy' | 'steps'>, pauseMs = 0): DeployPlan {
  const { strategy } = policy;
  if (!STRATEGIES.includes(strategy)) {
    throw new UserError(`unknown deployment strategy '${String(strategy)}'`, { hint: `use one of: ${STRATEGIES.join(', ')}` });
  }
  const problem = validateSteps(strategy, policy.steps);
  if (problem) throw new UserError(problem, { hint: 'fix `deploy.<stage>.steps` in .github/mlops.yml, e.g. [10, 50, 100]' });
  const v = request.version;
  const steps = STEP_BUILDERS[strategy](request, policy.steps, pauseMs);
  const rollback =
    strategy === 'blue-green'
      ? { version: request.previous, slot: request.liveSlot ?? 'blue', note: 'switch traffic back to the previous slot' }
      : { version: request.previous, slot: 'primary' as Slot, note: request.previous ? `restore ${request.previous} at 100%` : 'remove the new version (no previous version)' };
  return { ...request, version: v, strategy, steps, rollback };
}

type Builder = (r: DeployRequest, steps: readonly number[], pauseMs: number) => PlanStep[];

const STEP_BUILDERS: Record<DeployStrategy, Builder> = {
  direct: (r) => [
    { action: 'deploy', slot: 'primary', version: r.version, traffic: 100, note: `replace ${r.previous ?? 'nothing'} with ${r.version}` },
    { action: 'check', slot: 'primary', version: r.version, traffic: 100, note: 'health check under full traffic' },
  ],
  canary: (r, steps, pauseMs) => {
    const out: PlanStep[] = [];
    steps.forEach((traffic, i) => {
      const last = i === steps.length - 1;
      if (last) {
        out.push({ action: 'switch', slot: 'primary', version: r.version, traffic: 100, note: `promote ${r.version} to all traffic` });
        out.push({ action: 'check', slot: 'primary', version: r.version, traffic: 100, note: 'health check under full traffic' });
        if (r.previous) out.push({ action: 'retire', slot: 'canary', version: r.version, traffic: 0, note: 'remove the canary slot' });
        return;
      }
      out.push({ action: i === 0 ? 'deploy' : 'traffic', slot: 'canary', version: r.version, traffic, note: `${traffic}% of traffic to ${r.version}` });
      out.push({ action: 'check', slot: 'canary', version: r.version, traffic, pauseMs, note: `health check at ${traffic}%` });
    });
    return out;
  },
  'blue-green': (r) => {
    const live = r.liveSlot ?? 'blue';
    const idle: Slot = live === 'blue' ? 'green' : 'blue';
    return [
      { action: 'deploy', slot: idle, version: r.version, traffic: 0, note: `start ${r.version} in the idle ${idle} slot` },
      { action: 'check', slot: idle, version: r.version, traffic: 0, note: `health check of ${idle} before the switch` },
      { action: 'switch', slot: idle, version: r.version, traffic: 100, note: `switch all traffic from ${live} to ${idle}; ${live} is kept for instant rollback` },
      { action: 'check', slot: idle, version: r.version, traffic: 100, note: 'health check under full traffic' },
    ];
  },
  shadow: (r) => [
    { action: 'deploy', slot: 'shadow', version: r.version, traffic: 0, mirror: true, note: `start ${r.version} on mirrored traffic; answers are not served` },
    { action: 'check', slot: 'shadow', version: r.version, traffic: 0, mirror: true, note: 'health check of the shadow' },
    { action: 'compare', slot: 'shadow', version: r.version, traffic: 0, mirror: true, note: `compare predictions and latency with ${r.previous ?? 'the live model'}` },
    { action: 'retire', slot: 'shadow', version: r.version, traffic: 0, note: 'stop the shadow; live traffic never moved' },
  ],
  ab: (r, steps) => {
    const split = steps.length ? steps[0]! : 50;
    return [
      { action: 'deploy', slot: 'b', version: r.version, traffic: split, note: `${split}% of traffic to ${r.version} (B), ${100 - split}% to ${r.previous ?? 'A'}` },
      { action: 'check', slot: 'b', version: r.version, traffic: split, note: 'health check of B' },
      { action: 'decide', slot: 'b', version: r.version, traffic: split, note: 'statistical decision on logged outcomes; the winner keeps all traffic' },
    ];
  },
};
