/**
 * The workflow security bars of SPEC §11 that neither actionlint nor checks.ts#securityErrors
 * covers: `write-all` permissions, `${{ }}` of anything but runner-set values inside `run:` (GitHub
 * Security Lab, "Keeping your GitHub Actions and workflows secure: untrusted input"), and reusable
 * workflows called (job-level `uses:`) at a moving ref. Problems come back as strings, like checks.ts.
 */
import { parse as parseYaml } from 'yaml';
import type { Source } from './checks.js';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * Values GitHub sets and no event author can choose; anything else in `run:` (event fields,
 * branch names, inputs, step or job outputs, env, secrets) must pass through `env:`.
 */
const TRUSTED = new Set([
  'github.run_id',
  'github.run_number',
  'github.run_attempt',
  'github.repository',
  'github.repository_id',
  'github.repository_owner',
  'github.sha',
  'github.workspace',
  'github.action_path',
  'github.server_url',
  'github.api_url',
  'github.job',
  'runner.temp',
  'runner.os',
  'runner.arch',
  'runner.tool_cache',
]);

/** This project's own repository: its reusable workflows are first-party for our starter workflows. */
export const FIRST_PARTY = 'gitops-mlops/gitops-mlops/';

/** The expressions inside `${{ }}` of a text that are not plain trusted values. */
export function untrustedExpressions(text: string): string[] {
  return [...text.matchAll(/\$\{\{\s*(.*?)\s*\}\}/gs)].map((m) => m[1] ?? '').filter((e) => !TRUSTED.has(e));
}

function doc(src: Source): Json | undefined {
  try {
    return obj(parseYaml(src.content));
  } catch {
    return undefined; // the parsers report it
  }
}

const writeAll = (p: unknown) => p === 'write-all';

/** Every security problem of a workflow file that checks.ts#securityErrors does not report. */
export function workflowHardeningErrors(src: Source): string[] {
  const d = doc(src);
  if (!d) return [];
  const errors: string[] = [];
  if (writeAll(d.permissions))
    errors.push(`${src.name}: permissions: write-all (grant each scope the job needs)`);
  for (const [id, raw] of Object.entries(obj(d.jobs))) {
    const job = obj(raw);
    if (writeAll(job.permissions))
      errors.push(`${src.name}: job '${id}' has permissions: write-all (grant each scope it needs)`);
    if (typeof job.uses === 'string' && !pinnedCall(job.uses))
      errors.push(`${src.name}: job '${id}' calls ${job.uses}: pin it to a full commit SHA`);
    list(job.steps).forEach((step, i) => {
      const run = obj(step).run;
      if (typeof run !== 'string') return;
      for (const e of untrustedExpressions(run)) {
        errors.push(
          `${src.name}: job '${id}' step ${i + 1} puts \${{ ${e} }} into run: (pass it through env:)`,
        );
      }
    });
  }
  return errors;
}

/** A job-level `uses:`: a local workflow, this project's own, or one pinned to a 40-hex SHA. */
function pinnedCall(uses: string): boolean {
  return uses.startsWith('./') || uses.startsWith(FIRST_PARTY) || /@[0-9a-f]{40}$/.test(uses);
}
