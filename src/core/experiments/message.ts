/**
 * The tag message of an experiment: a one-line human summary, a blank line, then the record as JSON
 * (SPEC §6). Past TAG_MESSAGE_LIMIT the tag holds a stub with the record's digest and the full record
 * lives only in the release asset `experiment.json`: every `for-each-ref` over experiment tags reads
 * every message, so big messages would slow `list` for everyone.
 */
import type { ExperimentRecord, Scalar } from './record.js';
import { sha256Hex } from '../sha256.js';

/** Largest tag message we write, in UTF-8 bytes (64 KiB: thousands of metrics still fit). */
export const TAG_MESSAGE_LIMIT = 64 * 1024;

/** The release asset that always holds the full record. */
export const RECORD_ASSET = 'experiment.json';

/** What the tag holds when the record is over the limit: identity, code, digest of the full record. */
export interface RecordStub {
  schemaVersion: 1;
  name: string;
  project: string;
  type: string;
  created: string;
  code: ExperimentRecord['code'];
  fingerprint: string;
  metrics?: Record<string, Scalar>;
  truncated: true;
  record: { asset: string; sha256: string; bytes: number };
}

/** The first line of the message: name, type, commit and up to three metrics. */
export function summaryLine(record: Pick<ExperimentRecord, 'name' | 'type' | 'code' | 'metrics'>): string {
  const commit = `${record.code.commit.slice(0, 7)}${record.code.dirty ? '+dirty' : ''}`;
  const metrics = Object.entries(record.metrics)
    .slice(0, 3)
    .map(([k, v]) => `${k}=${typeof v === 'number' ? Number(v.toPrecision(6)) : String(v)}`)
    .join(', ');
  const line = `${record.name}: ${record.type} experiment at ${commit}${metrics ? `; ${metrics}` : ''}`;
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

/** The record's JSON exactly as stored in the release asset (pretty, newline-terminated). */
export function recordJson(record: ExperimentRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** The tag message for a record; `truncated` when the tag only holds the stub. */
export function formatMessage(
  record: ExperimentRecord,
  limit = TAG_MESSAGE_LIMIT,
): { message: string; truncated: boolean } {
  const head = `${summaryLine(record)}\n\n`;
  const full = `${head}${JSON.stringify(record)}\n`;
  if (Buffer.byteLength(full) <= limit) return { message: full, truncated: false };
  const json = recordJson(record);
  const stub: RecordStub = {
    schemaVersion: 1,
    name: record.name,
    project: record.project,
    type: record.type,
    created: record.created,
    code: record.code,
    fingerprint: record.fingerprint,
    metrics: record.metrics,
    truncated: true,
    record: { asset: RECORD_ASSET, sha256: sha256Hex(json), bytes: Buffer.byteLength(json) },
  };
  let message = `${head}${JSON.stringify(stub)}\n`;
  if (Buffer.byteLength(message) > limit)
    message = `${head}${JSON.stringify({ ...stub, metrics: undefined })}\n`;
  return { message, truncated: true };
}

/** What a tag message says: its summary and the record (or stub), or why it could not be read. */
export interface ParsedMessage {
  summary: string;
  record?: ExperimentRecord | RecordStub;
  problem?: string;
}

/** Parses a tag message written by formatMessage; foreign or damaged messages get a `problem`. */
export function parseMessage(message: string): ParsedMessage {
  const newline = message.indexOf('\n');
  const summary = (newline < 0 ? message : message.slice(0, newline)).trim();
  const body = newline < 0 ? '' : message.slice(newline + 1).trim();
  if (!body.startsWith('{')) return { summary, problem: 'the tag message holds no experiment record' };
  try {
    const value: unknown = JSON.parse(body);
    if (!isRecordLike(value))
      return { summary, problem: 'the JSON in the tag message is not an experiment record' };
    return { summary, record: value };
  } catch (error) {
    return {
      summary,
      problem: `the record in the tag message is not valid JSON: ${(error as Error).message}`,
    };
  }
}

function isRecordLike(value: unknown): value is ExperimentRecord | RecordStub {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.name === 'string' && typeof v.type === 'string' && typeof v.fingerprint === 'string';
}

/** True for a stub: the full record is only in the release asset. */
export function isStub(record: ExperimentRecord | RecordStub): record is RecordStub {
  return (record as RecordStub).truncated === true;
}

/** The type named in a summary line (`name: type experiment at …`), without parsing the JSON. */
export function typeFromSummary(summary: string): string | undefined {
  return /^\S+: (\S+) experiment at /.exec(summary)?.[1];
}
