/**
 * GitOps manifests for KServe: one `InferenceService` (serving.kserve.io/v1beta1) per model and
 * stage. A canary step sets `spec.predictor.canaryTrafficPercent`: KServe then splits traffic
 * between the new revision (this storageUri) and the last ready one; promotion drops the field.
 * See https://kserve.github.io/website/latest/modelserving/v1beta1/rollout/canary/.
 */
import type { PlanStep } from './plan.js';

export interface KServeOptions {
  /** InferenceService name: a DNS-1035 label. */
  name: string;
  namespace: string;
  /** KServe model format, e.g. `sklearn`, `xgboost`, `onnx`, `pytorch`. */
  modelFormat: string;
  /** Where the artifacts live; `{model}` and `{version}` are substituted (e.g. `s3://models/{model}/{version}`). */
  storageUri: string;
  model: string;
  version: string;
  serviceAccountName?: string;
}

export interface Manifest {
  /** Repository-relative path the manifest is written to. */
  path: string;
  /** The object, serialised to YAML by the adapter. */
  object: Record<string, unknown>;
}

/** A Kubernetes object name from a model name: lower-case, `[a-z0-9-]`, starts with a letter, ≤ 63 chars. */
export function k8sName(model: string): string {
  const name = model
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return name || 'model';
}

/** Substitutes `{model}` and `{version}` in a storage URI template. */
export function storageUriFor(template: string, model: string, version: string): string {
  return template.replaceAll('{model}', model).replaceAll('{version}', version);
}

/** The InferenceService for one plan step: canary steps carry canaryTrafficPercent, full traffic does not. */
export function inferenceService(options: KServeOptions, step: Pick<PlanStep, 'action' | 'traffic'>): Record<string, unknown> {
  const predictor: Record<string, unknown> = {
    model: {
      modelFormat: { name: options.modelFormat },
      storageUri: storageUriFor(options.storageUri, options.model, options.version),
    },
  };
  if (options.serviceAccountName) predictor.serviceAccountName = options.serviceAccountName;
  if (step.traffic > 0 && step.traffic < 100) predictor.canaryTrafficPercent = Math.round(step.traffic);
  return {
    apiVersion: 'serving.kserve.io/v1beta1',
    kind: 'InferenceService',
    metadata: {
      name: options.name,
      namespace: options.namespace,
      labels: {
        'app.kubernetes.io/name': options.name,
        'app.kubernetes.io/managed-by': 'gitops-mlops',
        'mlops.github.io/model': k8sName(options.model),
      },
      annotations: {
        'mlops.github.io/version': options.version,
        'mlops.github.io/traffic': String(step.traffic),
      },
    },
    spec: { predictor },
  };
}
