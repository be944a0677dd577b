/**
 * Header, sample and row count of CSV, TSV and JSON Lines files in plain Node streams (bounded memory
 * whatever the size). CSV follows RFC 4180 (quoted fields may hold separators, quotes and newlines);
 * TSV follows the IANA text/tab-separated-values registration (no quoting). Blank lines are not rows.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { TableSample } from '../../core/cards/datafiles.js';

/** Rows read for type checks; enough to catch a wrong type without reading big files twice. */
export const SAMPLE_ROWS = 1000;
const SAMPLE_BYTES = 1024 * 1024;

/** The header and up to SAMPLE_ROWS rows, from the first MiB of the file. */
export async function sampleTable(file: string, format: 'csv' | 'tsv' | 'jsonl'): Promise<TableSample> {
  const handle = await open(file, 'r');
  let text: string;
  let complete: boolean;
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    complete = bytesRead < SAMPLE_BYTES;
    text = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '');
  } finally {
    await handle.close();
  }
  if (format === 'jsonl') return sampleJsonLines(text, complete);
  const records = format === 'csv' ? parseCsv(text) : text.split(/\r?\n/).map((l) => l.split('\t'));
  // The last record of a partial read may be cut in the middle.
  if (!complete) records.pop();
  const rows = records.filter((r) => !(r.length === 1 && r[0] === ''));
  const [header = [], ...data] = rows;
  return { header, rows: data.slice(0, SAMPLE_ROWS) };
}

function sampleJsonLines(text: string, complete: boolean): TableSample {
  const lines = text.split(/\r?\n/);
  if (!complete) lines.pop();
  const header: string[] = [];
  const seen = new Set<string>();
  const records: Array<Record<string, unknown>> = [];
  for (const line of lines) {
    if (line.trim() === '' || records.length >= SAMPLE_ROWS) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = undefined;
    }
    const record = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    for (const k of Object.keys(record)) {
      if (seen.has(k)) continue;
      seen.add(k);
      header.push(k);
    }
    records.push(record);
  }
  return { header, rows: records.map((r) => header.map((h) => r[h])) };
}

/** RFC 4180 records of a complete CSV text. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/** Data rows (records minus the header for CSV/TSV, non-blank lines for JSON Lines), streamed. */
export function countRows(file: string, format: 'csv' | 'tsv' | 'jsonl'): Promise<number> {
  return new Promise((resolve, reject) => {
    let records = 0;
    let quoted = false;
    let lineHasContent = false;
    const quotes = format === 'csv';
    createReadStream(file, { highWaterMark: 1024 * 1024 })
      .on('data', (chunk) => {
        const buf = chunk as Buffer;
        // Fast path: no quote in the chunk and not inside a quoted field: only newlines matter.
        if (!quoted && (!quotes || buf.indexOf(0x22) === -1)) {
          let start = 0;
          for (let nl = buf.indexOf(0x0a); nl !== -1; nl = buf.indexOf(0x0a, start)) {
            if (lineHasContent || hasContent(buf, start, nl)) records++;
            lineHasContent = false;
            start = nl + 1;
          }
          if (hasContent(buf, start, buf.length)) lineHasContent = true;
          return;
        }
        for (let i = 0; i < buf.length; i++) {
          const b = buf[i];
          if (b === 0x22) quoted = !quoted;
          else if (b === 0x0a && !quoted) {
            if (lineHasContent) records++;
            lineHasContent = false;
            continue;
          }
          if (b !== 0x0d && b !== 0x0a) lineHasContent = true;
        }
      })
      .on('error', reject)
      .on('end', () => {
        if (lineHasContent) records++;
        resolve(format === 'jsonl' ? records : Math.max(0, records - 1));
      });
  });
}

function hasContent(buf: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (buf[i] !== 0x0d) return true;
  return false;
}
