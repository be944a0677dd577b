/** `mlops doctor [--json]`: grades the repository against the standard's implementation checklist. */
import { gatherFacts } from '../../adapters/init/facts.js';
import { Git } from '../../adapters/git.js';
import { gradeRepository } from '../../core/doctor/checklist.js';
import { doctorReport } from '../../core/doctor/report.js';
import { isUserError } from '../../core/errors.js';
import { bool, parse, printReport } from '../args.js';
import type { Command } from '../command.js';

const usage = `usage: mlops doctor [--json]

Grades the repository against the standard's checklist: structure, experiment tracking, data
versioning, data quality, development and evaluation standards, registry and versioning,
deployment pipelines, monitoring and alerting, feedback loops, documented ethics and risk, and
approved ML frameworks with pinned versions. Each item shows the evidence found and the next
step; the score (0-100) counts a partial item as half. Exit code 0: items not met are notices.

options:
  --json   print the report as JSON (with the items and the score)
`;

export const doctorCommand: Command = {
  name: 'doctor',
  summary: "grade the repository against the standard's checklist, with evidence, next steps and a score",
  usage,
  async run(args, ctx) {
    const { values } = parse(args, {}, usage);
    const root = await new Git(ctx.cwd).root().catch((error: unknown) => {
      if (isUserError(error)) return ctx.cwd;
      throw error;
    });
    const result = gradeRepository(await gatherFacts(root));
    return printReport(ctx, doctorReport(result), bool(values, 'json'), result);
  },
};
