/**
 * The `batch` and `edge` targets. Batch: the user's predict command runs over an input dataset with
 * the verified artifacts, its output is checked against the model's signature, and the output with
 * its checksums and lineage becomes a release asset. Edge: a channel manifest (version, checksums,
 * download URLs, minimum runtime) committed where devices poll it.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, open, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { batchTag, checkOutputSignature, edgeChannel, outputColumns, type BatchLineage, type EdgeArtifact, type SignatureField } from '../../core/deploy/batch.js';
import { UserError } from '../../core/errors.js';
import { sha256File } from '../fs/hash.js';
import { insideRoot } from '../fs/inside.js';
import { Git } from '../git.js';
import type { GitHubClient } from '../github/client.js';
import { ensureRelease } from '../github/releases.js';
import { runCommand } from './command.js';
import { commitFile } from './drivers.js';
import type { DeployDriver } from './executor.js';

export interface BatchOptions {
  repo: string;
  command: string;
  /** Repository-relative input dataset. */
  input: string;
  /** File name of the output the command writes into MLOPS_OUTPUT's folder (`.csv`, `.tsv` or `.jsonl`). */
  output: string;
  artifactDir: string;
  timeoutMs: number;
  signatureOutputs: SignatureField[];
  github?: { client: GitHubClient; repo: { owner: string; repo: string }; runId?: string; remote?: string };
  /** Where the lineage and the output's digest are reported back. */
  onResult?: (lineage: BatchLineage, releaseUrl?: string) => void;
}

async function firstLine(file: string): Promise<string> {
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(64 * 1024), 0, 64 * 1024, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').split('\n')[0] ?? '';
  } finally {
    await handle.close();
  }
}

async function countRows(file: string, header: boolean): Promise<number> {
  let rows = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) if (line.trim()) rows++;
  return header ? Math.max(0, rows - 1) : rows;
}

/** Runs batch inference once (the plan's `deploy` step); other steps have nothing to do. */
export function batchDriver(o: BatchOptions): DeployDriver {
  const format = o.output.endsWith('.jsonl') ? 'jsonl' : o.output.endsWith('.tsv') ? 'tsv' : 'csv';
  return {
    name: 'batch',
    async apply(step, plan) {
      if (step.action !== 'deploy') return { ok: true, detail: step.action === 'check' ? 'batch output checked against the signature at inference' : `${step.action}: nothing to do for batch` };
      const input = insideRoot(o.repo, o.input, '.github/mlops.yml');
      const inputDigest = await sha256File(input).catch(() => {
        throw new UserError(`batch input '${o.input}' cannot be read`, { file: '.github/mlops.yml' });
      });
      const outDir = await mkdtemp(path.join(tmpdir(), 'mlops-batch-'));
      const outFile = path.join(outDir, path.basename(o.output));
      const r = await runCommand(o.command, { action: 'batch', model: plan.model, version: step.version, stage: plan.stage, slot: 'batch', traffic: 100, mirror: false, artifactDir: o.artifactDir }, {
        cwd: o.repo,
        timeoutMs: o.timeoutMs,
        env: { ...process.env, MLOPS_INPUT: input, MLOPS_OUTPUT: outFile },
      });
      if (r.timedOut) return { ok: false, detail: `predict command killed after its ${Math.round(o.timeoutMs / 1000)}s timeout` };
      if (r.code !== 0) return { ok: false, detail: `predict command exited ${r.code ?? r.signal}: ${r.output.trim().split('\n').slice(-2).join(' | ')}` };
      const size = await stat(outFile).catch(() => undefined);
      if (!size?.size) return { ok: false, detail: `the predict command wrote no output to MLOPS_OUTPUT (${path.basename(outFile)})` };
      const problems = checkOutputSignature(outputColumns(await firstLine(outFile), format), o.signatureOutputs);
      if (problems.length) return { ok: false, detail: `output does not match the model's signature: ${problems.join('; ')}` };
      const digest = await sha256File(outFile);
      const git = new Git(o.repo);
      const lineage: BatchLineage = {
        model: plan.model,
        version: step.version,
        stage: plan.stage,
        input: { path: o.input, sha256: inputDigest.sha256, bytes: inputDigest.bytes },
        output: { name: path.basename(o.output), sha256: digest.sha256, bytes: digest.bytes, rows: await countRows(outFile, format !== 'jsonl') },
        commit: (await git.resolve('HEAD')) ?? '',
        runId: o.github?.runId,
        at: new Date().toISOString(),
      };
      let url: string | undefined;
      if (o.github?.runId) {
        const tag = batchTag(plan.model, plan.stage, o.github.runId);
        await git.createAnnotatedTag(tag, 'HEAD', `Batch inference: ${plan.model} ${step.version} on ${o.input}\n`);
        if (o.github.remote) await git.pushAtomic(o.github.remote, [`refs/tags/${tag}`]);
        const release = await ensureRelease(o.github.client, o.github.repo, {
          tag,
          name: `${plan.model} ${step.version}: batch predictions (${plan.stage})`,
          prerelease: true,
          makeLatest: false,
          body: `Predictions of ${plan.model} ${step.version} on \`${o.input}\` (sha256 ${inputDigest.sha256}).`,
          assets: [
            { name: lineage.output.name, path: outFile, sha256: digest.sha256 },
            { name: 'lineage.json', data: `${JSON.stringify({ ...lineage, at: undefined }, null, 2)}\n` },
            { name: 'SHA256SUMS', data: `${digest.sha256}  ${lineage.output.name}\n` },
          ],
        });
        url = release.url;
      }
      o.onResult?.(lineage, url);
      return { ok: true, detail: `${lineage.output.rows} predictions, sha256 ${digest.sha256.slice(0, 12)}…${url ? `, recorded in ${url}` : ''}` };
    },
  };
}

export interface EdgeOptions {
  repo: string;
  /** Repository-relative channel file; `{model}` and `{stage}` substituted. */
  channelPath: string;
  branch?: string;
  remote?: string;
  minRuntime?: string;
  /** When the version was registered: the channel's `published_at`, stable across reruns. */
  publishedAt: string;
  /** The verified artifacts with the URLs devices download them from. */
  artifacts: EdgeArtifact[];
}

/** Publishes the channel manifest on `deploy`/`switch`; an unchanged channel makes no commit. */
export function edgeDriver(o: EdgeOptions): DeployDriver {
  return {
    name: 'edge',
    async apply(step, plan) {
      if (step.action !== 'deploy' && step.action !== 'switch') return { ok: true, detail: `${step.action}: devices pick the channel up on their next poll` };
      const rel = o.channelPath.replaceAll('{model}', plan.model.replaceAll('/', '-')).replaceAll('{stage}', plan.stage);
      const text = edgeChannel({ model: plan.model, stage: plan.stage, version: step.version, published_at: o.publishedAt, min_runtime: o.minRuntime, artifacts: o.artifacts });
      const commit = await commitFile({ repo: o.repo, branch: o.branch, remote: o.remote }, rel, text, `edge(${plan.stage}): ${plan.model} ${step.version}`);
      return { ok: true, detail: `channel ${rel} ${commit ? `published in ${commit.slice(0, 12)}` : 'unchanged'}` };
    },
  };
}
