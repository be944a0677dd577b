/** The experiment record's JSON Schema (`schemas/experiment.schema.json`) and a check against it. */
import schema from '../../generated/validators/experiment.js';
import { compileSchema } from '../schema/validate.js';
import type { RecordStub } from './message.js';
import type { ExperimentRecord } from './record.js';

/** The schema (draft 2020-12), for editors and other readers of experiment tags. */
export const experimentSchema: object = schema;

/** Where a record breaks the schema (`/path: message`), empty when it conforms. */
export function recordProblems(record: ExperimentRecord | RecordStub | unknown): string[] {
  const validate = compileSchema(experimentSchema);
  if (validate(record)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? e.keyword}`);
}
