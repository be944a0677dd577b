/**
 * Plain Kubernetes GitOps manifests, without a service mesh: one Deployment per slot and one Service.
 * Blue-green switches the Service's selector between the `blue` and `green` Deployments; a canary
 * shares the Service between the `primary` and `canary` Deployments and splits traffic by replica
 * count (the classic pattern of the Kubernetes docs, "Canary deployments"), so the share is as
 * close to the step as the replica count allows.
 */
import { k8sName, storageUriFor } from './kserve.js';
import type { DeployPlan, PlanStep } from './plan.js';

export interface KubernetesOptions {
  model: string;
  namespace: string;
  /** The serving image; `{version}` and `{model}` are substituted. */
  image: string;
  /** Where the server loads the model from (MODEL_URI); `{model}` and `{version}` substituted. */
  storageUri?: string;
  /** Replicas of the whole service: a canary at p % gets round(replicas × p / 100), at least 1. */
  replicas: number;
  port: number;
}

type Obj = Record<string, unknown>;

/** Which version each slot runs after a step, and which slots the Service routes to. */
export interface SlotState {
  slots: Array<{ slot: string; version: string; replicas: number }>;
  /** The slot label the Service selects; undefined: every slot of the app (canary). */
  selectSlot?: string;
}

/** The desired state after `step` of `plan` (`step.version` is the version the step is about). */
export function slotState(plan: Pick<DeployPlan, 'strategy' | 'previous' | 'rollback'>, step: Pick<PlanStep, 'action' | 'slot' | 'version' | 'traffic'>, replicas: number): SlotState {
  const prev = plan.previous;
  if (plan.strategy === 'blue-green') {
    const other = step.slot === 'blue' ? 'green' : 'blue';
    const slots = [{ slot: step.slot, version: step.version, replicas }, ...(prev && step.version !== prev ? [{ slot: other, version: prev, replicas }] : [])];
    const live = step.action === 'switch' || !prev ? step.slot : other;
    return { slots: slots.sort((a, b) => a.slot.localeCompare(b.slot)), selectSlot: live };
  }
  if (step.slot === 'canary' && step.traffic > 0 && step.traffic < 100) {
    const canary = Math.min(replicas - 1, Math.max(1, Math.round((replicas * step.traffic) / 100)));
    const slots = [{ slot: 'canary', version: step.version, replicas: canary }];
    if (prev) slots.unshift({ slot: 'primary', version: prev, replicas: replicas - canary });
    return { slots };
  }
  if (step.action === 'retire' && !prev) return { slots: [], selectSlot: 'primary' };
  return { slots: [{ slot: 'primary', version: step.version, replicas }], selectSlot: 'primary' };
}

/** The Deployments and the Service for a state, as plain objects (validated by the adapter). */
export function kubernetesObjects(o: KubernetesOptions, state: SlotState): Obj[] {
  const app = k8sName(o.model);
  const labels = (slot?: string) => ({ 'app.kubernetes.io/name': app, 'app.kubernetes.io/managed-by': 'gitops-mlops', ...(slot ? { 'mlops.github.io/slot': slot } : {}) });
  const deployments = state.slots.map((s) => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: `${app}-${s.slot}`, namespace: o.namespace, labels: labels(s.slot), annotations: { 'mlops.github.io/version': s.version } },
    spec: {
      replicas: s.replicas,
      selector: { matchLabels: labels(s.slot) },
      template: {
        metadata: { labels: labels(s.slot) },
        spec: {
          containers: [
            {
              name: 'model',
              image: o.image.replaceAll('{version}', s.version).replaceAll('{model}', app),
              ports: [{ containerPort: o.port }],
              env: [
                { name: 'MODEL_NAME', value: o.model },
                { name: 'MODEL_VERSION', value: s.version },
                ...(o.storageUri ? [{ name: 'MODEL_URI', value: storageUriFor(o.storageUri, o.model, s.version) }] : []),
              ],
            },
          ],
        },
      },
    },
  }));
  const service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: app, namespace: o.namespace, labels: labels() },
    spec: {
      selector: { 'app.kubernetes.io/name': app, ...(state.selectSlot ? { 'mlops.github.io/slot': state.selectSlot } : {}) },
      ports: [{ name: 'http', port: 80, targetPort: o.port }],
    },
  };
  return [...deployments, service];
}
