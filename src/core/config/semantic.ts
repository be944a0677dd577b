/** Checks the schema cannot express: names that must be unique, stages that must exist and come in order, paths that must stay in the repository. */
import { posix } from 'node:path';
import type { Finding } from '../finding.js';
import { formatPath } from '../schema/path.js';
import { suggest } from '../schema/suggest.js';
import { locate, type JsonPath, type LocateOptions } from '../yaml/locate.js';
import type { YamlSource } from '../yaml/parse.js';
import type { RawConfig } from './defaults.js';

interface Ctx {
  file: string;
  source?: YamlSource;
  findings: Finding[];
}

/** Semantic findings on a schema-valid raw config; `stages` are the effective stages. */
export function checkSemantics(
  raw: RawConfig,
  stages: string[],
  file: string,
  source?: YamlSource,
): Finding[] {
  const ctx: Ctx = { file, source, findings: [] };
  uniqueNames(ctx, 'models', raw.models ?? []);
  uniqueNames(ctx, 'datasets', raw.datasets ?? []);
  for (const section of ['promotion', 'deploy'] as const) {
    for (const stage of Object.keys(raw[section] ?? {})) {
      if (!stages.includes(stage)) unknownStage(ctx, stage, [section, stage], 'key', stages);
    }
  }
  stageOrder(ctx, raw, stages);
  (raw.models ?? []).forEach((m, i) => {
    insideRepo(ctx, m.path, ['models', i, 'path']);
    insideRepo(ctx, m.card, ['models', i, 'card']);
  });
  (raw.datasets ?? []).forEach((d, i) => {
    insideRepo(ctx, d.path, ['datasets', i, 'path']);
    insideRepo(ctx, d.card, ['datasets', i, 'card']);
    insideRepo(ctx, d.drift?.reference, ['datasets', i, 'drift', 'reference']);
    insideRepo(ctx, d.drift?.current, ['datasets', i, 'drift', 'current']);
  });
  insideRepo(ctx, raw.fairness?.predictions, ['fairness', 'predictions']);
  for (const [stage, deploy] of Object.entries(raw.deploy ?? {}))
    insideRepo(ctx, deploy?.target?.manifest, ['deploy', stage, 'target', 'manifest']);
  primaryMetric(ctx, raw);
  return ctx.findings;
}

function add(
  ctx: Ctx,
  finding: Omit<Finding, 'file' | 'severity'> & { severity?: Finding['severity'] },
  path: JsonPath,
  at: LocateOptions['at'] = 'value',
): void {
  const where = ctx.source ? locate(ctx.source, path, { at }) : {};
  ctx.findings.push({ severity: 'error', ...finding, file: ctx.file, ...where });
}

function uniqueNames(ctx: Ctx, list: 'models' | 'datasets', items: Array<{ name?: string }>): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    if (item.name === undefined) return;
    const earlier = first.get(item.name);
    if (earlier === undefined) return void first.set(item.name, i);
    const line = ctx.source ? locate(ctx.source, [list, earlier, 'name']).line : undefined;
    add(
      ctx,
      {
        rule: 'config/duplicate-name',
        message: `${list === 'models' ? 'model' : 'dataset'} \`${item.name}\` is declared twice${line ? ` (first on line ${line})` : ''}`,
        hint: `Give every entry of \`${list}\` its own name.`,
      },
      [list, i, 'name'],
    );
  });
}

function unknownStage(
  ctx: Ctx,
  stage: string,
  path: JsonPath,
  at: LocateOptions['at'],
  stages: string[],
): void {
  const close = suggest(stage, stages);
  add(
    ctx,
    {
      rule: 'config/unknown-stage',
      message: `stage \`${stage}\` in \`${formatPath(path.slice(0, -1))}\` is not one of the stages (${stages.join(', ')})`,
      hint: close ? `did you mean \`${close}\`?` : 'Add it to `stages`, or fix the name.',
    },
    path,
    at,
  );
}

/** `from` must name an earlier stage: promotion only moves forward (SPEC §7, "production only from staging"). */
function stageOrder(ctx: Ctx, raw: RawConfig, stages: string[]): void {
  for (const [stage, rule] of Object.entries(raw.promotion ?? {})) {
    const from = rule?.from;
    if (from === undefined || !stages.includes(stage)) continue;
    const path = ['promotion', stage, 'from'];
    if (!stages.includes(from)) unknownStage(ctx, from, path, 'value', stages);
    else if (stages.indexOf(from) >= stages.indexOf(stage)) {
      add(
        ctx,
        {
          rule: 'config/stage-order',
          message: `\`promotion.${stage}.from\` is \`${from}\`, which does not come before \`${stage}\` in \`stages\``,
          hint: `Promote into \`${stage}\` from an earlier stage: ${stages.slice(0, stages.indexOf(stage)).join(', ') || '(none: it is the first stage, remove `from`)'}.`,
        },
        path,
      );
    }
  }
}

/** Paths are read relative to the repository root; nothing outside it is read because a file said so. */
function insideRepo(ctx: Ctx, path: string | undefined, at: JsonPath): void {
  if (path === undefined) return;
  const unix = path.replace(/\\/g, '/');
  const normal = posix.normalize(unix);
  const outside =
    unix.startsWith('/') || /^[A-Za-z]:/.test(unix) || normal === '..' || normal.startsWith('../');
  if (!outside) return;
  add(
    ctx,
    {
      rule: 'config/path-outside-repo',
      message: `\`${formatPath(at)}\` is \`${path}\`, which leaves the repository`,
      hint: 'Use a path relative to the repository root, without leading `/` or `..` that climbs out.',
    },
    at,
  );
}

function primaryMetric(ctx: Ctx, raw: RawConfig): void {
  const primary = raw.evaluation?.primary_metric;
  const metrics = Object.keys(raw.evaluation?.metrics ?? {});
  if (primary === undefined || metrics.length === 0 || metrics.includes(primary)) return;
  const close = suggest(primary, metrics);
  add(
    ctx,
    {
      rule: 'config/unknown-metric',
      severity: 'warning',
      message: `\`evaluation.primary_metric\` is \`${primary}\`, which is not listed under \`evaluation.metrics\``,
      hint: close ? `did you mean \`${close}\`?` : `listed metrics: ${metrics.join(', ')}`,
    },
    ['evaluation', 'primary_metric'],
  );
}
