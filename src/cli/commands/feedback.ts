/** `mlops feedback ingest FILE`: ground-truth batches appended to the feedback dataset (SPEC §9). */
import path from 'node:path';
import { ingestGroundTruth } from '../../adapters/feedback/ingest.js';
import type { Report } from '../../core/report/model.js';
import { bool, need, parse, positionalArgs, printReport, str } from '../args.js';
import type { Command } from '../command.js';
import { openRepo } from './registry-io.js';

/** Where the feedback dataset lives unless told otherwise (also the feedback action's default). */
export const DEFAULT_FEEDBACK_DATASET = 'data/feedback/feedback.jsonl';

const usage = `usage: mlops feedback ingest FILE --model NAME [options]

Appends the labels of a ground-truth batch (CSV, TSV, JSON Lines, Parquet) to the feedback dataset,
one JSON Lines row per labelled id (schemas/feedback.schema.json). Rows are keyed by the file's digest
and the id, so ingesting the same file again adds nothing. When the dataset's folder has a data card
(DATA_CARD.md, or --card), its \`files\` entry gets the new sha256, bytes and rows and its version a
minor bump: commit both and register the new data version as usual.

options:
  --model NAME              the model the labels are for
  --version VERSION         the model version that made the predictions
  --dataset FILE            the feedback dataset (default ${DEFAULT_FEEDBACK_DATASET})
  --card FILE               its data card (default DATA_CARD.md beside the dataset)
  --id-column NAME          the prediction or request id (default id)
  --label-column NAME       the correct output (default label)
  --prediction-column NAME  the model's output, when the file has it
  --json                    print the report as JSON
`;

const ingest: Command = {
  name: 'feedback ingest',
  summary: 'append a ground-truth batch to the feedback dataset, versioned through its data card',
  usage,
  async run(args, ctx) {
    const spec = {
      model: { type: 'string' },
      version: { type: 'string' },
      dataset: { type: 'string' },
      card: { type: 'string' },
      'id-column': { type: 'string' },
      'label-column': { type: 'string' },
      'prediction-column': { type: 'string' },
    } as const;
    const { values: v, positionals: rest } = parse(args, spec, usage);
    positionalArgs(rest, 1, usage);
    const s = (k: keyof typeof spec) => str(v, k);
    const model = need(v, 'model', usage);
    const { root } = await openRepo(ctx);
    const rel = (p: string) => path.relative(root, path.resolve(ctx.cwd, p)).split(path.sep).join('/');
    const dataset = rel(s('dataset') ?? path.resolve(root, DEFAULT_FEEDBACK_DATASET));
    const out = await ingestGroundTruth({
      root,
      file: rel(rest[0]!),
      dataset,
      card: s('card') ? rel(s('card')!) : undefined,
      model,
      version: s('version'),
      idColumn: s('id-column') ?? 'id',
      labelColumn: s('label-column') ?? 'label',
      predictionColumn: s('prediction-column'),
      now: new Date(),
    });
    const report: Report = {
      purpose: 'feedback',
      title: 'Feedback ingest',
      summary: `${out.added.length} new row(s) of ${out.read} read; ${out.total} in ${dataset}`,
      findings: out.read === 0 ? [{ rule: 'feedback/empty', severity: 'warning', message: `${rest[0]} has no labelled rows`, file: rel(rest[0]!) }] : [],
      blocks: [
        { kind: 'table', table: { headers: ['file', 'read', 'added', 'dataset rows', 'data card'], rows: [[rel(rest[0]!), String(out.read), String(out.added.length), String(out.total), out.card ?? (out.added.length ? 'none' : 'unchanged')]] } },
      ],
    };
    return printReport(ctx, report, bool(v, 'json'));
  },
};

/** The feedback command group, for src/cli/commands/index.ts. */
export const feedbackCommands: Command[] = [ingest];
