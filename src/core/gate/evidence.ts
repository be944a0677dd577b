/** Gate conditions on the promoted versions themselves: stage order, soak, metrics, fairness, card, checksums. */
import type { RegistryState } from '../registry/state.js';
import type { PromotionPolicy } from './policy.js';
import type { PromotionCandidate } from './snapshot.js';

/** One gate condition's outcome and what would satisfy it. */
export interface GateCondition {
  id: string;
  title: string;
  met: boolean;
  /** What was found. */
  detail: string;
  /** What would satisfy it (unmet conditions). */
  fix?: string;
}

/** Folds per-candidate problems into one condition. */
export function condition(id: string, title: string, problems: string[], okDetail: string, fix: string): GateCondition {
  return problems.length ? { id, title, met: false, detail: problems.join('; '), fix } : { id, title, met: true, detail: okDetail };
}

/** True when the stage held this version before: a rollback returns to a version that already passed the gate there. */
export function heldBefore(registry: RegistryState, model: string, version: string, stage: string): boolean {
  return registry.events.some((e) => e.artifact === model && e.event === 'assign' && e.stage === stage && e.version === version);
}

/**
 * Production only from what the previous stage holds now, and (optionally) after a soak time there.
 * A rollback (a version the target stage held before) is exempt: it passed this gate already.
 */
export function stageOrder(candidates: PromotionCandidate[], registry: RegistryState, policy: PromotionPolicy, now: number): GateCondition[] {
  const from = policy.fromStage;
  if (!from) return [];
  candidates = candidates.filter((c) => !heldBefore(registry, c.model, c.version, policy.stage));
  const order = candidates.map((c) => {
    const held = registry.artifacts[c.model]?.stages[from]?.version;
    return held === c.version ? '' : `${c.model} ${c.version} is not in ${from} (${from} holds ${held ?? 'nothing'})`;
  });
  const out = [
    condition('stage-order', `Comes from ${from}`, order.filter(Boolean), `every version is what ${from} holds now`, `promote the version to ${from} first, or promote what ${from} holds`),
  ];
  if (policy.soakHours > 0) {
    const soak = candidates.map((c) => {
      const since = registry.artifacts[c.model]?.stages[from]?.since;
      const hours = since ? (now - Date.parse(since)) / 3.6e6 : 0;
      return since && hours >= policy.soakHours ? '' : `${c.model} ${c.version} has been in ${from} for ${hours.toFixed(1)} h of ${policy.soakHours} h`;
    });
    out.push(condition('soak', `Soaked ${policy.soakHours} h in ${from}`, soak.filter(Boolean), `every version spent ${policy.soakHours} h in ${from}`, 'wait for the soak time to pass, then re-run the gate'));
  }
  return out;
}

/**
 * Metric thresholds, and the largest allowed regression against the version now in the target stage
 * (not for a rollback: returning to a version the stage held before is the point, whatever it scores).
 */
export function metricsCondition(candidates: PromotionCandidate[], policy: PromotionPolicy, registry: RegistryState): GateCondition[] {
  const rules = Object.entries(policy.metrics);
  if (!rules.length) return [];
  const problems: string[] = [];
  for (const c of candidates) {
    const m = c.evaluation?.metrics;
    if (!m) {
      problems.push(`${c.model} ${c.version}: no metrics in its experiment record or release`);
      continue;
    }
    for (const [name, rule] of rules) {
      const value = m[name];
      if (value === undefined) {
        problems.push(`${c.model} ${c.version}: metric ${name} missing`);
        continue;
      }
      if (rule.min !== undefined && value < rule.min) problems.push(`${c.model} ${name} = ${value} < min ${rule.min}`);
      if (rule.max !== undefined && value > rule.max) problems.push(`${c.model} ${name} = ${value} > max ${rule.max}`);
      const base = c.baseline?.metrics[name];
      if (rule.maxRegression !== undefined && base !== undefined && !heldBefore(registry, c.model, c.version, policy.stage)) {
        const drop = rule.higherIsBetter === false ? value - base : base - value;
        if (drop > rule.maxRegression + 1e-12)
          problems.push(`${c.model} ${name} regresses by ${round(drop)} against ${c.baseline?.ref} (${base} → ${value}), max ${rule.maxRegression}`);
      }
    }
  }
  return [condition('metrics', 'Metrics meet thresholds', problems, `${rules.map(([n]) => n).join(', ')} within thresholds and regression limits`, 'train a better version, or change the thresholds in .github/mlops.yml through a reviewed PR')];
}

