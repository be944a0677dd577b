/** `mlops data profile|overlap|dictionary`. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { findOverlap } from '../../adapters/duckdb/overlap.js';
import { profileSource, readProfile } from '../../adapters/duckdb/profile.js';
import { openSource } from '../../adapters/duckdb/source.js';
import { readContractFile } from '../../adapters/duckdb/dataset.js';
import { dataDictionary } from '../../core/data/dictionary.js';
import { UsageError, UserError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import type { Report } from '../../core/report/index.js';
import type { Command } from '../command.js';
import { need, parse, printReport as print, str } from '../args.js';
import { commaList, dataPath, withEngine } from './data-args.js';

/** The $id of schemas/data-profile.schema.json, written into every profile. */
export const PROFILE_SCHEMA_ID = 'https://github.com/gitops-mlops/schemas/data-profile.schema.json';

const profileUsage = `usage: mlops data profile --data FILE [--out FILE] [--json]

Writes a data profile (schemas/data-profile.schema.json): per column count, nulls, distinct, min,
max, mean, std, quantiles, top categories and a histogram. Store it with a model version and pass it
to \`mlops data drift --reference PROFILE.json\` when the raw reference data cannot be kept.

options:
  --data FILE   the data to profile
  --out FILE    where to write the profile JSON (default: print it)
`;

export const profileCommand: Command = {
  name: 'data profile',
  summary: 'write a data profile (usable as a drift reference)',
  usage: profileUsage,
  async run(args, ctx) {
    const { values: v } = parse(args, { data: { type: 'string' }, out: { type: 'string' } }, profileUsage);
    const file = need(v, 'data', profileUsage);
    const profile = await withEngine(ctx.env, async (engine) =>
      profileSource(
        engine,
        await openSource(engine, dataPath(ctx.cwd, file), 'data', { typed: true, displayPath: file }),
      ),
    );
    const json = `${JSON.stringify({ $schema: PROFILE_SCHEMA_ID, ...profile }, null, 2)}\n`;
    const out = str(v, 'out');
    if (!out) {
      ctx.stdout(json);
      return 0;
    }
    await mkdir(path.dirname(path.resolve(ctx.cwd, out)), { recursive: true });
    await writeFile(path.resolve(ctx.cwd, out), json);
    const report: Report = {
      purpose: 'profile',
      title: 'Data profile',
      summary: `${profile.rows} rows, ${profile.columns.length} columns of ${file} written to ${out}`,
      findings: [],
      blocks: [],
    };
    return print(ctx, report, v.json === true, { out, rows: profile.rows, columns: profile.columns.length });
  },
};

const overlapUsage = `usage: mlops data overlap --train FILE --test FILE [--key COL[,COL]] [--json]

Finds rows of the holdout (test) data that also appear in the training data: whole rows over the
shared columns by default, or rows with the same key. Any overlap is an error, so leakage fails a PR.

options:
  --train FILE   training data
  --test FILE    holdout data
  --key COLS     compare these columns only (an id, or a compound key)
`;

export const overlapCommand: Command = {
  name: 'data overlap',
  summary: 'rows of the holdout set that also appear in training (leakage)',
  usage: overlapUsage,
  async run(args, ctx) {
    const { values: v } = parse(
      args,
      { train: { type: 'string' }, test: { type: 'string' }, key: { type: 'string', multiple: true } },
      overlapUsage,
    );
    const train = need(v, 'train', overlapUsage);
    const test = need(v, 'test', overlapUsage);
    const overlap = await withEngine(ctx.env, async (engine) => {
      const a = await openSource(engine, dataPath(ctx.cwd, train), 'train', { displayPath: train });
      const b = await openSource(engine, dataPath(ctx.cwd, test), 'test', { displayPath: test });
      return findOverlap(engine, a, b, commaList(v, 'key'));
    });
    const findings: Finding[] = overlap.overlapping
      ? [
          {
            rule: 'data/holdout-overlap',
            severity: 'error',
            message: `${overlap.overlapping} of ${overlap.testRows} rows of ${test} also appear in ${train} (by ${overlap.columns.length > 5 ? `${overlap.columns.length} columns` : overlap.columns.join(', ')}); rows ${overlap.rows.join(', ')}${overlap.overlapping > overlap.rows.length ? ' …' : ''}`,
            file: test,
            line: overlap.rows[0] === undefined ? undefined : overlap.rows[0] + 1,
            hint: 'Split by a stable key (or by time) so that no example is in both sets, then regenerate the holdout.',
          },
        ]
      : [];
    const report: Report = {
      purpose: 'overlap',
      title: 'Holdout overlap',
      summary: `${overlap.overlapping} of ${overlap.testRows} holdout rows found in training`,
      findings,
      blocks: [],
    };
    return print(ctx, report, v.json === true, overlap);
  },
};

const dictionaryUsage = `usage: mlops data dictionary CARD [--profile FILE] [--out FILE]

Renders the data dictionary of a data card (columns, types, constraints, descriptions, and profile
figures when --profile is given) as Markdown, for docs/.
`;

export const dictionaryCommand: Command = {
  name: 'data dictionary',
  summary: 'render a data card as a Markdown data dictionary',
  usage: dictionaryUsage,
  async run(args, ctx) {
    const { values: v, positionals } = parse(
      args,
      { profile: { type: 'string' }, out: { type: 'string' } },
      dictionaryUsage,
    );
    const card = positionals[0];
    if (!card) throw new UsageError('CARD is required', dictionaryUsage.split('\n')[0]);
    const cf = await readContractFile(ctx.cwd, card);
    const profileFile = str(v, 'profile');
    const profile = profileFile ? await readProfile(dataPath(ctx.cwd, profileFile)) : undefined;
    if (profileFile && !profile)
      throw new UserError(`${profileFile} is not a data profile`, {
        file: profileFile,
        hint: 'Write one with `mlops data profile --data FILE --out FILE`.',
      });
    const name = path.basename(path.dirname(path.resolve(ctx.cwd, card)));
    const markdown = dataDictionary({ name, columns: cf.contract.columns, profile });
    const out = str(v, 'out');
    if (out) {
      await mkdir(path.dirname(path.resolve(ctx.cwd, out)), { recursive: true });
      await writeFile(path.resolve(ctx.cwd, out), markdown);
    } else ctx.stdout(markdown);
    return 0;
  },
};
