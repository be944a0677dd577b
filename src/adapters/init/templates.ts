/**
 * The template texts `mlops init` copies, read from the package itself: templates/ (config, issue
 * form) and workflows/ (the starter workflows, the same files users copy by hand). The package root
 * is found from this module's location, which works from src/ (tests) and from dist/cli (the bundle).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InitTemplates } from '../../core/init/plan.js';

/** The folder holding this package's package.json named gitops-mlops, above `from`. */
export function packageRoot(from = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && /"name":\s*"gitops-mlops"/.test(readFileSync(manifest, 'utf8'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`gitops-mlops package root not found above ${from}`);
  }
}

/** Reads the templates init writes from the package at `root`. */
export function loadTemplates(root = packageRoot()): InitTemplates {
  const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');
  const workflows: Record<string, string> = {};
  for (const name of readdirSync(path.join(root, 'workflows')).filter((n) => n.endsWith('.yml')).sort()) {
    workflows[name] = read(`workflows/${name}`);
  }
  const form = 'templates/ISSUE_TEMPLATE/model-feedback.yml';
  return { config: read('templates/mlops.yml'), workflows, feedbackForm: existsSync(path.join(root, form)) ? read(form) : undefined };
}