/** Fairness thresholds, and a fairness report for high-risk models. */
export function fairnessCondition(candidates: PromotionCandidate[], policy: PromotionPolicy): GateCondition[] {
  const rules = Object.entries(policy.fairness);
  const highRisk = candidates.filter((c) => c.risk === 'high');
  if (!rules.length && !(policy.highRisk.requireFairnessReport && highRisk.length)) return [];
  const problems: string[] = [];
  for (const c of candidates) {
    const f = c.evaluation?.fairness ?? {};
    if (c.risk === 'high' && policy.highRisk.requireFairnessReport && !c.evaluation?.fairnessReport)
      problems.push(`${c.model} is risk: high and has no fairness report`);
    for (const [name, rule] of rules) {
      const value = f[name];
      if (value === undefined) problems.push(`${c.model} ${c.version}: fairness metric ${name} missing`);
      else if (rule.min !== undefined && value < rule.min) problems.push(`${c.model} ${name} = ${value} < min ${rule.min}`);
      else if (rule.max !== undefined && value > rule.max) problems.push(`${c.model} ${name} = ${value} > max ${rule.max}`);
    }
  }
  return [condition('fairness', 'Fairness', problems, 'fairness thresholds met', 'run the fairness assessment (`mlops fairness`) and attach its report to the experiment')];
}

/** A complete model card (required sections and keys present, no placeholders). */
export function cardCondition(candidates: PromotionCandidate[], policy: PromotionPolicy): GateCondition[] {
  if (!policy.requireCompleteCard) return [];
  const problems = candidates.filter((c) => c.card.missing.length).map((c) => `${c.card.path}: missing ${c.card.missing.join(', ')}`);
  return [condition('card', 'Model card complete', problems, 'every card is complete', 'fill in the missing card sections (`mlops validate` lists them)')];
}

/** Every release asset matches SHA256SUMS and every listed file is present. */
export function checksumCondition(candidates: PromotionCandidate[], policy: PromotionPolicy): GateCondition[] {
  if (!policy.requireChecksums) return [];
  const problems: string[] = [];
  for (const c of candidates) {
    const a = c.artifacts;
    if (!a?.sha256sums) {
      problems.push(`${c.model} ${c.version}: no SHA256SUMS in its release`);
      continue;
    }
    const sums = parseSha256Sums(a.sha256sums);
    const actual = new Map(a.files.map((f) => [f.name, f.sha256.toLowerCase()]));
    for (const [name, sum] of sums) {
      const got = actual.get(name);
      if (got === undefined) problems.push(`${c.model} ${c.version}: ${name} listed in SHA256SUMS is missing`);
      else if (got !== sum) problems.push(`${c.model} ${c.version}: ${name} has sha256 ${got.slice(0, 12)}…, SHA256SUMS says ${sum.slice(0, 12)}…`);
    }
    for (const name of actual.keys()) if (!sums.has(name) && name !== 'SHA256SUMS') problems.push(`${c.model} ${c.version}: ${name} is not in SHA256SUMS`);
  }
  return [condition('checksums', 'Artifact checksums match', problems, 'every artifact matches SHA256SUMS', 're-register the version so its release assets and SHA256SUMS agree')];
}

/** Parses `sha256sum` output (`<hex>  <name>` or `<hex> *<name>`). */
export function parseSha256Sums(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.trim());
    if (m?.[1] && m[2]) out.set(m[2], m[1].toLowerCase());
  }
  return out;
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;
