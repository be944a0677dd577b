/**
 * Approved ML frameworks and pinning of dependency manifests: the standard's "approved frameworks
 * with pinned versions". A requirement is pinned when it names one exact version (`==`, PEP 440) or
 * when a lockfile sits beside its manifest (poetry.lock, uv.lock, Pipfile.lock, conda-lock, npm).
 */

/** Widely supported, maintained ML and data libraries; anything else is listed for review, not refused. */
export const APPROVED_FRAMEWORKS = [
  'scikit-learn', 'xgboost', 'lightgbm', 'catboost', 'torch', 'pytorch', 'tensorflow', 'keras', 'jax',
  'transformers', 'onnx', 'onnxruntime', 'statsmodels', 'numpy', 'pandas', 'scipy', 'polars', 'pyarrow',
] as const;

const ML_HINTS = /^(sklearn|scikit-|xgboost|lightgbm|catboost|torch|pytorch|tensorflow|keras|jax|flax|transformers|onnx|statsmodels|mxnet|paddle|theano|caffe|h2o|spacy|fastai)/;

/** A dependency named in a manifest. */
export interface Requirement {
  file: string;
  name: string;
  pinned: boolean;
}

const LOCKFILES = ['poetry.lock', 'uv.lock', 'Pipfile.lock', 'conda-lock.yml', 'package-lock.json', 'pdm.lock'];

/** Requirements of requirements*.txt and environment.yml lists (pyproject is covered by its lockfile). */
export function requirements(manifests: Record<string, string>): Requirement[] {
  const out: Requirement[] = [];
  for (const [file, text] of Object.entries(manifests)) {
    if (!/requirements[^/]*\.txt$|environment\.ya?ml$/.test(file)) continue;
    for (const raw of text.split('\n')) {
      const line = raw.replace(/#.*/, '').replace(/^\s*-\s*/, '').trim();
      if (!line || line.startsWith('-') || /:$/.test(line) || /^(name|channels|dependencies|pip)\b/.test(line)) continue;
      const name = (/^[A-Za-z0-9._-]+/.exec(line)?.[0] ?? '').toLowerCase();
      if (name) out.push({ file, name, pinned: /(==|===)\s*[0-9]/.test(line) || /^[A-Za-z0-9._-]+=[0-9]/.test(line) });
    }
  }
  return out;
}

/** True when a lockfile pins the manifests' dependencies. */
export const hasLockfile = (files: readonly string[]) => files.some((f) => LOCKFILES.includes(f.split('/').pop() ?? ''));

/** ML libraries in use that are not on the approved list. */
export function unapproved(reqs: readonly Requirement[]): string[] {
  const approved = new Set<string>(APPROVED_FRAMEWORKS);
  return [...new Set(reqs.filter((r) => ML_HINTS.test(r.name) && !approved.has(r.name)).map((r) => r.name))];
}
