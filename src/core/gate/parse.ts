/** Reads a gate snapshot file: JSON (read by the YAML parser for exact lines) checked against its schema. */
import snapshotSchema from '../../generated/validators/gate-snapshot.js';
import type { Finding } from '../finding.js';
import { validateAgainstSchema } from '../schema/validate.js';
import { parseYaml } from '../yaml/index.js';
import type { GateSnapshot } from './snapshot.js';

/** Snapshots hold every registry tag and review; 64 MiB leaves room for 100,000s of tags. */
export const MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024;

/** Parses and validates a snapshot; `snapshot` is undefined when there are error findings. */
export function parseGateSnapshot(text: string, file: string): { snapshot?: GateSnapshot; findings: Finding[] } {
  const parsed = parseYaml(text, file, { expect: 'mapping', rulePrefix: 'gate/snapshot', maxBytes: MAX_SNAPSHOT_BYTES });
  const findings = [...parsed.findings];
  if (!findings.some((f) => f.severity === 'error'))
    findings.push(...validateAgainstSchema(snapshotSchema, parsed.value, parsed.source, { rulePrefix: 'gate/snapshot', file }));
  if (findings.some((f) => f.severity === 'error')) return { findings };
  return { snapshot: parsed.value as GateSnapshot, findings };
}
