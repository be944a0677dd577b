/**
 * The GitHub side of an experiment: a pre-release on `exp/{name}` holding the record, metrics,
 * params and every artifact (except those recorded by URI on external storage).
 */
import path from 'node:path';
import { formatValue } from '../../core/experiments/compare.js';
import { RECORD_ASSET, recordJson, summaryLine } from '../../core/experiments/message.js';
import type { ExperimentRecord } from '../../core/experiments/record.js';
import type { GitHubClient } from '../github/client.js';
import type { AssetSpec, ReleaseResult } from '../github/releases.js';
import { ensureRelease, releaseAssetName } from '../github/releases.js';

/** The release assets of a record: `experiment.json`, `metrics.json`, `params.json`, then the artifacts. */
export function experimentAssets(record: ExperimentRecord, root: string): AssetSpec[] {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const assets: AssetSpec[] = [
    { name: RECORD_ASSET, data: recordJson(record), contentType: 'application/json' },
    { name: 'metrics.json', data: json(record.metrics), contentType: 'application/json' },
    { name: 'params.json', data: json(record.params), contentType: 'application/json' },
  ];
  const reserved = new Set(assets.map((a) => a.name));
  const shortOf = (p: string) => releaseAssetName(path.posix.basename(p));
  const shorts = record.artifacts.map((a) => shortOf(a.path));
  for (const a of record.artifacts.filter((x) => !x.uri)) {
    // GitHub asset names are flat and plain: the file name, or the whole path with `/` → `.` when names collide.
    const short = shortOf(a.path);
    const name =
      reserved.has(short) || shorts.filter((s) => s === short).length > 1 ? releaseAssetName(a.path.replaceAll('/', '.')) : short;
    reserved.add(name);
    assets.push({ name, path: path.join(root, a.path), sha256: a.sha256 });
  }
  return assets;
}

/** The release notes: the summary line and the metrics. */
export function releaseBody(record: ExperimentRecord): string {
  const rows = Object.entries(record.metrics).map(([k, v]) => `| ${k} | ${formatValue(v)} |`);
  return [
    summaryLine(record),
    '',
    rows.length ? ['| metric | value |', '|---|---|', ...rows].join('\n') : '',
    '',
    `Recorded by \`mlops experiment record\`; the full record is \`${RECORD_ASSET}\`.`,
  ].join('\n');
}

/** Creates or repairs the pre-release of an experiment (see ensureRelease). */
export function publishExperiment(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  record: ExperimentRecord,
  root: string,
): Promise<ReleaseResult> {
  return ensureRelease(client, repo, {
    tag: `exp/${record.name}`,
    name: `exp/${record.name}`,
    body: releaseBody(record),
    prerelease: true,
    makeLatest: false,
    assets: experimentAssets(record, root),
  });
}
